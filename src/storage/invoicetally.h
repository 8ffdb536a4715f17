#pragma once

#include "clientele/storage/import/dateorderdetector.h"
#include "clientele/storage/import/importreport.h"
#include "clientele/storage/import/invoiceline.h"
#include "invoicestatement.h"
#include "readdocument.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace clientele::detail {

// The check pass's count of what an import would do, read against the workspace without
// writing. It keeps one count for each date order the file may still be read in, so that the
// user's answer to the date question needs no second reading of the file.
class InvoiceTally {
public:
    // `orders`: the order the caller fixed, or day- and month-first while the file decides.
    InvoiceTally(SQLite::Database &db, QList<DateOrder> orders);

    // One document as the reader hands it on, dates not yet read.
    void add(const ReadDocument &document);

    DateOrderVerdict verdict() const { return m_dates.verdict(); }
    // `base` (what the reading found) with the counts and date problems under `order`, one of
    // those given at construction; `dateColumn` names the column in those problems.
    ImportReport report(DateOrder order, const ImportReport &base, const QString &dateColumn) const;

private:
    struct Count {
        DateOrder order = DateOrder::Auto;
        ImportReport counts;
        QSet<QString> newCustomers;
    };

    bool storedBefore(const QString &key);

    std::optional<FastStatement> m_findDocument; // absent while the workspace has no documents
    QSet<QString> m_knownCustomers;
    QSet<size_t> m_seenDocuments; // hashes of this file's keys: later parts of one invoice
    DateOrderDetector m_dates;
    std::vector<Count> m_counts;
};

} // namespace clientele::detail
