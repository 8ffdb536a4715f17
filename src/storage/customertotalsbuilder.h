#pragma once

#include "clientele/storage/customermetrics.h"
#include "clientele/storage/import/invoiceline.h"
#include "readdocument.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace SQLite {
class Database;
}

namespace clientele::detail {

// Gathers the totals of docs/metrics.md while an import streams past, so that customers with no
// earlier sales get their summary without the database grouping a million lines again. Follows
// the same rules as CustomerRepository::refreshSummaries() (a test holds them equal).
class CustomerTotalsBuilder {
public:
    // A stored document's head; `newDocument` is false for more lines of one already counted.
    // Its lines follow through addLine().
    void addDocument(qint64 customer, const InvoiceLine &head, qint64 net, bool newDocument);
    // `label`: the line's number in the reading's PurchaseLabels, -1 without one.
    void addLine(const InvoiceLine &line, int label);

    // Replaces the summary rows of `customers` (each must be one this builder saw every sale of).
    void store(SQLite::Database &db, const QSet<qint64> &customers,
               const PurchaseLabels &labels) const;

private:
    struct Item {
        QString label;
        qint64 amount = 0;
    };
    struct CurrencyTotals {
        CustomerTotals totals;
        QSet<int> quarters;
        QHash<int, qint64> items; // amount by label number; case is folded in store()
    };
    using Customer = QList<CurrencyTotals>; // one per currency, most often just one

    static bool counts(const InvoiceLine &head);

    // Customers in the order first seen, found by id: the hot path is one lookup per document.
    std::vector<Customer> m_customers;
    QHash<qint64, int> m_index;
    // The current document's totals, which its lines add to; null when it is no sale.
    CurrencyTotals *m_current = nullptr;
};

// The label "what they purchase" groups a line under, and its grouping key; the same rules as
// the SQL in CustomerRepository.
QString purchaseLabel(const QString &description, const QString &itemCode);
QString asciiLower(const QString &text);

} // namespace clientele::detail
