#pragma once

class QLineEdit;
class QPlainTextEdit;
class QString;

namespace clientele {

// Editors refresh their forms from the store after every change, including the user's own
// typing; these set the text only when it differs, keeping the cursor where the user left it.
void showText(QLineEdit *edit, const QString &value);
void showText(QPlainTextEdit *edit, const QString &value);

} // namespace clientele
