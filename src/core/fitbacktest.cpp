#include "clientele/core/fitbacktest.h"

#include "clientele/core/customerbook.h"
#include "clientele/domain/attributeset.h"

#include <QSet>

#include <algorithm>

namespace clientele {

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString placeOf(const CustomerRow &customer)
{
    for (const QString &part : {customer.city, customer.region, customer.country})
        if (!part.trimmed().isEmpty())
            return part.trimmed();
    return {};
}

} // namespace

int Backtest::count(FitGrade grade) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [&](const BacktestEntry &e) { return e.score.grade == grade; }));
}

QString Backtest::summary() const
{
    if (entries.isEmpty())
        return tr("No imported customer outside the chart to test the ideal against.");
    const QString graded =
        tr("%1 of the top %n customers by spend grade A or B.", nullptr, int(entries.size()))
            .arg(gradedAOrB());
    const int unknown = count(FitGrade::Insufficient);
    if (unknown == 0)
        return graded;
    return graded + QLatin1Char(' ') + tr("%n have too little known to grade.", nullptr, unknown);
}

Prospect prospectFromCustomer(const IcpChart &chart, const CustomerRow &customer)
{
    Prospect prospect;
    prospect.company = customer.name;
    auto set = [&](StandardAttribute which, const ChartValue &value) {
        if (const Attribute *attribute = chart.attribute(which); attribute && !value.isUnknown())
            prospect.values.insert(attribute->id, value);
    };
    if (const QString place = placeOf(customer); !place.isEmpty())
        set(StandardAttribute::Location, ChartValue::fromPlace({place, std::nullopt}));
    if (!customer.industry.trimmed().isEmpty()) {
        const Attribute *industry = chart.attribute(StandardAttribute::Industry);
        if (industry)
            set(StandardAttribute::Industry,
                ChartValue::fromText(industry->canonicalValue(customer.industry.trimmed())));
    }
    const CustomerMetrics &metrics = customer.metrics;
    if (metrics.invoices > 0) {
        set(StandardAttribute::YearsAsCustomer,
            ChartValue::fromNumber(NumberRange::exactly(metrics.yearsAsCustomer())));
        if (metrics.currency == chart.currency()) {
            set(StandardAttribute::SpendPerYear,
                ChartValue::fromMoney(MoneyRange::exactly(metrics.perYearMoney())));
            set(StandardAttribute::SpendPerMonth,
                ChartValue::fromMoney(MoneyRange::exactly(metrics.perMonthMoney())));
        }
        if (!metrics.purchases.isEmpty())
            set(StandardAttribute::Purchases, ChartValue::fromTags(metrics.purchases));
    }
    return prospect;
}

Backtest runBacktest(const FitModel &model, const IcpChart &chart, const CustomerBook &customers,
                     int top)
{
    QSet<QString> inChart;
    for (const ChartClient &client : chart.clients())
        inChart.insert(nameKey(client.name));
    Backtest backtest;
    backtest.top = top;
    // Read enough to fill `top` after leaving out the chart's own clients.
    const QList<CustomerRow> ranked =
        customers.top(CustomerSort::Spend, top + int(chart.clients().size()));
    for (const CustomerRow &customer : ranked) {
        if (backtest.entries.size() == top)
            break;
        if (inChart.contains(nameKey(customer.name)))
            continue;
        backtest.entries.append({customer, model.explain(prospectFromCustomer(chart, customer))});
    }
    return backtest;
}

} // namespace clientele
