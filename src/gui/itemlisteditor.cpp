#include "clientele/gui/itemlisteditor.h"

#include "clientele/gui/itemtableview.h"
#include "icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

ItemListEditor::ItemListEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new ItemTableView(this))
    , m_buttons(new QHBoxLayout)
{
    m_add = makeAction(QStringLiteral("list-add"), QStringLiteral("Add"),
                       QKeySequence(Qt::Key_Insert), &ItemListEditor::addItem);
    m_remove = makeAction(QStringLiteral("list-remove"), QStringLiteral("Remove"),
                          QKeySequence(QKeySequence::Delete), &ItemListEditor::removeItem);
    m_moveUp = makeAction(QStringLiteral("go-up"), QStringLiteral("Move up"),
                          QKeySequence(Qt::CTRL | Qt::Key_Up), &ItemListEditor::moveUp);
    m_moveDown = makeAction(QStringLiteral("go-down"), QStringLiteral("Move down"),
                            QKeySequence(Qt::CTRL | Qt::Key_Down), &ItemListEditor::moveDown);
    m_add->setObjectName(QStringLiteral("addEntryAction"));
    m_remove->setObjectName(QStringLiteral("removeEntryAction"));
    m_moveUp->setObjectName(QStringLiteral("moveEntryUpAction"));
    m_moveDown->setObjectName(QStringLiteral("moveEntryDownAction"));

    // A small button row under the list, as under most desktop lists.
    m_buttons->setSpacing(0);
    m_buttons->addStretch();
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown})
        addButton(action);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(m_buttons);
}

QAction *ItemListEditor::makeAction(const QString &icon, const QString &text,
                                    const QKeySequence &key, void (ItemListEditor::*slot)())
{
    QAction *action = makeAction(icon, text, key);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QAction *ItemListEditor::makeAction(const QString &icon, const QString &text,
                                    const QKeySequence &key)
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setShortcut(key);
    // Only while the list (or its cell editor) has focus, so the same keys serve every list.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QToolButton *ItemListEditor::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(16, 16));
    // The keys reach every button; one tab stop for the list is enough.
    button->setFocusPolicy(Qt::NoFocus);
    // Before the stretch that ends the row.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QAction *ItemListEditor::addEntryAction(const QString &icon, const QString &text,
                                        const QKeySequence &key)
{
    QAction *action = makeAction(icon, text, key);
    // An icon alone would not say what it does.
    addButton(action)->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return action;
}

namespace {

struct EntryWords {
    QString empty;
    QString add;
    QString remove;
};

EntryWords wordsFor(ItemListEditor::Entry entry)
{
    using E = ItemListEditor::Entry;
    switch (entry) {
    case E::Tool:
        return {ItemListEditor::tr("No tools yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add tool"), ItemListEditor::tr("Remove tool")};
    case E::Obstacle:
        return {ItemListEditor::tr("No obstacles yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add obstacle"), ItemListEditor::tr("Remove obstacle")};
    case E::Need:
        return {ItemListEditor::tr("No needs yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add need"), ItemListEditor::tr("Remove need")};
    case E::Want:
        return {ItemListEditor::tr("No wants yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add want"), ItemListEditor::tr("Remove want")};
    case E::Exclusion:
        return {ItemListEditor::tr("No exclusions yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add exclusion"), ItemListEditor::tr("Remove exclusion")};
    case E::Inclusion:
        return {ItemListEditor::tr("No inclusions yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add inclusion"), ItemListEditor::tr("Remove inclusion")};
    case E::Question:
        return {ItemListEditor::tr("No questions yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add question"), ItemListEditor::tr("Remove question")};
    case E::Finding:
        return {ItemListEditor::tr("No findings yet \u2014 press Insert or + to add one"),
                ItemListEditor::tr("Add finding"), ItemListEditor::tr("Remove finding")};
    }
    return {};
}

} // namespace

void ItemListEditor::setNames(const QString &accessibleName, Entry entry)
{
    const EntryWords words = wordsFor(entry);
    m_view->setAccessibleName(accessibleName);
    m_view->setPlaceholderText(words.empty);
    m_add->setText(words.add);
    m_remove->setText(words.remove);
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
}

void ItemListEditor::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ItemListEditor::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ItemListEditor::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ItemListEditor::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ItemListEditor::updateActions);
    updateActions();
}

void ItemListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateActions();
}

int ItemListEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int ItemListEditor::rowCount() const
{
    return m_view->model() ? m_view->model()->rowCount() : 0;
}

void ItemListEditor::addItem()
{
    if (!canChange())
        return;
    const int current = currentRow();
    insertRow(current < 0 ? rowCount() : current + 1);
}

void ItemListEditor::removeItem()
{
    if (const int row = currentRow(); canChange() && row >= 0)
        removeRow(row);
}

void ItemListEditor::moveUp()
{
    moveBy(-1);
}

void ItemListEditor::moveDown()
{
    moveBy(1);
}

void ItemListEditor::moveBy(int offset)
{
    const int row = currentRow();
    const int target = row + offset;
    if (canChange() && row >= 0 && target >= 0 && target < rowCount())
        moveRow(row, target);
}

void ItemListEditor::updateActions()
{
    const bool editable = canChange();
    const int row = currentRow();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row + 1 < rowCount());
}

} // namespace clientele
