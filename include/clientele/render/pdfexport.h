#pragma once

#include "clientele/domain/result.h"

#include <QByteArray>
#include <QString>

namespace clientele {

class PagedDocument;

// The document as PDF bytes, with title, author (the consultancy), subject and creator set.
Result<QByteArray> renderPdf(const PagedDocument &document);

// Writes the document as a PDF file. The file appears complete or not at all: it is written
// beside the target and renamed into place, so a failure never leaves half a file behind.
Status exportPdf(const PagedDocument &document, const QString &path);

// Writes PDF bytes made earlier (a sent proposal, a review pack) to a file unchanged, complete
// or not at all, as exportPdf() does.
Status writePdfFile(const QByteArray &pdf, const QString &path);

} // namespace clientele
