#include "undokeyfilter.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QWidget>

namespace clientele {

namespace {

bool isUndoOrRedo(const QKeyEvent *key)
{
    // The window's actions also answer to these, whatever the platform's own bindings are.
    const QKeyCombination pressed = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
           || pressed == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)
           || pressed == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
}

} // namespace

UndoKeyFilter::UndoKeyFilter(QObject *parent)
    : QObject(parent)
{
}

void UndoKeyFilter::watch(QWidget *widget)
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setUndoRedoEnabled(false);
    widget->installEventFilter(this);
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    if (!isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return false;
    // Leaving the override unaccepted lets the window's Undo/Redo shortcut fire; when there is
    // nothing to undo the key press itself is swallowed so the field cannot undo on its own.
    event->ignore();
    return true;
}

} // namespace clientele
