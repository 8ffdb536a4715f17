#pragma once

#include "clientele/domain/money.h"
#include "clientele/domain/result.h"

#include <QString>

namespace clientele {

// A value that is either exact (minimum == maximum) or known only to lie within bounds, such as
// "20-50" staff or "$1M-$5M" revenue. Both bounds are inclusive; minimum <= maximum.
template <typename T> struct Range {
    T minimum{};
    T maximum{};

    static Range exactly(const T &value) { return Range{value, value}; }

    bool isExact() const { return minimum == maximum; }
    bool contains(const T &value) const { return !(value < minimum) && !(maximum < value); }
    bool contains(const Range &other) const
    {
        return !(other.minimum < minimum) && !(maximum < other.maximum);
    }
    bool overlaps(const Range &other) const
    {
        return !(other.maximum < minimum) && !(maximum < other.minimum);
    }
    // The smallest range holding both.
    Range united(const Range &other) const
    {
        return Range{other.minimum < minimum ? other.minimum : minimum,
                     maximum < other.maximum ? other.maximum : maximum};
    }

    friend bool operator==(const Range &, const Range &) = default;
};

// Plain quantities: staff counts, years, distances in km.
using NumberRange = Range<double>;
// Amounts of money in one currency.
using MoneyRange = Range<Money>;

// The single value that stands for a range in a median: halfway between its bounds (money is
// rounded half away from zero).
double midpoint(const NumberRange &range);
Money midpoint(const MoneyRange &range);

// Parses "40", "1,200", "2.5", "20-50", "20 – 50", "20 to 50"; both bounds >= 0. An optional
// trailing unit word the chart uses ("staff", "employees", "people", "years", "yrs", "km") is
// ignored. Empty text is an error: callers decide what empty means.
Result<NumberRange> parseNumberRange(const QString &text);
// Parses one amount or a range of amounts: "$1,200", "$1M-$5M", "AUD 1M to 5M". A currency named
// on the first amount applies to the second unless it names its own (which must agree).
Result<MoneyRange> parseMoneyRange(const QString &text, const QString &defaultCurrency);

// "40", "1,200", "2.5", "0.33": grouped, at most two decimals, no trailing zeros.
QString formatNumber(double value);
// "40" or "20–50" (en dash), the form parseNumberRange() reads back.
QString formatNumberRange(const NumberRange &range);
// "$1,200" or "$1M–$5M" (short display form), which parseMoneyRange() reads back.
// `home`: the currency "$" stands for; others are written with their code.
QString formatMoneyRange(const MoneyRange &range, const QString &home = {});

} // namespace clientele
