#pragma once

#include "clientele/domain/sha256.h"
#include "clientele/storage/jsonnode.h"

#include <QByteArray>
#include <QString>

namespace clientele {

// A PDF kept as it went out (a sent proposal version, a review pack), as the export writes it:
// "pdf" in base64 and "sha256" naming it.
struct FrozenPdf {
    QByteArray pdf;
    QString sha256;
};

// Reads the object's "pdf" and "sha256". An empty or malformed PDF fails with `notBase64`; a PDF
// that is not the one its hash names fails with `mismatch`, rather than being passed off as
// what went out.
inline FrozenPdf frozenPdfFromJson(const JsonNode &object, const QString &notBase64,
                                   const QString &mismatch)
{
    const JsonNode pdf = object.member(QStringLiteral("pdf"));
    const auto decoded = QByteArray::fromBase64Encoding(pdf.toText().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        pdf.fail(notBase64);
    const JsonNode sha = object.member(QStringLiteral("sha256"));
    FrozenPdf frozen{decoded.decoded, sha.toText()};
    if (sha256Hex(frozen.pdf) != frozen.sha256)
        sha.fail(mismatch);
    return frozen;
}

} // namespace clientele
