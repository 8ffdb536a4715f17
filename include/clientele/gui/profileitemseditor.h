#pragma once

#include "clientele/domain/profilefields.h"

#include <QWidget>

class QAction;
class QToolButton;

namespace clientele {

class ItemTableView;
class ProfileItemsModel;
class UndoKeyFilter;
class Workspace;

// One ordered list of a profile (obstacles, needs, exclusions, ...) with add, remove and
// reorder. Keyboard: Insert adds, Delete removes, Ctrl+Up/Down moves, typing edits in place.
// Every change is one undo step on the workspace.
class ProfileItemsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileItemsEditor(QWidget *parent = nullptr);

    void setup(Workspace *workspace, ProfileList list);
    void setProfile(qint64 profileId);
    ProfileList list() const { return m_list; }
    // For a workspace opened read-only: the list can be read and copied, not changed.
    void setReadOnly(bool readOnly);

    ItemTableView *view() const { return m_view; }
    ProfileItemsModel *model() const { return m_model; }
    QAction *addItemAction() const { return m_add; }
    QAction *removeItemAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

public Q_SLOTS:
    void addItem();
    void removeItem();
    void moveUp();
    void moveDown();

private:
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &key,
                        void (ProfileItemsEditor::*slot)());
    void moveBy(int offset);
    int currentRow() const;
    void selectRow(int row);
    void updateActions();

    ItemTableView *m_view;
    ProfileItemsModel *m_model = nullptr;
    Workspace *m_workspace = nullptr;
    ProfileList m_list = ProfileList::Obstacles;
    bool m_readOnly = false;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace clientele
