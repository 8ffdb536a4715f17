#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMainWindow;
class QTimer;
class QToolButton;
class QUndoStack;

namespace clientele {

// A sentence in the window's status bar about a step just taken ("Deleted offer “X”") with an
// Undo button that takes back that step, for a few seconds and only while it is still the last
// step: any other edit, undo or redo hides it.
class UndoNotice : public QWidget {
    Q_OBJECT
public:
    // The window's notice, made on first use.
    static UndoNotice *of(QMainWindow *window);

    // Says what the step on top of the stack did and offers to undo it.
    void offer(const QString &message, QUndoStack *stack);
    void undo();

private:
    explicit UndoNotice(QWidget *parent);
    void stackMoved(int index);

    QLabel *m_message;
    QToolButton *m_undo;
    QTimer *m_timer;
    QPointer<QUndoStack> m_stack;
    int m_index = -1;
};

} // namespace clientele
