#include "clientele/domain/fitscore.h"

#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/domain/idealstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QVarLengthArray>

namespace clientele {

namespace {

constexpr double partialMatch = 0.5;

bool holds(const QStringList &list, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const QString &item) { return sameCellText(item, text); });
}

// 1 inside, falling in a straight line to 0 at `falloff` outside.
double byDistance(double distance, double falloff)
{
    if (distance <= 0)
        return 1;
    if (falloff <= 0)
        return 0;
    return std::max(0.0, 1.0 - distance / falloff);
}

// How far a range lies outside another; 0 when they overlap.
double gap(double low, double high, double idealLow, double idealHigh)
{
    if (high < idealLow)
        return idealLow - high;
    if (low > idealHigh)
        return low - idealHigh;
    return 0;
}

double textMatch(const FitAttribute &fit, const QString &text)
{
    if (fit.ideal.isLeader(text))
        return 1;
    return holds(fit.seen, text) ? partialMatch : 0;
}

double mid(double low, double high)
{
    return (low + high) / 2;
}

// The share of the known reference values lying between half and twice their median.
double numberAgreement(const QList<double> &values, double median)
{
    if (values.isEmpty())
        return 0;
    const auto near = std::count_if(values.cbegin(), values.cend(),
                                    [&](double v) { return v >= median / 2 && v <= median * 2; });
    return double(near) / double(values.size());
}

FitImportance importanceFor(double agreement)
{
    if (agreement >= 0.8)
        return FitImportance::VeryImportant;
    if (agreement >= 0.6)
        return FitImportance::Important;
    if (agreement >= 0.4)
        return FitImportance::Somewhat;
    return FitImportance::NotImportant;
}

// Whole points that add up to the rounded total: each line gets its floor, then the lines with
// the largest remainders one more until the sum is reached.
QList<int> wholePoints(const QList<double> &exact)
{
    QList<int> points;
    double total = 0;
    for (double value : exact) {
        points.append(int(std::floor(value)));
        total += value;
    }
    int missing = int(std::lround(total));
    for (int p : points)
        missing -= p;
    QList<int> order(exact.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return exact[a] - std::floor(exact[a]) > exact[b] - std::floor(exact[b]);
    });
    for (int i = 0; i < missing && i < order.size(); ++i)
        ++points[order[i]];
    return points;
}

} // namespace

QString fitGradeKey(FitGrade grade)
{
    switch (grade) {
    case FitGrade::A: return QStringLiteral("A");
    case FitGrade::B: return QStringLiteral("B");
    case FitGrade::C: return QStringLiteral("C");
    case FitGrade::D: return QStringLiteral("D");
    case FitGrade::Insufficient: return QStringLiteral("insufficient");
    case FitGrade::NotAFit: return QStringLiteral("not a fit");
    }
    return {};
}

QString fitGradeLabel(FitGrade grade)
{
    switch (grade) {
    case FitGrade::Insufficient:
        return QCoreApplication::translate("clientele::FitGrade", "Insufficient");
    case FitGrade::NotAFit: return QCoreApplication::translate("clientele::FitGrade", "Not a fit");
    default: return fitGradeKey(grade);
    }
}

FitModel::FitModel(const IcpChart &chart, const IdealProfile &ideal,
                   QList<Disqualifier> disqualifiers, FitBands bands)
    : m_chart(chart)
    , m_currency(chart.currency())
    , m_disqualifiers(std::move(disqualifiers))
    , m_bands(bands)
{
    const QList<ChartClient> references = chart.referenceClients();
    for (const Attribute &attribute : chart.attributes()) {
        const DerivedValue *derived = ideal.value(attribute.id);
        if (!attribute.fit.used.value_or(usedByDefault(attribute)) || !derived
            || !derived->isKnown())
            continue;
        if (attribute.type == AttributeType::Tags && derived->leaders.isEmpty())
            continue;
        FitAttribute fit;
        fit.attribute = attribute;
        fit.ideal = *derived;
        fit.importanceIsDefault = !attribute.fit.importance;
        fit.importance =
            attribute.fit.importance.value_or(defaultImportance(chart, attribute, *derived));
        fit.falloffIsDefault = !attribute.fit.falloff;
        fit.falloff = attribute.fit.falloff.value_or(defaultFalloff(*derived));
        for (const ChartClient &client : references) {
            const ChartValue value = chart.cell(client.id, attribute.id).value;
            if (const QString *text = value.text(); text && !holds(fit.seen, *text))
                fit.seen.append(*text);
            if (const ChartPlace *place = value.place();
                place && !place->name.isEmpty() && !holds(fit.seen, place->name))
                fit.seen.append(place->name);
        }
        m_attributes.append(fit);
    }
}

