#include "clientele/domain/ladder.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace clientele {

QList<Offer> ladderOf(const QList<Offer> &offers)
{
    // Sorted by key and index rather than by the offers themselves: cheaper to move, and the
    // keys hold no optionals for the optimiser to worry about.
    using Key = std::tuple<int, int, qint64>;
    QList<std::pair<Key, qsizetype>> keyed;
    for (qsizetype i = 0; i < offers.size(); ++i)
        if (const auto &place = offers.at(i).ladder)
            keyed.append({Key(int(place->stage), place->position, offers.at(i).id), i});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Offer> rungs;
    rungs.reserve(keyed.size());
    for (const auto &entry : keyed)
        rungs.append(offers.at(entry.second));
    return rungs;
}

QList<Offer> renumberedLadder(QList<Offer> offers)
{
    const QList<Offer> rungs = ladderOf(offers);
    for (Offer &offer : offers) {
        if (!offer.ladder)
            continue;
        for (int i = 0; i < rungs.size(); ++i)
            if (rungs.at(i).id == offer.id)
                offer.ladder->position = i + 1;
    }
    return offers;
}

} // namespace clientele
