#pragma once

// Which items of two states of a list are the same item, for the change lists of proposals and
// review rounds; internal to the domain library.

#include "clientele/domain/itemfields.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace clientele::detail {

// An item of the earlier list beside its counterpart in the later one; -1 on the side where it
// is absent (added or removed).
struct MatchedPair {
    qsizetype before = -1;
    qsizetype after = -1;
};

// Pairs items by the first rule that holds for them, rule by rule (say: same uuid, then same
// offer, then same description), each item at most once. The pairs come in reading order: the
// later list's order, with a removed item just before the items that took its place.
template <typename Item>
QList<MatchedPair> matchItems(const QList<Item> &before, const QList<Item> &after,
                              const QList<std::function<bool(const Item &, const Item &)>> &rules)
{
    QList<qsizetype> partnerOfAfter(after.size(), -1);
    QList<bool> taken(before.size(), false);
    for (const auto &same : rules) {
        for (qsizetype a = 0; a < after.size(); ++a) {
            if (partnerOfAfter[a] >= 0)
                continue;
            for (qsizetype b = 0; b < before.size(); ++b) {
                if (!taken[b] && same(before[b], after[a])) {
                    partnerOfAfter[a] = b;
                    taken[b] = true;
                    break;
                }
            }
        }
    }
    QList<MatchedPair> pairs;
    qsizetype next = 0; // the first earlier item not yet passed
    const auto removedUpTo = [&](qsizetype end) {
        for (; next < end; ++next)
            if (!taken[next])
                pairs.append({next, -1});
    };
    for (qsizetype a = 0; a < after.size(); ++a) {
        // Removed items go before what took their place: up to the next item kept.
        qsizetype kept = a;
        while (kept < after.size() && partnerOfAfter[kept] < 0)
            ++kept;
        removedUpTo(kept < after.size() ? partnerOfAfter[kept] : before.size());
        pairs.append({partnerOfAfter[a], a});
    }
    removedUpTo(before.size());
    return pairs;
}

// Two lists of plain entries compared entry by entry: entries both keep (the longest common
// run, in order) are left out; between them a removed entry and an added one at the same place
// pair up as one edit, and the rest are removed or added.
QList<MatchedPair> entryEdits(const QStringList &before, const QStringList &after);

// A change of a whole list field (one entry a line) as a change per entry added, removed or
// edited in place, keyed "<key>/<place>" ("+2" added, "-1" removed, "3" edited).
QList<FieldChange> entryChanges(const FieldChange &whole);

} // namespace clientele::detail
