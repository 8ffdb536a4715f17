#include "clientele/domain/weighting.h"

#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealstatistics.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele {

namespace {

constexpr double maxTenureYears = 10;
constexpr double pointsPerYear = 0.5;
constexpr double pointsPerAdvocacy = 2;

std::optional<double> spendPerYear(const IcpChart &chart, qint64 clientId)
{
    const Attribute *attr = chart.attribute(StandardAttribute::SpendPerYear);
    if (!attr)
        return std::nullopt;
    const ChartCell cell = chart.cell(clientId, attr->id); // derived from per month if needed
    if (!cell.value.money())
        return std::nullopt;
    return std::max(0.0, midpoint(*cell.value.money()).toMajor());
}

double yesPoints(const IcpChart &chart, qint64 clientId, StandardAttribute which)
{
    const Attribute *attr = chart.attribute(which);
    if (!attr)
        return 0;
    return chart.value(clientId, attr->id).yesNo().value_or(false) ? pointsPerAdvocacy : 0;
}

double loyaltyWeight(const IcpChart &chart, qint64 clientId)
{
    double years = 0;
    if (const Attribute *attr = chart.attribute(StandardAttribute::YearsAsCustomer)) {
        const ChartValue tenure = chart.value(clientId, attr->id);
        if (const auto *range = tenure.number())
            years = std::clamp(midpoint(*range), 0.0, maxTenureYears);
    }
    return 1 + pointsPerYear * years + yesPoints(chart, clientId, StandardAttribute::ReferredUs)
           + yesPoints(chart, clientId, StandardAttribute::GaveTestimonial);
}

} // namespace

QList<Weighting> allWeightings()
{
    return {Weighting::Equal, Weighting::BySpend, Weighting::ByLoyalty};
}

QString weightingKey(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal: return QStringLiteral("equal");
    case Weighting::BySpend: return QStringLiteral("spend");
    case Weighting::ByLoyalty: return QStringLiteral("loyalty");
    }
    return {};
}

std::optional<Weighting> weightingFromKey(const QString &key)
{
    for (Weighting weighting : allWeightings()) {
        if (weightingKey(weighting) == key)
            return weighting;
    }
    return std::nullopt;
}

QString weightingLabel(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal: return QCoreApplication::translate("clientele::Weighting", "Equal");
    case Weighting::BySpend: return QCoreApplication::translate("clientele::Weighting", "By spend");
    case Weighting::ByLoyalty:
        return QCoreApplication::translate("clientele::Weighting", "By loyalty");
    }
    return {};
}

QString weightingInUse(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal:
        return QCoreApplication::translate("clientele::Weighting", "Weighting: equal");
    case Weighting::BySpend:
        return QCoreApplication::translate("clientele::Weighting", "Weighting: by spend");
    case Weighting::ByLoyalty:
        return QCoreApplication::translate("clientele::Weighting", "Weighting: by loyalty");
    }
    return {};
}

QString weightingDescription(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal:
        return QCoreApplication::translate("clientele::Weighting", "Every client counts the same.");
    case Weighting::BySpend:
        return QCoreApplication::translate(
            "clientele::Weighting", "Each client counts in proportion to their spend per year; "
                                    "clients without a known spend count at the median spend.");
    case Weighting::ByLoyalty:
        return QCoreApplication::translate(
            "clientele::Weighting",
            "Each client counts 1, plus half a point per year as a customer "
            "(up to 10 years), plus 2 if they referred us and 2 if they gave "
            "a testimonial.");
    }
    return {};
}

ClientWeights clientWeights(const IcpChart &chart, Weighting weighting)
{
    ClientWeights result;
    result.weighting = weighting;
    const QList<ChartClient> clients = chart.referenceClients();
    if (weighting == Weighting::ByLoyalty) {
        for (const ChartClient &client : clients)
            result.weights.insert(client.id, loyaltyWeight(chart, client.id));
        return result;
    }
    if (weighting == Weighting::BySpend) {
        QList<WeightedValue> known;
        QList<qint64> unknown;
        for (const ChartClient &client : clients) {
            if (const auto spend = spendPerYear(chart, client.id)) {
                result.weights.insert(client.id, *spend);
                known.append({*spend, 1});
            } else {
                unknown.append(client.id);
            }
        }
        if (known.isEmpty() && !clients.isEmpty()) {
            result.weights.clear();
            result.note = QCoreApplication::translate(
                "clientele::Weighting", "No client's spend is known, so all count the same.");
        } else {
            const double median = weightedMedian(known).value_or(1);
            for (qint64 id : unknown)
                result.weights.insert(id, median);
            if (unknown.size() == 1)
                result.note = QCoreApplication::translate(
                    "clientele::Weighting", "1 client without a known spend counts at the "
                                            "median spend.");
            else if (unknown.size() > 1)
                result.note = QCoreApplication::translate("clientele::Weighting",
                                                          "%n clients without a known spend count "
                                                          "at the median spend.",
                                                          nullptr, int(unknown.size()));
            return result;
        }
    }
    for (const ChartClient &client : clients)
        result.weights.insert(client.id, 1.0);
    return result;
}

} // namespace clientele
