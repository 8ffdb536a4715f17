#include "clientele/domain/matchscore.h"

#include "clientele/domain/idealstatistics.h"

#include <algorithm>

namespace clientele {

namespace {

bool isLeader(const DerivedValue &ideal, const QString &value)
{
    return std::any_of(ideal.leaders.cbegin(), ideal.leaders.cend(), [&](const ValueShare &l) {
        return l.value.compare(value.simplified(), Qt::CaseInsensitive) == 0;
    });
}

std::optional<bool> matchesPlace(const ChartPlace &place, const DerivedValue &ideal)
{
    std::optional<bool> result;
    if (!place.name.isEmpty() && !ideal.leaders.isEmpty())
        result = isLeader(ideal, place.name);
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
        return isLeader(ideal, *value.text());
    case AttributeType::Tags:
        if (!value.tags() || ideal.leaders.isEmpty())
            return std::nullopt;
        return std::any_of(value.tags()->cbegin(), value.tags()->cend(),
                           [&](const QString &tag) { return isLeader(ideal, tag); });
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
        if (!derived)
            continue;
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
