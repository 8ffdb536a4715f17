#include "clientele/domain/retainerterms.h"

namespace clientele {

std::optional<Money> RetainerTerms::effectiveHourlyRate() const
{
    if (hoursPerMonth <= 0)
        return std::nullopt;
    return monthlyFee.dividedBy(hoursPerMonth);
}

Money RetainerTerms::yearlyValue() const
{
    return monthlyFee * 12;
}

Money RetainerTerms::minimumTermValue() const
{
    return monthlyFee * minimumTermMonths;
}

} // namespace clientele
