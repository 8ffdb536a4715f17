#pragma once

#include "clientele/storage/import/columnmapping.h"
#include "clientele/storage/import/invoiceline.h"

#include <QHash>
#include <QList>

namespace clientele::detail {

// The export a document came from, the first part of its key: "xero", "odoo", or
// "mapped:<header signature>" for a file whose columns the user mapped. INV-1 from Xero and
// INV-1 from Odoo are two documents.
QString documentSource(ImportFormat format, const QString &headerSignature);

QString kindKey(InvoiceKind kind); // "invoice", "credit", "other"

// Names each document of one file so that a later import of the same document finds it
// (docs/import.md, "Idempotent"): "<source>|<number>|<kind>" for numbered documents, and
// "<source>|hash|<digest>#<n>" for the rest, the n-th document of the file with that content.
class DocumentKeys {
public:
    explicit DocumentKeys(QString source)
        : m_source(std::move(source))
    {
    }

    QString key(const QList<InvoiceLine> &lines);

private:
    QString m_source;
    QHash<QByteArray, int> m_seenHashes;
};

} // namespace clientele::detail
