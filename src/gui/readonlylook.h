#pragma once

class QWidget;

namespace clientele {

// Makes an editor's field refuse input and look like it. Text fields become read-only, lose
// their caret and take the window's colour for their background (following a change of theme);
// other fields (combo boxes, spin boxes, dates, check boxes) are disabled.
void setFieldReadOnly(QWidget *field, bool readOnly);

} // namespace clientele
