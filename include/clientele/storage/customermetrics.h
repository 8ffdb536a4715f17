#pragma once

#include "clientele/domain/money.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace clientele {

// A customer's sales in one currency other than their main one, reported beside the money
// metrics and never converted into them.
struct CurrencyTotal {
    QString currency;
    qint64 netSpend = 0; // minor units of `currency`
    qint64 invoices = 0;

    friend bool operator==(const CurrencyTotal &, const CurrencyTotal &) = default;
};

// What the database sums up per customer before the metrics are worked out (docs/metrics.md):
// the dates, counts and quarters over sales in every currency, the money in the main currency.
struct CustomerTotals {
    QString currency;   // the main currency
    QDate firstInvoice; // null without a sales invoice
    QDate lastInvoice;
    qint64 invoices = 0;       // sales invoices, every currency
    qint64 creditNotes = 0;    // credit notes that count, every currency
    qint64 netSpend = 0;       // minor units of the main currency: invoices minus credit notes
    qint64 activeQuarters = 0; // calendar quarters with at least one sales invoice
    QList<CurrencyTotal> otherCurrencies; // by code
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
    QList<CurrencyTotal> otherCurrencies; // sales in other currencies, left out of the money

    double yearsAsCustomer() const { return yearsTenths / 10.0; }
    Money netSpendMoney() const { return Money(netSpend, currency); }
    Money perMonthMoney() const { return Money(perMonth, currency); }
    Money perYearMoney() const { return Money(perYear, currency); }

    friend bool operator==(const CustomerMetrics &, const CustomerMetrics &) = default;
};

CustomerMetrics computeCustomerMetrics(const CustomerTotals &totals);

// "NZD 1,234.50 in 2 invoices and AUD 80.00 in 1 invoice": what a customer's other currencies
// add, for tooltips, notes and printouts. Empty when there are none.
QString describeOtherCurrencies(const QList<CurrencyTotal> &others);
// The stored form in customer_summary.other_currencies: "AUD 8000 1" per line.
QString otherCurrenciesText(const QList<CurrencyTotal> &others);
QList<CurrencyTotal> otherCurrenciesFromText(const QString &text);

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
