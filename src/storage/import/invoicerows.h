#pragma once

#include "clientele/storage/import/csvreader.h"
#include "clientele/storage/import/invoiceline.h"
#include "clientele/storage/import/readoptions.h"

#include <QList>

#include <optional>

namespace clientele::detail {

// Turns one CSV row into an InvoiceLine with amounts exactly as the file has them (signs and tax
// are settled later by finishInvoiceLines); a row that cannot be read adds a problem instead.
class InvoiceRowReader {
public:
    InvoiceRowReader(const ColumnMapping &mapping, const QStringList &header,
                     const ReadOptions &options, const QString &fileName);

    std::optional<InvoiceLine> read(const CsvRecord &record, QList<ImportProblem> &problems) const;

private:
    void problem(QList<ImportProblem> &problems, const CsvRecord &record, int column,
                 const QString &message) const;
    std::optional<qint64> amount(const CsvRecord &record, int column, int minorDigits,
                                 QString &currency, QList<ImportProblem> &problems,
                                 bool &failed) const;

    void classify(const QString &type, InvoiceLine &line) const;

    const ColumnMapping &m_mapping;
    const QStringList &m_header;
    const ReadOptions &m_options;
    QString m_fileName;
    // Lines of one invoice repeat its type and status: classify each pair once.
    mutable QString m_lastType;
    mutable QString m_lastStatus;
    mutable InvoiceKind m_lastKind = InvoiceKind::Invoice;
    mutable bool m_lastCountsAsSale = true;
    mutable QString m_lastReason;
    mutable bool m_classified = false;
};

void classifyType(QStringView type, InvoiceLine &line);
void classifyStatus(QStringView status, InvoiceLine &line);

// Settles one document's lines: outside Xero, without a type column (`typeColumn` false) a
// negative total makes it a credit note; takes tax out of Xero lines where the invoice's totals
// show the lines include it, and makes credit notes negative.
void finishInvoiceLines(QList<InvoiceLine> &lines, ImportFormat format, bool typeColumn);

} // namespace clientele::detail
