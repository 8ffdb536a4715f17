#pragma once

#include "clientele/domain/money.h"

namespace clientele {

// Money in whole currency units ("$1,152"), the one format of every view that compares
// customers: cents only make the columns ragged. Exact amounts go in tooltips.
QString wholeUnits(const Money &money);

} // namespace clientele
