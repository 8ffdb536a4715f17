#pragma once

#include "clientele/domain/money.h"

#include <QList>

#include <optional>

namespace clientele {

// A value and how much it counts (its client's weight).
struct WeightedValue {
    double value = 0;
    double weight = 1;
};

struct WeightedMoney {
    Money value;
    double weight = 1;
};

// The weighted median: sort by value and walk the running total of weights; the median is the
// first value at which the running total reaches half of all weight. When the running total
// lands exactly on half, the median is halfway between that value and the next. With equal
// weights this is the ordinary median (the middle value, or the mean of the two middle values
// for an even count). Values with weight 0 or less are ignored; nullopt when none is left.
std::optional<double> weightedMedian(const QList<WeightedValue> &values);
// The same rule for money; halfway is rounded half away from zero.
std::optional<Money> weightedMedian(const QList<WeightedMoney> &values);

// Two weights (or shares) this close count as equal, so ties are found despite rounding.
bool sameWeight(double a, double b, double total);

} // namespace clientele
