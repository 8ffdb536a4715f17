#include "searchfield.h"

#include <QLineEdit>

namespace clientele {

void enableClearButtonOnText(QLineEdit *field)
{
    if (!field->text().isEmpty()) {
        field->setClearButtonEnabled(true);
        return;
    }
    // Owns the connection, so it ends once the button is there.
    auto *once = new QObject(field);
    QObject::connect(field, &QLineEdit::textChanged, once, [field, once](const QString &text) {
        if (text.isEmpty())
            return;
        field->setClearButtonEnabled(true);
        once->deleteLater();
    });
}

} // namespace clientele
