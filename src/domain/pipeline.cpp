#include "clientele/domain/pipeline.h"

#include "clientele/domain/proposalfinance.h"

namespace clientele {

namespace {

// The figures of one status, to read or to add to.
template <typename Figures> auto &figuresOf(Figures &figures, ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft: return figures.draft;
    case ProposalStatus::Sent: return figures.sent;
    case ProposalStatus::Accepted: return figures.won;
    case ProposalStatus::Declined: return figures.lost;
    }
    return figures.draft;
}

} // namespace

const StatusFigures &PipelineFigures::of(ProposalStatus status) const
{
    return figuresOf(*this, status);
}

Money firstYearValue(const Proposal &proposal)
{
    return CostBenefit::of(proposal).costOver(12);
}

PipelineFigures pipelineFigures(const QList<Proposal> &proposals, const QString &currency)
{
    PipelineFigures figures;
    figures.currency = currency;
    for (StatusFigures *status : {&figures.draft, &figures.sent, &figures.won, &figures.lost})
        status->value = Money(0, currency);
    figures.monthlyWon = Money(0, currency);

    qint64 decidedDays = 0;
    qint64 decidedSent = 0;
    for (const Proposal &proposal : proposals) {
        StatusFigures &status = figuresOf(figures, proposal.status);
        ++status.count;
        if (proposal.currency == currency) {
            status.value += firstYearValue(proposal);
            if (proposal.status == ProposalStatus::Accepted)
                figures.monthlyWon += proposal.monthlyTotal();
        } else {
            ++figures.otherCurrencies;
        }
        if (proposal.isClosed() && !proposal.sent.isEmpty() && proposal.outcome.date.isValid()) {
            const QDate sentOn = proposal.sent.first().sentAt.toLocalTime().date();
            decidedDays += sentOn.daysTo(proposal.outcome.date);
            ++decidedSent;
        }
    }
    const qint64 decided = figures.won.count + figures.lost.count;
    if (decided > 0)
        figures.winRateTenthsPercent = Money::divideRounded(figures.won.count * 1000LL, decided);
    if (decidedSent > 0)
        figures.daysToDecisionTenths = Money::divideRounded(decidedDays * 10, decidedSent);
    return figures;
}

} // namespace clientele
