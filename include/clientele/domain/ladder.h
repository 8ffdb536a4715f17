#pragma once

#include "clientele/domain/offer.h"

#include <QList>

namespace clientele {

// The offers on the up-sell ladder, entry first, then core, then continuing; within a stage by
// position, then by id so the order is total.
QList<Offer> ladderOf(const QList<Offer> &offers);

// The ladder with positions renumbered 1, 2, 3, ... in climbing order, so a move is a swap of
// neighbours. Offers off the ladder are returned unchanged.
QList<Offer> renumberedLadder(QList<Offer> offers);

} // namespace clientele
