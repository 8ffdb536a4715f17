#include "readonlylook.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace clientele {

namespace {

// Keeps a read-only text field's background the window's colour, also after the palette
// changes.
class ReadOnlyLook : public QObject {
public:
    explicit ReadOnlyLook(QWidget *field)
        : QObject(field)
    {
        setObjectName(name());
        field->installEventFilter(this);
        follow(field);
    }

    static QString name() { return QStringLiteral("readOnlyLook"); }

    static void follow(QWidget *field)
    {
        QPalette palette = field->palette();
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            palette.setColor(group, QPalette::Base, palette.color(group, QPalette::Window));
        // Setting it sends another palette change; only a real difference is set.
        if (palette != field->palette())
            field->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            follow(static_cast<QWidget *>(watched));
        return false;
    }
};

bool setTextReadOnly(QWidget *field, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(readOnly);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->setReadOnly(readOnly);
    else if (auto *rich = qobject_cast<QTextEdit *>(field))
        rich->setReadOnly(readOnly);
    else
        return false;
    return true;
}

} // namespace

void setFieldReadOnly(QWidget *field, bool readOnly)
{
    if (!setTextReadOnly(field, readOnly)) {
        field->setEnabled(!readOnly);
        return;
    }
    QObject *look = field->findChild<QObject *>(ReadOnlyLook::name(), Qt::FindDirectChildrenOnly);
    if (readOnly && !look) {
        new ReadOnlyLook(field);
    } else if (!readOnly && look) {
        delete look;
        // Back to the palette of the window around it.
        field->setPalette(QPalette());
    }
}

} // namespace clientele
