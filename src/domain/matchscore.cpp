#include "clientele/domain/matchscore.h"

#include "clientele/domain/idealstatistics.h"

#include <algorithm>

namespace clientele {

namespace {

std::optional<bool> matchesPlace(const ChartPlace &place, const DerivedValue &ideal)
{
    std::optional<bool> result;
    if (!place.name.isEmpty() && !ideal.leaders.isEmpty())
        result = ideal.isLeader(place.name);
    if (place.distanceKm && ideal.range)
        result = result.value_or(false) || ideal.range->contains(*place.distanceKm);
    return result;
}

std::optional<bool> matchesYesNo(bool yes, const DerivedValue &ideal)
{
    const double half = 0.5;
    if (sameWeight(ideal.yesShare, half, 1.0))
        return true;
    return yes == (ideal.yesShare > half);
}

} // namespace

QString ClientMatch::label() const
{
    if (!isScored())
        return {};
    return isConfident() ? tr("%1% of %n", nullptr, comparedCount()).arg(percent())
                         : tr("%1% of %n (too few known)", nullptr, comparedCount()).arg(percent());
}

QString ClientMatch::description() const
{
    if (!isScored())
        return tr("Nothing to compare: none of the %n attributes the ideal has is known for "
                  "this client.",
                  nullptr, idealCount);
    return tr("Agrees on %1 of the %n attributes known (of %2 the ideal has).", nullptr,
              comparedCount())
        .arg(matched.size())
        .arg(idealCount);
}

std::optional<bool> matchesIdeal(const Attribute &attribute, const ChartValue &value,
                                 const DerivedValue &ideal)
{
    if (value.isUnknown() || !ideal.isKnown())
        return std::nullopt;
    switch (attribute.type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years:
        if (!value.number() || !ideal.range)
            return std::nullopt;
        return ideal.range->overlaps(*value.number());
    case AttributeType::MoneyOrRange:
        if (!value.money() || !ideal.moneyRange)
            return std::nullopt;
        return ideal.moneyRange->overlaps(*value.money());
    case AttributeType::Category:
    case AttributeType::Text:
        if (!value.text() || ideal.leaders.isEmpty())
            return std::nullopt;
        return ideal.isLeader(*value.text());
    case AttributeType::Tags:
        if (!value.tags() || ideal.leaders.isEmpty())
            return std::nullopt;
        return std::any_of(value.tags()->cbegin(), value.tags()->cend(),
                           [&](const QString &tag) { return ideal.isLeader(tag); });
    case AttributeType::Location:
        return value.place() ? matchesPlace(*value.place(), ideal) : std::nullopt;
    case AttributeType::YesNo:
        return value.yesNo() ? matchesYesNo(*value.yesNo(), ideal) : std::nullopt;
    }
    return std::nullopt;
}

ClientMatch matchClient(const IcpChart &chart, const IdealProfile &ideal, qint64 clientId)
{
    ClientMatch match;
    match.clientId = clientId;
    for (const Attribute &attribute : chart.attributes()) {
        const DerivedValue *derived = ideal.value(attribute.id);
        if (!derived || !derived->isKnown())
            continue;
        ++match.idealCount;
        const auto agrees =
            matchesIdeal(attribute, chart.cell(clientId, attribute.id).value, *derived);
        if (agrees)
            (*agrees ? match.matched : match.missed).append(attribute.id);
    }
    return match;
}

QList<ClientMatch> matchClients(const IcpChart &chart, const IdealProfile &ideal)
{
    QList<ClientMatch> matches;
    for (const ChartClient &client : chart.clients())
        matches.append(matchClient(chart, ideal, client.id));
    return matches;
}

} // namespace clientele