bool FitModel::usedByDefault(const Attribute &attribute)
{
    const auto which = standardAttributeFromKey(attribute.key);
    if (!which)
        return true;
    switch (*which) {
    case StandardAttribute::YearsAsCustomer:
    case StandardAttribute::Purchases:
    case StandardAttribute::SpendPerMonth:
    case StandardAttribute::SpendPerYear:
    case StandardAttribute::ReferredUs:
    case StandardAttribute::GaveTestimonial: return false;
    default: return true;
    }
}

FitImportance FitModel::defaultImportance(const IcpChart &chart, const Attribute &attribute,
                                          const DerivedValue &ideal)
{
    switch (attribute.type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years:
    case AttributeType::MoneyOrRange: {
        QList<double> values;
        for (const ChartClient &client : chart.referenceClients()) {
            const ChartValue value = chart.cell(client.id, attribute.id).value;
            if (const auto *number = value.number())
                values.append(mid(number->minimum, number->maximum));
            else if (const auto *money = value.money())
                values.append(mid(money->minimum.toMajor(), money->maximum.toMajor()));
        }
        const double median =
            ideal.medianMoney ? ideal.medianMoney->toMajor() : ideal.median.value_or(0);
        return importanceFor(numberAgreement(values, median));
    }
    case AttributeType::YesNo: return importanceFor(std::max(ideal.yesShare, 1 - ideal.yesShare));
    case AttributeType::Tags: {
        double sum = 0;
        for (const ValueShare &leader : ideal.leaders)
            sum += ideal.share(leader);
        return importanceFor(ideal.leaders.isEmpty() ? 0 : sum / double(ideal.leaders.size()));
    }
    case AttributeType::Category:
    case AttributeType::Text:
    case AttributeType::Location: {
        double sum = 0;
        for (const ValueShare &leader : ideal.leaders)
            sum += ideal.share(leader);
        return importanceFor(sum);
    }
    }
    return FitImportance::Somewhat;
}

double FitModel::defaultFalloff(const DerivedValue &ideal)
{
    double low = 0;
    double high = 0;
    if (ideal.moneyRange) {
        low = ideal.moneyRange->minimum.toMajor();
        high = ideal.moneyRange->maximum.toMajor();
    } else if (ideal.range) {
        low = ideal.range->minimum;
        high = ideal.range->maximum;
    }
    return std::max({high - low, high / 2, 1.0});
}

double FitModel::match(const FitAttribute &fit, const ChartValue &value) const
{
    const DerivedValue &ideal = fit.ideal;
    switch (fit.attribute.type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years:
        if (!value.number() || !ideal.range)
            return -1;
        return byDistance(gap(value.number()->minimum, value.number()->maximum,
                              ideal.range->minimum, ideal.range->maximum),
                          fit.falloff);
    case AttributeType::MoneyOrRange:
        if (!value.money() || !ideal.moneyRange)
            return -1;
        return byDistance(gap(value.money()->minimum.toMajor(), value.money()->maximum.toMajor(),
                              ideal.moneyRange->minimum.toMajor(),
                              ideal.moneyRange->maximum.toMajor()),
                          fit.falloff);
    case AttributeType::Category:
    case AttributeType::Text: return value.text() ? textMatch(fit, *value.text()) : -1;
    case AttributeType::Tags: {
        if (!value.tags())
            return -1;
        const auto held = std::count_if(
            ideal.leaders.cbegin(), ideal.leaders.cend(),
            [&](const ValueShare &leader) { return holds(*value.tags(), leader.value); });
        return double(held) / double(ideal.leaders.size());
    }
    case AttributeType::YesNo: {
        if (!value.yesNo())
            return -1;
        if (sameWeight(ideal.yesShare, 0.5, 1.0))
            return 1;
        return *value.yesNo() == (ideal.yesShare > 0.5) ? 1 : 0;
    }
    case AttributeType::Location: {
        const ChartPlace *place = value.place();
        if (!place)
            return -1;
        double best = -1;
        if (!place->name.isEmpty())
            best = textMatch(fit, place->name);
        if (place->distanceKm && ideal.range)
            best = std::max(best, byDistance(gap(*place->distanceKm, *place->distanceKm,
                                                 ideal.range->minimum, ideal.range->maximum),
                                             fit.falloff));
        return best;
    }
    }
    return -1;
}

