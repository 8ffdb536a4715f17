#pragma once

class QLineEdit;

namespace clientele {

// Gives `field` its clear button when it first holds text, the only time the button shows.
// The button's icon comes from the desktop's icon theme, whose first look-up is slow enough
// to hold up the window's first paint if done while the page is built.
void enableClearButtonOnText(QLineEdit *field);

} // namespace clientele
