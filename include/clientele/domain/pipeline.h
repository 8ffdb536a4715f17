#pragma once

#include "clientele/domain/money.h"
#include "clientele/domain/proposal.h"

#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// How many proposals have one status, and what they are worth.
struct StatusFigures {
    int count = 0;
    Money value;

    friend bool operator==(const StatusFigures &, const StatusFigures &) = default;
};

// The figures above the proposals list. A proposal's value is its first-year value: the one-off
// total plus twelve months of the monthly total, so a retainer weighs as much as a year of it.
//
// Counts, the win rate and the days to a decision take every proposal; money is summed only
// over proposals in the workspace's currency, and `otherCurrencies` says how many were left out
// of the sums.
struct PipelineFigures {
    QString currency;
    StatusFigures draft;
    StatusFigures sent; // open: sent and awaiting a decision
    StatusFigures won;  // status Accepted
    StatusFigures lost; // status Declined
    // Won out of those decided (won + lost), in tenths of a percent rounded half away from zero
    // (667 = 66.7 %); none while nothing is decided.
    std::optional<qint64> winRateTenthsPercent;
    // Mean days from the day the first version was sent to the day of the decision, over the
    // decided proposals that were sent, in tenths of a day rounded half away from zero; none
    // when there are no such proposals.
    std::optional<qint64> daysToDecisionTenths;
    // The monthly totals of the proposals won.
    Money monthlyWon;
    // Proposals in another currency, counted but not in any sum.
    int otherCurrencies = 0;

    const StatusFigures &of(ProposalStatus status) const;
    // The value awaiting a decision, and the value won.
    Money sentValue() const { return sent.value; }
    Money wonValue() const { return won.value; }
};

// A proposal's first-year value: one-off total + 12 × monthly total.
Money firstYearValue(const Proposal &proposal);

// The pipeline of `proposals` with money in `currency`. The day a version was sent is its
// local date.
PipelineFigures pipelineFigures(const QList<Proposal> &proposals, const QString &currency);

} // namespace clientele
