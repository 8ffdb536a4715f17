#include "clientele/gui/textlisteditor.h"

#include "clientele/gui/itemtableview.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace clientele {

TextListEditor::TextListEditor(QWidget *parent)
    : ItemListEditor(parent)
    , m_model(new QStandardItemModel(0, 1, this))
{
    setModel(m_model);
    view()->horizontalHeader()->setVisible(false);
    view()->verticalHeader()->setVisible(false);
    connect(m_model, &QStandardItemModel::itemChanged, this, &TextListEditor::onItemChanged);
}

void TextListEditor::setItems(const QStringList &items)
{
    if (items == this->items() && m_editRow < 0)
        return;
    const int row = view()->currentIndex().row();
    m_refreshing = true;
    m_model->setRowCount(0);
    for (const QString &text : items)
        m_model->appendRow(new QStandardItem(text));
    m_refreshing = false;
    const int keep = m_editRow >= 0 ? m_editRow : qMin(row, int(items.size()) - 1);
    if (keep >= 0 && keep < m_model->rowCount())
        view()->setCurrentIndex(m_model->index(keep, 0));
    if (m_editRow >= 0 && m_editRow < m_model->rowCount())
        view()->edit(m_model->index(m_editRow, 0));
    m_editRow = -1;
    updateActions();
}

QStringList TextListEditor::items() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts.append(m_model->item(row)->text());
    return texts;
}

void TextListEditor::insertRow(int row)
{
    QStringList texts = items();
    texts.insert(row, QString());
    view()->setFocus();
    m_editRow = row;
    Q_EMIT edited(texts);
}

void TextListEditor::removeRow(int row)
{
    QStringList texts = items();
    texts.removeAt(row);
    Q_EMIT edited(texts);
}

void TextListEditor::moveRow(int from, int to)
{
    QStringList texts = items();
    texts.move(from, to);
    Q_EMIT edited(texts);
    view()->setCurrentIndex(m_model->index(to, 0));
}

void TextListEditor::onItemChanged()
{
    if (!m_refreshing)
        Q_EMIT edited(items());
}

} // namespace clientele
