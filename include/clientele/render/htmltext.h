#pragma once

#include <QString>

namespace clientele {

// Every string a user typed reaches document HTML through one of these, so "<b>" prints as
// typed and never as markup.

// Escaped inline text; line breaks the user typed stay line breaks.
QString htmlText(const QString &text);

// Escaped prose: blank lines separate paragraphs, single newlines stay line breaks.
QString htmlParagraphs(const QString &text);

} // namespace clientele
