#pragma once

#include "clientele/storage/customermetrics.h"

#include <QList>
#include <QSet>

#include <optional>

namespace SQLite {
class Database;
}

namespace clientele {

// An imported customer with its contact details and metrics.
struct CustomerRow {
    qint64 id = 0;
    QString name;
    QString email;
    QString website;
    QString city;
    QString region;
    QString country;
    QString industry;
    QString tags;
    CustomerMetrics metrics;
};

// One stored document of a customer: an invoice, a credit note or another kind the export
// held (overpayments, prepayments), whether it counts as a sale and, when not, why.
struct CustomerDocument {
    enum class Kind { Invoice, CreditNote, Other };
    QString number;
    QDate date; // null when the file gave none
    Kind kind = Kind::Other;
    QString status;
    qint64 net = 0; // minor units of `currency`; negative for credit notes
    QString currency;
    bool countsAsSale = false;
    QString notSaleReason; // stored in English; notSaleReasonText() translates it

    Money netMoney() const { return Money(net, currency); }
};

// How the Customers view is ordered. Spend, tenure, loyalty, per month and name are served by an
// index; the rest sort the (small) customer table.
enum class CustomerSort {
    Name,
    Spend,
    Tenure,
    Loyalty,
    PerMonth,
    PerYear,
    Invoices,
    FirstInvoice,
    LastInvoice,
    Location,
};

// One page of the Customers view.
struct CustomerQuery {
    CustomerSort sort = CustomerSort::Spend;
    bool descending = true;
    QString filter; // matched anywhere in name, city, region, country or industry, any case
    int offset = 0;
    int limit = 200;
};

// Reads customers and their cached metrics, and refreshes that cache (customer_summary) after
// imports. Ties in every order are broken by spend and then id, so pages never overlap.
class CustomerRepository {
public:
    explicit CustomerRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    int count(const QString &filter = {}) const;
    QList<CustomerRow> page(const CustomerQuery &query) const;
    std::optional<CustomerRow> find(qint64 id) const;
    // Top `count` by spend, tenure or loyalty, customers with at least one sales invoice only.
    QList<CustomerRow> top(CustomerSort by, int count) const;
    // The country more than half of the customers whose country is known share (the
    // consultancy's own, as a rule); empty when none does.
    QString homeCountry() const;
    // The customer's documents, newest first (undated last).
    QList<CustomerDocument> documents(qint64 customerId) const;

    // Recomputes the metrics of the given customers (all when `only` is null), in the caller's
    // transaction.
    void refreshSummaries(const QSet<qint64> *only = nullptr);

private:
    SQLite::Database &m_db;
};

} // namespace clientele
