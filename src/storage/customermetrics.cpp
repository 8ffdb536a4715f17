#include "clientele/storage/customermetrics.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

int quarterIndex(const QDate &date)
{
    return date.year() * 4 + (date.month() - 1) / 3;
}

} // namespace

CustomerMetrics computeCustomerMetrics(const CustomerTotals &totals)
{
    CustomerMetrics m;
    m.currency = totals.currency;
    m.firstInvoice = totals.firstInvoice;
    m.lastInvoice = totals.lastInvoice;
    m.invoices = totals.invoices;
    m.creditNotes = totals.creditNotes;
    m.netSpend = totals.netSpend;
    m.otherCurrencies = totals.otherCurrencies;
    const bool dated = totals.firstInvoice.isValid() && totals.lastInvoice.isValid();
    if (dated) {
        m.tenureDays = std::max<qint64>(0, totals.firstInvoice.daysTo(totals.lastInvoice));
        // Tenths of a year, rounded half up: 365 days are 1.0 years, 182 days 0.5.
        m.yearsTenths = static_cast<int>(std::floor(m.tenureDays * 10 / 365.25 + 0.5));
        m.monthsSpanned = monthIndex(totals.lastInvoice) - monthIndex(totals.firstInvoice) + 1;
    }
    // At least one month for the monthly figure, at least twelve for the yearly one, so a new
    // customer's first invoice is not blown up into a yearly rate.
    const int months = std::max(1, m.monthsSpanned);
    m.perMonth = Money::divideRounded(m.netSpend, months);
    m.perYear = Money::divideRounded(m.netSpend * 12, std::max(12, months));
    if (dated && m.invoices > 0) {
        const int quarters =
            quarterIndex(totals.lastInvoice) - quarterIndex(totals.firstInvoice) + 1;
        const double regularity =
            std::min(1.0, static_cast<double>(totals.activeQuarters) / std::max(1, quarters));
        const double tenure = std::min(1.0, m.monthsSpanned / 36.0);
        m.loyalty = static_cast<int>(std::floor(100.0 * regularity * tenure + 0.5));
    }
    return m;
}

QString describeOtherCurrencies(const QList<CurrencyTotal> &others)
{
    QStringList parts;
    for (const CurrencyTotal &other : others) {
        const QString amount = Money(other.netSpend, other.currency).toString();
        parts << (other.invoices == 1 ? QCoreApplication::translate("clientele::CustomerMetric",
                                                                    "%1 %2 in 1 invoice")
                                            .arg(other.currency, amount)
                                      : QCoreApplication::translate("clientele::CustomerMetric",
                                                                    "%1 %2 in %n invoices", nullptr,
                                                                    int(other.invoices))
                                            .arg(other.currency, amount));
    }
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    //: A list of amounts in other currencies: "EUR 1,200.00 in 2 invoices, GBP 80.00 in 1
    //: invoice and USD 5.00 in 1 invoice".
    return QCoreApplication::translate("clientele::CustomerMetric", "%1 and %2")
        .arg(parts.join(QStringLiteral(", ")), last);
}

QString otherCurrenciesText(const QList<CurrencyTotal> &others)
{
    QStringList lines;
    for (const CurrencyTotal &other : others)
        lines << QStringLiteral("%1 %2 %3")
                     .arg(other.currency)
                     .arg(other.netSpend)
                     .arg(other.invoices);
    return lines.join(u'\n');
}

QList<CurrencyTotal> otherCurrenciesFromText(const QString &text)
{
    QList<CurrencyTotal> others;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 3)
            others.append({parts.at(0), parts.at(1).toLongLong(), parts.at(2).toLongLong()});
    }
    return others;
}

QString customerMetricTitle(CustomerMetric metric)
{
    switch (metric) {
    case CustomerMetric::FirstInvoice:
        return QCoreApplication::translate("clientele::CustomerMetric", "First invoice");
    case CustomerMetric::LastInvoice:
        return QCoreApplication::translate("clientele::CustomerMetric", "Last invoice");
    case CustomerMetric::YearsAsCustomer:
        return QCoreApplication::translate("clientele::CustomerMetric", "Years as customer");
    case CustomerMetric::Invoices:
        return QCoreApplication::translate("clientele::CustomerMetric", "Invoices");
    case CustomerMetric::NetSpend:
        return QCoreApplication::translate("clientele::CustomerMetric", "Net spend");
    case CustomerMetric::PerMonth:
        return QCoreApplication::translate("clientele::CustomerMetric", "Per month");
    case CustomerMetric::PerYear:
        return QCoreApplication::translate("clientele::CustomerMetric", "Per year");
    case CustomerMetric::Loyalty:
        return QCoreApplication::translate("clientele::CustomerMetric", "Loyalty");
    case CustomerMetric::Purchases:
        return QCoreApplication::translate("clientele::CustomerMetric", "What they purchase");
    }
    return {};
}

QString customerMetricDefinition(CustomerMetric metric)
{
    switch (metric) {
    case CustomerMetric::FirstInvoice:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "The date of the customer's earliest sales invoice, in any currency. Credit notes, "
            "drafts, voided and deleted documents and overpayments do not count.");
    case CustomerMetric::LastInvoice:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "The date of the customer's latest sales invoice (same rules as the "
            "first invoice).");
    case CustomerMetric::YearsAsCustomer:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "Days from the first to the last invoice divided by 365.25, to one "
            "decimal. A customer with a single invoice has 0.0 years.");
    case CustomerMetric::Invoices:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "The number of sales invoices, in any currency. Credit notes, "
            "drafts, voided and deleted documents and overpayments are not "
            "counted.");
    case CustomerMetric::NetSpend:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "Sales invoices minus credit notes, without tax where the export "
            "shows it. Drafts, voided and deleted documents and overpayments are "
            "left out. In the customer's main currency (the one most of their "
            "invoices are in); sales in other currencies are shown beside it, "
            "not converted.");
    case CustomerMetric::PerMonth:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "Net spend divided by the calendar months from the first invoice's "
            "month to the last invoice's month, both included (at least one).");
    case CustomerMetric::PerYear:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "Net spend times 12 divided by the months spanned, with at least 12 "
            "months: a customer of less than a year shows what they spent.");
    case CustomerMetric::Loyalty:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "0 to 100: the share of calendar quarters between the first and the "
            "last invoice in which the customer bought, times the tenure up to "
            "three years (36 months spanned or more count in full).");
    case CustomerMetric::Purchases:
        return QCoreApplication::translate(
            "clientele::CustomerMetric",
            "The three items with the largest net amount on the customer's "
            "sales: lines grouped by description (the item code when the "
            "description is empty), credit notes subtracted.");
    }
    return {};
}

} // namespace clientele
