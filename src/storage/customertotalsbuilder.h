#pragma once

#include "clientele/storage/customermetrics.h"
#include "clientele/storage/import/invoiceline.h"

#include <QHash>
#include <QSet>

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
    void addDocument(qint64 customer, const InvoiceLine &head, qint64 net, bool newDocument);
    void addLine(qint64 customer, const InvoiceLine &head, const InvoiceLine &line);

    // Replaces the summary rows of `customers` (each must be one this builder saw every sale of).
    void store(SQLite::Database &db, const QSet<qint64> &customers) const;

private:
    struct Item {
        QString label;
        qint64 amount = 0;
    };
    struct CurrencyTotals {
        CustomerTotals totals;
        QSet<int> quarters;
        QHash<QString, qint64> items; // amount by label as written; case is folded in store()
    };
    using Customer = QHash<QString, CurrencyTotals>; // by currency

    static bool counts(const InvoiceLine &head);

    QHash<qint64, Customer> m_customers;
    // Lines of one invoice share customer and currency: look them up once.
    CurrencyTotals *m_current = nullptr;
    qint64 m_currentCustomer = 0;
    QString m_currentCurrency;
};

// The label "what they purchase" groups a line under, and its grouping key; the same rules as
// the SQL in CustomerRepository.
QString purchaseLabel(const QString &description, const QString &itemCode);
QString asciiLower(const QString &text);

} // namespace clientele::detail
