#include "clientele/core/customertext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace clientele {

namespace {

QString csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[\",\\r\\n]"));
    if (!text.contains(special))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString tsvField(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    QString plain = text;
    return plain.replace(breaks, QStringLiteral(" "));
}

QString joined(const QList<CustomerRow> &rows, const std::function<QString(const QString &)> &field,
               QChar separator, const QString &lineEnd)
{
    const auto line = [&](const QStringList &values) {
        QStringList fields;
        for (const QString &value : values)
            fields.append(field(value));
        return fields.join(separator) + lineEnd;
    };
    QString text = line(customerTableHeader());
    for (const CustomerRow &row : rows)
        text += line(customerTableFields(row));
    return text;
}

} // namespace

QString customerPlace(const CustomerRow &row, const QString &homeCountry)
{
    QStringList parts;
    for (const QString &part : {row.city, row.region})
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    const QString country = row.country.trimmed();
    // Alone, the country is the whole place: kept even when it is the home country.
    if (!country.isEmpty()
        && (parts.isEmpty() || country.compare(homeCountry.trimmed(), Qt::CaseInsensitive) != 0))
        parts.append(country);
    return parts.join(QStringLiteral(", "));
}

QStringList customerTableHeader()
{
    const char *context = "clientele::CustomerTable";
    return {QCoreApplication::translate(context, "Customer"),
            QCoreApplication::translate(context, "Place"),
            customerMetricTitle(CustomerMetric::FirstInvoice),
            customerMetricTitle(CustomerMetric::LastInvoice),
            customerMetricTitle(CustomerMetric::YearsAsCustomer),
            customerMetricTitle(CustomerMetric::Invoices),
            customerMetricTitle(CustomerMetric::NetSpend),
            customerMetricTitle(CustomerMetric::PerMonth),
            customerMetricTitle(CustomerMetric::PerYear),
            QCoreApplication::translate(context, "Currency"),
            customerMetricTitle(CustomerMetric::Loyalty),
            customerMetricTitle(CustomerMetric::Purchases)};
}

QStringList customerTableFields(const CustomerRow &row)
{
    const CustomerMetrics &m = row.metrics;
    const bool sales = m.invoices > 0;
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    return {row.name,
            customerPlace(row),
            date(m.firstInvoice),
            date(m.lastInvoice),
            sales ? QString::number(m.yearsAsCustomer(), 'f', 1) : QString(),
            QString::number(m.invoices),
            m.netSpendMoney().toDecimalString(),
            sales ? m.perMonthMoney().toDecimalString() : QString(),
            sales ? m.perYearMoney().toDecimalString() : QString(),
            m.currency,
            sales ? QString::number(m.loyalty) : QString(),
            m.purchases.join(QStringLiteral(", "))};
}

QString customersCsv(const QList<CustomerRow> &rows)
{
    return joined(rows, csvField, u',', QStringLiteral("\r\n"));
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString customersTsv(const QList<CustomerRow> &rows)
{
    return joined(rows, tsvField, u'\t', QStringLiteral("\n"));
}

} // namespace clientele
