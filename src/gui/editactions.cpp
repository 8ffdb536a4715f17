#include "clientele/gui/editactions.h"

#include "icons.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QWidget>

namespace clientele {

namespace {

bool hasMethod(const QObject *object, const char *method)
{
    return object
           && object->metaObject()->indexOfMethod(QMetaObject::normalizedSignature(method)) >= 0;
}

// The focused widget's own action for this key (a list's "Delete profile", ...), if any.
QAction *ownActionFor(QWidget *widget, const QKeySequence &key)
{
    for (; widget; widget = widget->parentWidget()) {
        for (QAction *action : widget->actions())
            if (action->isEnabled() && action->shortcuts().contains(key))
                return action;
        if (widget->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

EditActions::EditActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_undo =
        makeAction(QStringLiteral("edit-undo"), tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = makeAction(
        QStringLiteral("edit-redo"), tr("&Redo"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->redo();
    });

    m_cut = makeFocusAction(tr("Cu&t"), QKeySequence::Cut, "cut()");
    m_copy = makeFocusAction(tr("&Copy"), QKeySequence::Copy, "copy()");
    m_paste = makeFocusAction(tr("&Paste"), QKeySequence::Paste, "paste()");
    m_selectAll = makeFocusAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll()");
    m_delete = makeAction({}, tr("&Delete"), {QKeySequence(QKeySequence::Delete)});
    // The key stays with the focused widget (a text field, the profile list, an item list);
    // the menu entry does the same thing for mouse users.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteInFocus);

    m_find = makeAction(QStringLiteral("edit-find"), tr("&Find\u2026"),
                        {QKeySequence(QKeySequence::Find)});
    connect(m_find, &QAction::triggered, this, &EditActions::findRequested);
    m_history = makeAction({}, tr("&History of This Item\u2026"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    m_history->setToolTip(tr("The changes of the selected profile, chart client, "
                             "offer or proposal, and their earlier values"));
    connect(m_history, &QAction::triggered, this, &EditActions::historyRequested);

    connect(qApp, &QApplication::focusChanged, this, &EditActions::updateFocusActions);
    updateUndo();
    updateFocusActions();
}

QAction *EditActions::makeAction(const QString &icon, const QString &text,
                                 const QList<QKeySequence> &keys)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
    action->setShortcuts(keys);
    return action;
}

QAction *EditActions::makeFocusAction(const QString &text, QKeySequence::StandardKey key,
                                      const char *method)
{
    QAction *action = makeAction({}, text, {QKeySequence(key)});
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [method] {
        QWidget *focus = QApplication::focusWidget();
        if (hasMethod(focus, method)) {
            QByteArray name(method);
            name.chop(2);
            QMetaObject::invokeMethod(focus, name.constData());
        }
    });
    return action;
}

void EditActions::setUndoStack(QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    if (stack) {
        connect(stack, &QUndoStack::canUndoChanged, this, &EditActions::updateUndo);
        connect(stack, &QUndoStack::canRedoChanged, this, &EditActions::updateUndo);
        connect(stack, &QUndoStack::undoTextChanged, this, &EditActions::updateUndo);
        connect(stack, &QUndoStack::redoTextChanged, this, &EditActions::updateUndo);
    }
    updateUndo();
}

void EditActions::updateUndo()
{
    const bool canUndo = m_stack && m_stack->canUndo();
    const bool canRedo = m_stack && m_stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    m_undo->setToolTip(canUndo ? tr("Undo %1 (Ctrl+Z)").arg(m_stack->undoText())
                               : tr("Nothing to undo"));
    m_redo->setToolTip(canRedo ? tr("Redo %1 (Ctrl+Shift+Z)").arg(m_stack->redoText())
                               : tr("Nothing to redo"));
}

void EditActions::updateFocusActions()
{
    QWidget *focus = QApplication::focusWidget();
    m_cut->setEnabled(hasMethod(focus, "cut()"));
    m_copy->setEnabled(hasMethod(focus, "copy()"));
    m_paste->setEnabled(hasMethod(focus, "paste()"));
    m_selectAll->setEnabled(hasMethod(focus, "selectAll()"));
    m_delete->setEnabled(focus != nullptr);
}

void EditActions::deleteInFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        line->del();
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(focus)) {
        QTextCursor cursor = text->textCursor();
        cursor.deleteChar();
        text->setTextCursor(cursor);
        return;
    }
    if (QAction *own = ownActionFor(focus, QKeySequence(QKeySequence::Delete));
        own && own != m_delete)
        own->trigger();
}

} // namespace clientele
