#pragma once

#include "clientele/domain/money.h"

#include <QDate>
#include <QStringList>

namespace clientele {

// What the database sums up per customer (sales only, in the customer's main currency) before
// the metrics are worked out; see docs/metrics.md.
struct CustomerTotals {
    QString currency;
    QDate firstInvoice; // null without a sales invoice
    QDate lastInvoice;
    qint64 invoices = 0;       // sales invoices
    qint64 creditNotes = 0;    // credit notes that count
    qint64 netSpend = 0;       // minor units, invoices minus credit notes, tax excluded
    qint64 activeQuarters = 0; // calendar quarters with at least one sales invoice
};

// The metrics of the Customers view, defined in docs/metrics.md.
struct CustomerMetrics {
    QString currency;
    QDate firstInvoice;
    QDate lastInvoice;
    qint64 tenureDays = 0; // lastInvoice - firstInvoice
    int yearsTenths = 0;   // years as customer in tenths: tenureDays / 365.25, rounded
    qint64 invoices = 0;
    qint64 creditNotes = 0;
    qint64 netSpend = 0;   // minor units
    int monthsSpanned = 0; // calendar months from the first to the last invoice, inclusive
    qint64 perMonth = 0;   // minor units
    qint64 perYear = 0;    // minor units
    int loyalty = 0;       // 0-100
    QStringList purchases; // top items by amount, at most three

    double yearsAsCustomer() const { return yearsTenths / 10.0; }
    Money netSpendMoney() const { return Money(netSpend, currency); }
    Money perMonthMoney() const { return Money(perMonth, currency); }
    Money perYearMoney() const { return Money(perYear, currency); }

    friend bool operator==(const CustomerMetrics &, const CustomerMetrics &) = default;
};

CustomerMetrics computeCustomerMetrics(const CustomerTotals &totals);

// The metrics a user sees, for column titles and tooltips.
enum class CustomerMetric {
    FirstInvoice,
    LastInvoice,
    YearsAsCustomer,
    Invoices,
    NetSpend,
    PerMonth,
    PerYear,
    Loyalty,
    Purchases,
};

QString customerMetricTitle(CustomerMetric metric);
// One or two sentences, the same words as docs/metrics.md.
QString customerMetricDefinition(CustomerMetric metric);

// How many items "what they purchase" lists.
constexpr int kTopPurchases = 3;

} // namespace clientele
