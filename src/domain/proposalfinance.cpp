#include "clientele/domain/proposalfinance.h"

namespace clientele {

Money CostBenefit::costOver(int months) const
{
    return oneOffCost + monthlyCost * months;
}

Money CostBenefit::benefitOver(int months) const
{
    return oneOffBenefit + monthlyBenefit * months;
}

std::optional<qint64> CostBenefit::roiTenthsPercent(int months) const
{
    const Money cost = costOver(months);
    if (cost.minorUnits() <= 0)
        return std::nullopt;
    return Money::divideRounded(returnOver(months).minorUnits() * 1000, cost.minorUnits());
}

std::optional<qint64> CostBenefit::paybackTenthsOfMonth() const
{
    const qint64 upfront = (oneOffCost - oneOffBenefit).minorUnits();
    if (upfront <= 0)
        return 0;
    const qint64 monthlyNet = (monthlyBenefit - monthlyCost).minorUnits();
    if (monthlyNet <= 0)
        return std::nullopt;
    return Money::divideRounded(upfront * 10, monthlyNet);
}

CostBenefit CostBenefit::of(const Proposal &proposal)
{
    CostBenefit result;
    result.oneOffCost = proposal.oneOffTotal();
    result.monthlyCost = proposal.monthlyTotal();
    result.oneOffBenefit = Money(0, proposal.currency);
    result.monthlyBenefit = Money(0, proposal.currency);
    for (const ProposalBenefit &benefit : proposal.benefits) {
        if (benefit.billing == Billing::Monthly)
            result.monthlyBenefit += benefit.amount;
        else
            result.oneOffBenefit += benefit.amount;
    }
    return result;
}

QString formatTenths(qint64 tenths)
{
    const bool negative = tenths < 0;
    const qint64 magnitude = negative ? -tenths : tenths;
    QString text = QString::number(magnitude / 10);
    if (magnitude % 10 != 0)
        text += QLatin1Char('.') + QString::number(magnitude % 10);
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace clientele
