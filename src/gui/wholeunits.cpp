#include "wholeunits.h"

#include <cmath>

namespace clientele {

QString wholeUnits(const Money &money)
{
    const qint64 unit = qRound64(std::pow(10, money.decimals()));
    return Money(Money::divideRounded(money.minorUnits(), unit) * unit, money.currency())
        .toDisplayString();
}

} // namespace clientele
