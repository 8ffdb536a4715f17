#include "clientele/gui/textlisteditor.h"

#include "clientele/gui/icons.h"
#include "clientele/gui/itemtableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

TextListEditor::TextListEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new ItemTableView(this))
    , m_model(new QStandardItemModel(0, 1, this))
{
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setVisible(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = makeAction(QStringLiteral("list-add"), QStringLiteral("Add"),
                       QKeySequence(Qt::Key_Insert), &TextListEditor::addItem);
    m_remove = makeAction(QStringLiteral("list-remove"), QStringLiteral("Remove"),
                          QKeySequence(QKeySequence::Delete), &TextListEditor::removeItem);
    m_moveUp = makeAction(QStringLiteral("go-up"), QStringLiteral("Move up"),
                          QKeySequence(Qt::CTRL | Qt::Key_Up), &TextListEditor::moveUp);
    m_moveDown = makeAction(QStringLiteral("go-down"), QStringLiteral("Move down"),
                            QKeySequence(Qt::CTRL | Qt::Key_Down), &TextListEditor::moveDown);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(16, 16));
        // The keys reach every button; one tab stop for the list is enough.
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_model, &QStandardItemModel::itemChanged, this, &TextListEditor::onItemChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TextListEditor::updateActions);
    setReadOnly(false);
}

QAction *TextListEditor::makeAction(const QString &icon, const QString &text,
                                    const QKeySequence &key, void (TextListEditor::*slot)())
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setShortcut(key);
    // Only while this list has focus, so the same keys serve every list on the form.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void TextListEditor::setup(const QString &accessibleName, const QString &singular)
{
    m_view->setAccessibleName(accessibleName);
    m_view->setPlaceholderText(
        QStringLiteral("No %1s yet \u2014 press Insert or + to add one").arg(singular));
    m_add->setText(QStringLiteral("Add %1").arg(singular));
    m_remove->setText(QStringLiteral("Remove %1").arg(singular));
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
}

void TextListEditor::setItems(const QStringList &items)
{
    if (items == this->items() && m_editRow < 0)
        return;
    const int row = m_view->currentIndex().row();
    m_refreshing = true;
    m_model->setRowCount(0);
    for (const QString &text : items)
        m_model->appendRow(new QStandardItem(text));
    m_refreshing = false;
    const int keep = m_editRow >= 0 ? m_editRow : qMin(row, int(items.size()) - 1);
    if (keep >= 0 && keep < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(keep, 0));
    if (m_editRow >= 0 && m_editRow < m_model->rowCount())
        m_view->edit(m_model->index(m_editRow, 0));
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

void TextListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateActions();
}

void TextListEditor::addItem()
{
    if (m_readOnly)
        return;
    QStringList texts = items();
    const int row =
        m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : int(texts.size());
    texts.insert(row, QString());
    m_view->setFocus();
    m_editRow = row;
    Q_EMIT edited(texts);
}

void TextListEditor::removeItem()
{
    const int row = m_view->currentIndex().row();
    if (m_readOnly || row < 0)
        return;
    QStringList texts = items();
    texts.removeAt(row);
    Q_EMIT edited(texts);
}

void TextListEditor::moveUp()
{
    moveBy(-1);
}

void TextListEditor::moveDown()
{
    moveBy(1);
}

void TextListEditor::moveBy(int offset)
{
    const int row = m_view->currentIndex().row();
    const int to = row + offset;
    if (m_readOnly || row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    QStringList texts = items();
    texts.move(row, to);
    Q_EMIT edited(texts);
    m_view->setCurrentIndex(m_model->index(to, 0));
}

void TextListEditor::onItemChanged()
{
    if (!m_refreshing)
        Q_EMIT edited(items());
}

void TextListEditor::updateActions()
{
    const int row = m_view->currentIndex().row();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_moveUp->setEnabled(!m_readOnly && row > 0);
    m_moveDown->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace clientele
