#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QKeySequence;
class QToolButton;

namespace clientele {

class ItemTableView;

// An ordered list of short entries with add, remove and reorder, and a row of small buttons
// under it. Keyboard: Insert adds, Delete removes, Ctrl+Up/Down moves, typing edits in place.
// What the entries are and how a change reaches the workspace, as one undo step, is the
// subclass's: a profile's list (ProfileItemsEditor) or a list of texts (TextListEditor).
class ItemListEditor : public QWidget {
    Q_OBJECT
public:
    // What one entry of a list is, for the buttons and the empty list's hint: each gets whole
    // sentences, so a translation never has to compose one from a noun.
    enum class Entry { Tool, Obstacle, Need, Want, Exclusion, Inclusion, Question, Finding };

    // The list's accessible name, and what its entries are.
    void setNames(const QString &accessibleName, Entry entry);
    // For a workspace opened read-only: the list can be read and copied, not changed.
    void setReadOnly(bool readOnly);

protected:
    explicit ItemListEditor(QWidget *parent);

    ItemTableView *view() const { return m_view; }
    // Shows `model`, with the actions following its rows and the current one.
    void setModel(QAbstractItemModel *model);
    // Enables the actions for the list and its current row; a subclass adds its own.
    virtual void updateActions();
    // An action of the subclass's on the current entry, with a button (icon and text) in the
    // row under the list and a key that works while the list has focus.
    QAction *addEntryAction(const QString &icon, const QString &text, const QKeySequence &key);
    bool canChange() const { return !m_readOnly && hasList(); }
    int currentRow() const;

    // Whether there is a list to change at all.
    virtual bool hasList() const { return true; }
    // One change each: an empty entry at `row`, opened for typing; the entry at `row` removed;
    // the entry at `from` moved to `to`.
    virtual void insertRow(int row) = 0;
    virtual void removeRow(int row) = 0;
    virtual void moveRow(int from, int to) = 0;

private:
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &key,
                        void (ItemListEditor::*slot)());
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &key);
    QToolButton *addButton(QAction *action);
    int rowCount() const;
    void addItem();
    void removeItem();
    void moveUp();
    void moveDown();
    void moveBy(int offset);

    ItemTableView *m_view;
    QHBoxLayout *m_buttons;
    bool m_readOnly = false;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace clientele
