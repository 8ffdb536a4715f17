#pragma once

#include <QtGlobal>

class QTextDocument;

namespace clientele {

// Qt's layout has no "keep with next" and repeats no head rows of typeset tables. On a document
// laid out in pages this tall, moves each heading or head row that would end a page to the top
// of the next, and starts every page a typeset table continues on with that table's head rows.
void settlePageBreaks(QTextDocument *document, qreal pageHeight);

} // namespace clientele
