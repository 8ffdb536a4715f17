#pragma once

#include <QByteArray>
#include <QString>

namespace clientele {

// The document information a PDF viewer shows under "Properties".
struct PdfInfo {
    QString title;
    QString author;
    QString subject;
    QString creator;
};

// Qt 6.4's PDF writer records only a title and a creator. This appends the full information
// dictionary as a standard incremental update, leaving every byte Qt wrote as it was.
// Returns false, and leaves `pdf` alone, if it does not end in a classic cross-reference table.
bool appendPdfInfo(QByteArray &pdf, const PdfInfo &info);

} // namespace clientele