FitGrade FitModel::grade(int score, double confidence) const
{
    return fitGrade(m_bands, score, confidence);
}

FitGrade fitGrade(const FitBands &bands, int score, double confidence)
{
    if (confidence < confidentFit)
        return FitGrade::Insufficient;
    if (score >= bands.a)
        return FitGrade::A;
    if (score >= bands.b)
        return FitGrade::B;
    if (score >= bands.c)
        return FitGrade::C;
    return FitGrade::D;
}

FitScore FitModel::score(const Prospect &prospect) const
{
    return compute(prospect, false);
}

FitScore FitModel::explain(const Prospect &prospect) const
{
    return compute(prospect, true);
}

FitScore FitModel::compute(const Prospect &prospect, bool withReasons) const
{
    const qsizetype count = m_attributes.size();
    QVarLengthArray<double, 16> matches(count);
    double totalWeight = 0;
    double knownWeight = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const FitAttribute &fit = m_attributes[i];
        const ChartValue value = prospect.value(fit.attribute.id);
        matches[i] = value.isUnknown() ? -1 : match(fit, value);
        const int weight = fitImportanceWeight(fit.importance);
        totalWeight += weight;
        if (matches[i] >= 0)
            knownWeight += weight;
    }

    FitScore result;
    result.confidence = totalWeight > 0 ? knownWeight / totalWeight : 0;
    QList<double> exact;
    double sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double weight = fitImportanceWeight(m_attributes[i].importance);
        const double points =
            matches[i] > 0 && knownWeight > 0 ? 100.0 * weight * matches[i] / knownWeight : 0;
        sum += points;
        if (withReasons)
            exact.append(points);
    }
    result.score = int(std::lround(sum));
    result.grade = grade(result.score, result.confidence);
    for (const Disqualifier &disqualifier : m_disqualifiers) {
        if (disqualifier.rule.matches(m_chart, prospect)) {
            result.disqualifiedBy = disqualifier;
            result.grade = FitGrade::NotAFit;
            break;
        }
    }
    if (!withReasons)
        return result;

    const QList<int> points = wholePoints(exact);
    for (qsizetype i = 0; i < count; ++i) {
        const FitAttribute &fit = m_attributes[i];
        FitReason reason;
        reason.attributeId = fit.attribute.id;
        reason.attribute = fit.attribute.label;
        reason.known = matches[i] >= 0;
        reason.value = displayText(prospect.value(fit.attribute.id), m_currency);
        reason.ideal = fit.ideal.text;
        reason.importance = fit.importance;
        reason.match = std::max(0.0, matches[i]);
        reason.points = points[i];
        result.reasons.append(reason);
    }
    return result;
}

QList<int> rankByFit(const QList<FitScore> &scores, const QStringList &names)
{
    auto tier = [](const FitScore &s) {
        return s.grade == FitGrade::NotAFit ? 2 : s.grade == FitGrade::Insufficient ? 1 : 0;
    };
    QList<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const FitScore &x = scores[a];
        const FitScore &y = scores[b];
        if (tier(x) != tier(y))
            return tier(x) < tier(y);
        if (x.score != y.score)
            return x.score > y.score;
        if (!qFuzzyCompare(x.confidence + 1, y.confidence + 1))
            return x.confidence > y.confidence;
        return names.value(a).localeAwareCompare(names.value(b)) < 0;
    });
    return order;
}

} // namespace clientele
