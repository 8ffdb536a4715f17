#pragma once

#include "clientele/domain/proposal.h"

#include <optional>

namespace clientele {

// Costs (from the proposal's lines) against benefits (what the user enters) over time.
//
//   cost(n)    = one-off cost    + monthly cost    × n
//   benefit(n) = one-off benefit + monthly benefit × n
//   return(n)  = benefit(n) − cost(n)                       (net return after n months)
//   ROI(n)     = return(n) / cost(n), in tenths of a percent, rounded half away from zero
//   payback    = (one-off cost − one-off benefit) / (monthly benefit − monthly cost), in
//                tenths of a month rounded half away from zero; 0 when nothing is owed up
//                front; none when the monthly net is not positive (it never pays back)
//
// All money is exact (cents); only the ROI and payback quotients are rounded.
struct CostBenefit {
    Money oneOffCost;
    Money monthlyCost;
    Money oneOffBenefit;
    Money monthlyBenefit;

    Money costOver(int months) const;
    Money benefitOver(int months) const;
    Money returnOver(int months) const { return benefitOver(months) - costOver(months); }
    Money returnOneYear() const { return returnOver(12); }
    Money returnThreeYears() const { return returnOver(36); }
    // Return over the cost, in tenths of a percent (1234 = 123.4 %); none when nothing costs.
    std::optional<qint64> roiTenthsPercent(int months) const;
    // Months until the benefits have covered the costs, in tenths of a month (42 = 4.2).
    std::optional<qint64> paybackTenthsOfMonth() const;

    static CostBenefit of(const Proposal &proposal);
};

// "4.2" or "12" from tenths; "123.4 %" for a percentage in tenths.
QString formatTenths(qint64 tenths);

} // namespace clientele
