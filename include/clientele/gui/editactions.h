#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace clientele {

// Edit menu work. Undo and Redo always mean the workspace's undo stack, whichever field has
// focus; Cut, Copy, Paste, Delete and Select All act on the focused widget, which also keeps
// handling their keys itself.
class EditActions : public QObject {
    Q_OBJECT
public:
    explicit EditActions(QWidget *window);

    void setUndoStack(QUndoStack *stack);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *findAction() const { return m_find; }
    QAction *historyAction() const { return m_history; }

Q_SIGNALS:
    void findRequested();
    void historyRequested();

private:
    QAction *makeAction(const QString &icon, const QString &text, const QList<QKeySequence> &keys);
    QAction *makeFocusAction(const QString &text, QKeySequence::StandardKey key,
                             const char *method);
    void deleteInFocus();
    void updateUndo();
    void updateFocusActions();

    QWidget *m_window;
    QPointer<QUndoStack> m_stack;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_find;
    QAction *m_history;
};

} // namespace clientele
