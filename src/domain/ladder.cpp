#include "clientele/domain/ladder.h"

#include <algorithm>
#include <tuple>

namespace clientele {

QList<Offer> ladderOf(const QList<Offer> &offers)
{
    QList<Offer> rungs;
    for (const Offer &offer : offers)
        if (offer.ladder)
            rungs.append(offer);
    std::stable_sort(rungs.begin(), rungs.end(), [](const Offer &a, const Offer &b) {
        return std::tuple(int(a.ladder->stage), a.ladder->position, a.id)
               < std::tuple(int(b.ladder->stage), b.ladder->position, b.id);
    });
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
