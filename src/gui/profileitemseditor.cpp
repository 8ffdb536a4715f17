#include "clientele/gui/profileitemseditor.h"

#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/gui/icons.h"
#include "clientele/gui/itemtableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QString singular(ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics: return QStringLiteral("tool");
    case ProfileList::Obstacles: return QStringLiteral("obstacle");
    case ProfileList::Needs: return QStringLiteral("need");
    case ProfileList::Wants: return QStringLiteral("want");
    case ProfileList::Exclusions: return QStringLiteral("exclusion");
    }
    return QStringLiteral("entry");
}

} // namespace

ProfileItemsEditor::ProfileItemsEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new ItemTableView(this))
{
    m_add = makeAction(QStringLiteral("list-add"), QStringLiteral("Add"),
                       QKeySequence(Qt::Key_Insert), &ProfileItemsEditor::addItem);
    m_remove = makeAction(QStringLiteral("list-remove"), QStringLiteral("Remove"),
                          QKeySequence(QKeySequence::Delete), &ProfileItemsEditor::removeItem);
    m_moveUp = makeAction(QStringLiteral("go-up"), QStringLiteral("Move up"),
                          QKeySequence(Qt::CTRL | Qt::Key_Up), &ProfileItemsEditor::moveUp);
    m_moveDown = makeAction(QStringLiteral("go-down"), QStringLiteral("Move down"),
                            QKeySequence(Qt::CTRL | Qt::Key_Down), &ProfileItemsEditor::moveDown);

    // A small button row under the list, as under most desktop lists.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(16, 16));
        // The keys above reach every button; one tab stop for the list is enough.
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateActions();
}

QAction *ProfileItemsEditor::makeAction(const QString &icon, const QString &text,
                                        const QKeySequence &key, void (ProfileItemsEditor::*slot)())
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setShortcut(key);
    // Only while the list (or its cell editor) has focus, so the same keys serve every list.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void ProfileItemsEditor::setup(Workspace *workspace, ProfileList list)
{
    m_workspace = workspace;
    m_list = list;
    delete m_model;
    m_model = new ProfileItemsModel(workspace, list, this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setVisible(list == ProfileList::Exclusions);
    // Obstacles are ranked; the row number says so.
    m_view->verticalHeader()->setVisible(list == ProfileList::Obstacles);
    m_view->setPlaceholderText(
        QStringLiteral("No %1s yet \u2014 press Insert or + to add one").arg(singular(list)));
    const QString label = listLabel(list);
    m_view->setAccessibleName(label);
    m_add->setText(QStringLiteral("Add %1").arg(singular(list)));
    m_remove->setText(QStringLiteral("Remove %1").arg(singular(list)));
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfileItemsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfileItemsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfileItemsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileItemsEditor::updateActions);
    updateActions();
}

void ProfileItemsEditor::setProfile(qint64 profileId)
{
    if (m_model)
        m_model->setProfile(profileId);
    updateActions();
}

void ProfileItemsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateActions();
}

int ProfileItemsEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProfileItemsEditor::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
}

void ProfileItemsEditor::addItem()
{
    if (!m_model || m_model->profileId() == 0)
        return;
    const int current = currentRow();
    const int row = current < 0 ? m_model->rowCount() : current + 1;
    if (!m_model->insertRows(row, 1))
        return;
    selectRow(row);
    m_view->setFocus();
    m_view->edit(m_model->index(row, 0));
}

void ProfileItemsEditor::removeItem()
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    m_model->removeRows(row, 1);
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void ProfileItemsEditor::moveUp()
{
    moveBy(-1);
}

void ProfileItemsEditor::moveDown()
{
    moveBy(1);
}

void ProfileItemsEditor::moveBy(int offset)
{
    const int row = currentRow();
    const int target = row + offset;
    if (!m_model || row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // Qt's moveRows counts the destination before the move.
    m_model->moveRows({}, row, 1, {}, offset > 0 ? target + 1 : target);
    selectRow(target);
}

void ProfileItemsEditor::updateActions()
{
    const bool hasProfile = m_model && m_model->profileId() != 0 && !m_readOnly;
    const int row = currentRow();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_add->setEnabled(hasProfile);
    m_remove->setEnabled(hasProfile && row >= 0);
    m_moveUp->setEnabled(hasProfile && row > 0);
    m_moveDown->setEnabled(hasProfile && row >= 0 && row < rows - 1);
}

} // namespace clientele
