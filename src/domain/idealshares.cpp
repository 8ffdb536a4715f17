// Derivation rules for values that are counted rather than measured: categories, text,
// locations, tags and yes/no answers.
#include "clientele/domain/idealstatistics.h"
#include "idealderive.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace clientele::ideal {

namespace {

// Groups equal values (ignoring case and spacing) in order of first appearance; the first
// spelling seen names the group.
QList<ValueShare> tally(const QList<std::pair<QString, double>> &items)
{
    QList<ValueShare> groups;
    for (const auto &[value, weight] : items) {
        // Named capture: Clang 14 cannot capture a structured binding implicitly.
        auto it = std::find_if(groups.begin(), groups.end(), [&value = value](const ValueShare &g) {
            return g.value.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (it == groups.end())
            groups.append({value, 1, weight});
        else {
            ++it->count;
            it->weight += weight;
        }
    }
    return groups;
}

// The group(s) with the most weight; ties stay in chart order.
QList<ValueShare> leadersOf(const QList<ValueShare> &groups, double total)
{
    double best = 0;
    for (const ValueShare &g : groups)
        best = std::max(best, g.weight);
    QList<ValueShare> leaders;
    for (const ValueShare &g : groups) {
        if (sameWeight(g.weight, best, total))
            leaders.append(g);
    }
    return leaders;
}

// "72% by spend" ("72% each by spend" for tied leaders): the share of the weight beside the
// count when the weighting is not equal, so counts and weights are both visible.
QString weightedShare(double share, Weighting weighting, bool each)
{
    const long shown = std::lround(share * 100);
    switch (weighting) {
    case Weighting::Equal: return {};
    case Weighting::BySpend:
        return (each ? QCoreApplication::translate("clientele::IdealProfile", "%1% each by spend")
                     : QCoreApplication::translate("clientele::IdealProfile", "%1% by spend"))
            .arg(shown);
    case Weighting::ByLoyalty:
        return (each ? QCoreApplication::translate("clientele::IdealProfile", "%1% each by loyalty")
                     : QCoreApplication::translate("clientele::IdealProfile", "%1% by loyalty"))
            .arg(shown);
    }
    return {};
}

// " (72% by spend)", or nothing when the weighting is equal.
QString weightedNote(double share, Weighting weighting, bool each)
{
    const QString shown = weightedShare(share, weighting, each);
    return shown.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown);
}

// "Manufacturing — 3 of 5", "Law, Retail — 2 of 5 each", "A — 2 of 5, B — 1 of 5".
QString leadersText(const QList<ValueShare> &leaders, int of, double total, Weighting weighting)
{
    const bool sameCount = std::all_of(leaders.cbegin(), leaders.cend(), [&](const ValueShare &l) {
        return l.count == leaders.first().count;
    });
    QString text;
    if (sameCount) {
        QStringList names;
        for (const ValueShare &l : leaders)
            names.append(l.value);
        text = (leaders.size() > 1
                    ? QCoreApplication::translate("clientele::IdealProfile", "%1 — %2 of %3 each")
                    : QCoreApplication::translate("clientele::IdealProfile", "%1 — %2 of %3"))
                   .arg(names.join(QStringLiteral(", ")))
                   .arg(leaders.first().count)
                   .arg(of);
    } else {
        QStringList parts;
        for (const ValueShare &l : leaders)
            parts.append(QCoreApplication::translate("clientele::IdealProfile", "%1 — %2 of %3")
                             .arg(l.value)
                             .arg(l.count)
                             .arg(of));
        text = parts.join(QStringLiteral(", "));
    }
    return text + weightedNote(leaders.first().weight / total, weighting, leaders.size() > 1);
}

// Leaders and their text for a list of (value, weight); empty text and leaders when no value is
// held by more than one client although several are known and `needRepeat` is set.
QString commonText(DerivedValue &out, const QList<std::pair<QString, double>> &items,
                   Weighting weighting, bool needRepeat, const QString &none)
{
    double total = 0;
    for (const auto &item : items)
        total += item.second;
    const QList<ValueShare> leaders = leadersOf(tally(items), total);
    const bool allDifferent = leaders.first().count < 2 && items.size() > 1;
    if (needRepeat && allDifferent)
        return none;
    out.leaders = leaders;
    return leadersText(leaders, int(items.size()), total, weighting);
}

} // namespace

void deriveCommonText(DerivedValue &out, const QList<Known> &known, Weighting weighting,
                      bool needRepeat)
{
    QList<std::pair<QString, double>> items;
    for (const Known &k : known)
        items.append({k.value.text()->simplified(), k.weight});
    out.text =
        commonText(out, items, weighting, needRepeat,
                   QCoreApplication::translate("clientele::IdealProfile", "No common value"));
}

void deriveLocation(DerivedValue &out, const QList<Known> &known, Weighting weighting)
{
    QList<std::pair<QString, double>> names;
    QList<WeightedValue> distances;
    for (const Known &k : known) {
        const ChartPlace &place = *k.value.place();
        if (!place.name.isEmpty())
            names.append({place.name.simplified(), k.weight});
        if (place.distanceKm) {
            distances.append({*place.distanceKm, k.weight});
            const NumberRange at = NumberRange::exactly(*place.distanceKm);
            out.range = out.range ? out.range->united(at) : at;
        }
    }
    QStringList parts;
    if (!names.isEmpty())
        parts.append(
            commonText(out, names, weighting, true,
                       QCoreApplication::translate("clientele::IdealProfile", "No common place")));
    out.median = weightedMedian(distances);
    if (out.median) {
        QString distance = QCoreApplication::translate("clientele::IdealProfile", "median %1 km")
                               .arg(formatNumber(*out.median));
        if (!out.range->isExact())
            distance += QStringLiteral(" (%1 km)").arg(formatNumberRange(*out.range));
        parts.append(distance);
    }
    out.text = parts.join(QStringLiteral("; "));
}

void deriveTags(DerivedValue &out, const QList<Known> &known, Weighting weighting)
{
    QList<std::pair<QString, double>> items;
    for (const Known &k : known) {
        // Each client counts a tag once, however it was typed.
        const QList<ValueShare> own = tally([&] {
            QList<std::pair<QString, double>> tags;
            for (const QString &tag : *k.value.tags())
                tags.append({tag.simplified(), k.weight});
            return tags;
        }());
        for (const ValueShare &tag : own)
            items.append({tag.value, k.weight});
    }
    QList<ValueShare> groups = tally(items);
    const double half = out.knownWeight / 2;
    groups.removeIf([&](const ValueShare &g) {
        return g.weight < half && !sameWeight(g.weight, half, out.knownWeight);
    });
    std::stable_sort(groups.begin(), groups.end(), [&](const ValueShare &a, const ValueShare &b) {
        if (!sameWeight(a.weight, b.weight, out.knownWeight))
            return a.weight > b.weight;
        return a.count > b.count;
    });
    out.leaders = groups;
    if (groups.isEmpty()) {
        out.text = QCoreApplication::translate("clientele::IdealProfile",
                                               "No tag held by half the clients");
        return;
    }
    QStringList parts;
    for (const ValueShare &g : groups) {
        QString count = QCoreApplication::translate("clientele::IdealProfile", "%1 of %2")
                            .arg(g.count)
                            .arg(out.knownCount);
        if (weighting != Weighting::Equal)
            count =
                QStringLiteral("%1, %2").arg(count, weightedShare(out.share(g), weighting, false));
        parts.append(QStringLiteral("%1 (%2)").arg(g.value, count));
    }
    out.text = parts.join(QStringLiteral(", "));
}

void deriveYesNo(DerivedValue &out, const QList<Known> &known, Weighting weighting)
{
    double yesWeight = 0;
    for (const Known &k : known) {
        if (*k.value.yesNo()) {
            ++out.yesCount;
            yesWeight += k.weight;
        }
    }
    out.yesShare = out.knownWeight > 0 ? yesWeight / out.knownWeight : 0;
    out.text = QCoreApplication::translate("clientele::IdealProfile", "%1 of %2 yes")
                   .arg(out.yesCount)
                   .arg(out.knownCount)
               + weightedNote(out.yesShare, weighting, false);
}

} // namespace clientele::ideal
