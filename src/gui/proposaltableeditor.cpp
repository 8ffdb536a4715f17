#include "proposaltableeditor.h"

#include "icons.h"
#include "proposalchoicedelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

ProposalTableEditor::ProposalTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_delegate(new ProposalChoiceDelegate(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setTabKeyNavigation(false);

    m_add = new QAction(themedIcon(QStringLiteral("list-add")), tr("Add row"), this);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove = new QAction(themedIcon(QStringLiteral("list-remove")), tr("Remove row"), this);
    m_remove->setShortcut(QKeySequence(QKeySequence::Delete));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QAction *action : {m_add, m_remove}) {
        // Only while this table has focus, so the same keys serve every table.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(16, 16));
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(m_add, &QAction::triggered, this, &ProposalTableEditor::addRow);
    connect(m_remove, &QAction::triggered, this, &ProposalTableEditor::removeRow);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_refreshing)
            Q_EMIT edited(rows());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setReadOnly(false);
}

void ProposalTableEditor::setup(const QString &accessibleName, const QString &addTip,
                                const QStringList &headers, const QList<QVariant> &newRow)
{
    m_view->setAccessibleName(accessibleName);
    m_model->setHorizontalHeaderLabels(headers);
    m_newRow = newRow;
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    if (headers.size() > 3)
        header->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    m_add->setToolTip(addTip);
    m_remove->setToolTip(tr("Remove the row (Delete)"));
    fitHeight();
}

void ProposalTableEditor::setChoices(int column, const QStringList &choices)
{
    m_delegate->setChoices(column, choices);
}

void ProposalTableEditor::setRightAligned(int column)
{
    m_rightAligned.append(column);
}

void ProposalTableEditor::setRows(const Rows &rows)
{
    if (rows == this->rows())
        return;
    const QModelIndex current = m_view->currentIndex();
    m_refreshing = true;
    m_model->setRowCount(0);
    for (const QList<QVariant> &values : rows) {
        QList<QStandardItem *> items;
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QStandardItem;
            item->setData(values[column], Qt::EditRole);
            if (m_rightAligned.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_refreshing = false;
    if (current.isValid())
        m_view->setCurrentIndex(
            m_model->index(qMin(current.row(), m_model->rowCount() - 1), current.column()));
    m_view->resizeRowsToContents();
    fitHeight();
}

ProposalTableEditor::Rows ProposalTableEditor::rows() const
{
    Rows all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QList<QVariant> values;
        for (int column = 0; column < m_model->columnCount(); ++column)
            values.append(m_model->index(row, column).data(Qt::EditRole));
        all.append(values);
    }
    return all;
}

void ProposalTableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void ProposalTableEditor::addRow()
{
    if (m_readOnly)
        return;
    Rows all = rows();
    all.append(m_newRow);
    Q_EMIT edited(all);
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
}

void ProposalTableEditor::removeRow()
{
    const int row = m_view->currentIndex().row();
    if (m_readOnly || row < 0)
        return;
    Rows all = rows();
    all.removeAt(row);
    Q_EMIT edited(all);
}

void ProposalTableEditor::fitHeight()
{
    // Shown whole, as a short table on a form: the form scrolls, not the table.
    int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->rowHeight(row);
    if (m_model->rowCount() == 0)
        height += m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(height);
}

} // namespace clientele
