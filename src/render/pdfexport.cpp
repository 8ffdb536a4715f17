#include "clientele/render/pdfexport.h"

#include "clientele/render/pageddocument.h"
#include "pdfinfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace clientele {

namespace {

// Sharp enough for print; far higher resolutions make Qt emit empty PDFs for long documents.
constexpr int kPdfResolution = 300;

} // namespace

Result<QByteArray> renderPdf(const PagedDocument &document)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Clientele"));
        auto painted = document.paint(&writer);
        if (!painted)
            return painted.error();
    }
    if (!appendPdfInfo(bytes, {document.title(), document.author(), document.subject(),
                               QStringLiteral("Clientele")}))
        return Error{QCoreApplication::translate("clientele::PdfExport",
                                                 "The PDF could not be completed with its title "
                                                 "and author.")};
    return bytes;
}

Status exportPdf(const PagedDocument &document, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto bytes = renderPdf(document);
    if (!bytes)
        return Error{
            QCoreApplication::translate("clientele::PdfExport", "Could not export “%1”: %2")
                .arg(shownPath, bytes.errorMessage())};
    return writePdfFile(*bytes, path);
}

Status writePdfFile(const QByteArray &pdf, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("clientele::PdfExport", "Could not write “%1”: %2")
                         .arg(shownPath, file.errorString())};
    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error{QCoreApplication::translate("clientele::PdfExport", "Could not write “%1”: %2")
                         .arg(shownPath, file.errorString())};
    return success();
}

} // namespace clientele
