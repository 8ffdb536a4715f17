#include "fieldrefresh.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace clientele {

void showText(QLineEdit *edit, const QString &value)
{
    if (edit->text() == value)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(value);
    edit->setCursorPosition(qMin(cursor, int(value.size())));
}

void showText(QPlainTextEdit *edit, const QString &value)
{
    if (edit->toPlainText() == value)
        return;
    const int cursor = edit->textCursor().position();
    edit->setPlainText(value);
    QTextCursor moved = edit->textCursor();
    moved.setPosition(qMin(cursor, int(value.size())));
    edit->setTextCursor(moved);
}

} // namespace clientele
