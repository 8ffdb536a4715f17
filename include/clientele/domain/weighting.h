#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

class IcpChart;

// How much each reference client counts when the ideal profile is derived. The source notes
// insist loyal clients who refer and give testimonials matter even when they spend less, so
// spend is one choice among three, never the only one.
enum class Weighting {
    Equal,     // every client counts once
    BySpend,   // weight = spend per year
    ByLoyalty, // weight = 1 + tenure (half a point a year, at most 5) + 2 per referral/testimonial
};

QList<Weighting> allWeightings();
// Stable key for storage and JSON ("equal", "spend", "loyalty").
QString weightingKey(Weighting weighting);
std::optional<Weighting> weightingFromKey(const QString &key);
// "Equal", "By spend", "By loyalty": what the derived column's header says is in use.
QString weightingLabel(Weighting weighting);
// "Weighting: by spend": which weighting is in use, as a whole sentence for each.
QString weightingInUse(Weighting weighting);
// One sentence with the formula, for tooltips and the printout.
QString weightingDescription(Weighting weighting);

// The weight of every reference client of the chart under `weighting`, and a note when a rule
// had to fill a gap ("2 clients without spend counted at the median spend").
struct ClientWeights {
    Weighting weighting = Weighting::Equal;
    QHash<qint64, double> weights;
    QString note;

    double weight(qint64 clientId) const { return weights.value(clientId, 0.0); }
};

// BySpend: weight = spend per year in major units (entered, or 12 x spend per month; a range
// counts as its midpoint; below zero counts as 0). Clients whose spend is unknown get the median
// weight of those known; when no client's spend is known every weight is 1.
// ByLoyalty: weight = 1 + min(years as customer, 10) / 2 + 2 x referred us + 2 x gave a
// testimonial, where a yes counts 1 and a no or unknown 0, and years are a range's midpoint or
// 0 when unknown. A ten-year client who never referred (6) weighs as much as a two-year client
// who referred and gave a testimonial (6).
ClientWeights clientWeights(const IcpChart &chart, Weighting weighting);

} // namespace clientele
