#include "clientele/domain/idealprofile.h"

#include "clientele/domain/charttext.h"
#include "clientele/domain/idealstatistics.h"
#include "idealderive.h"

#include <algorithm>

namespace clientele {

namespace ideal {

void deriveNumbers(DerivedValue &out, const QList<Known> &known)
{
    QList<WeightedValue> points;
    for (const Known &k : known) {
        const NumberRange &range = *k.value.number();
        points.append({midpoint(range), k.weight});
        out.range = out.range ? out.range->united(range) : range;
    }
    out.median = weightedMedian(points);
    if (!out.median)
        return;
    out.text = formatNumber(*out.median);
    if (!out.range->isExact())
        out.text += QStringLiteral(" (%1)").arg(formatNumberRange(*out.range));
}

void deriveMoney(DerivedValue &out, const QList<Known> &known)
{
    QList<WeightedMoney> points;
    for (const Known &k : known) {
        const MoneyRange &range = *k.value.money();
        points.append({midpoint(range), k.weight});
        out.moneyRange = out.moneyRange ? out.moneyRange->united(range) : range;
    }
    out.medianMoney = weightedMedian(points);
    if (!out.medianMoney)
        return;
    out.text = out.medianMoney->toShortDisplayString();
    if (!out.moneyRange->isExact())
        out.text += QStringLiteral(" (%1)").arg(formatMoneyRange(*out.moneyRange));
}

} // namespace ideal

namespace {

// Whether a value is of the kind this attribute's derivation reads.
bool fits(AttributeType type, const ChartValue &value)
{
    switch (type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years: return value.number() != nullptr;
    case AttributeType::MoneyOrRange: return value.money() != nullptr;
    case AttributeType::Category:
    case AttributeType::Text: return value.text() != nullptr && !value.text()->isEmpty();
    case AttributeType::Tags: return value.tags() != nullptr && !value.tags()->isEmpty();
    case AttributeType::Location: return value.place() != nullptr;
    case AttributeType::YesNo: return value.yesNo().has_value();
    }
    return false;
}

} // namespace

bool DerivedValue::isLeader(const QString &text) const
{
    return std::any_of(leaders.cbegin(), leaders.cend(),
                       [&](const ValueShare &leader) { return sameCellText(leader.value, text); });
}

const DerivedValue *IdealProfile::value(qint64 attributeId) const
{
    for (const DerivedValue &v : values) {
        if (v.attributeId == attributeId)
            return &v;
    }
    return nullptr;
}

QString IdealProfile::weightingText() const
{
    QString text = weightingInUse(weighting);
    if (!weights.note.isEmpty())
        text += QStringLiteral(" — ") + weights.note;
    return text;
}

DerivedValue deriveValue(const IcpChart &chart, const Attribute &attribute,
                         const ClientWeights &weights)
{
    DerivedValue out;
    out.attributeId = attribute.id;
    out.type = attribute.type;
    QList<ideal::Known> known;
    for (const ChartClient &client : chart.clients()) {
        if (!client.isReference)
            continue;
        ++out.clientCount;
        const ChartCell cell = chart.cell(client.id, attribute.id);
        if (fits(attribute.type, cell.value))
            known.append({cell.value, weights.weight(client.id)});
    }
    out.knownCount = int(known.size());
    for (const ideal::Known &k : known)
        out.knownWeight += k.weight;
    Weighting weighting = weights.weighting;
    if (!known.isEmpty() && !(out.knownWeight > 0)) {
        for (ideal::Known &k : known)
            k.weight = 1;
        out.knownWeight = double(known.size());
        weighting = Weighting::Equal;
    }
    if (known.isEmpty())
        return out;

    switch (attribute.type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years: ideal::deriveNumbers(out, known); break;
    case AttributeType::MoneyOrRange: ideal::deriveMoney(out, known); break;
    case AttributeType::Category: ideal::deriveCommonText(out, known, weighting, false); break;
    case AttributeType::Text: ideal::deriveCommonText(out, known, weighting, true); break;
    case AttributeType::Location: ideal::deriveLocation(out, known, weighting); break;
    case AttributeType::Tags: ideal::deriveTags(out, known, weighting); break;
    case AttributeType::YesNo: ideal::deriveYesNo(out, known, weighting); break;
    }
    return out;
}

IdealProfile deriveIdealProfile(const IcpChart &chart)
{
    return deriveIdealProfile(chart, chart.weighting());
}

IdealProfile deriveIdealProfile(const IcpChart &chart, Weighting weighting)
{
    IdealProfile profile;
    profile.weighting = weighting;
    profile.weights = clientWeights(chart, weighting);
    profile.clientCount = int(chart.referenceClients().size());
    for (const Attribute &attribute : chart.attributes())
        profile.values.append(deriveValue(chart, attribute, profile.weights));
    return profile;
}

} // namespace clientele
