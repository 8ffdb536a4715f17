#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"

#include <QList>
#include <QString>

namespace clientele {

// Why a change is not ticked at first in the preview.
enum class ChartApplyDoubt {
    None,
    HandWritten,  // the profile's field holds longer text of its own
    WeakMajority, // fewer than two thirds of the clients' weight hold the proposed value
};

// One segment field "Apply to profile…" would change, as the preview shows it.
struct ChartApplyChange {
    QString field; // the profile's field or list key: "industry", "businessSize", ...
    QString label; // "Industry"
    QString before;
    QString after;
    // Why the dialog leaves the row unticked at first, if it does.
    ChartApplyDoubt doubt = ChartApplyDoubt::None;
    // The weighted share of the reference clients behind the proposed value, 0..1; 1 when the
    // value is not a majority's choice (a staff range spans every client).
    double share = 1.0;

    bool suggested() const { return doubt == ChartApplyDoubt::None; }

    friend bool operator==(const ChartApplyChange &, const ChartApplyChange &) = default;
};

// A proposed value is held by a strong majority from two thirds of the clients' weight up.
inline constexpr double strongMajority = 2.0 / 3.0;

// What applying the derived ideal to one profile would do: the profile before and after, and
// the fields that differ. Fields the ideal knows nothing about are left as they are.
struct ChartApplyPreview {
    qint64 profileId = 0;
    CustomerProfile before;
    CustomerProfile after;
    QList<ChartApplyChange> changes;

    bool hasChanges() const { return !changes.isEmpty(); }
    // The profile with only the changes of the given fields (ChartApplyChange::field) applied.
    CustomerProfile chosen(const QStringList &fields) const;
};

// The segment fields the derived column fills in:
// - industry and business type: the leading value(s) of the Industry and Type of business
//   attributes ("Manufacturing", or "Manufacturing, Engineering" when tied);
// - business size: the staff range of Number of employees (lowest to highest, whole staff);
// - technographics: only when the chart has an attribute of the user's own labelled
//   "Technographics" (or "Software", "Systems"), its common values are added to the list if
//   missing; existing items are kept with their ids, so links to them survive.
// Customer, demographics, psychographics and everything outside the segment are untouched.
// A change is not suggested when the profile's field is non-empty, differs and is longer than
// the proposed value (a hand-written description), or when its share is below strongMajority.
ChartApplyPreview previewChartApply(const IcpChart &chart, const IdealProfile &ideal,
                                    const CustomerProfile &profile);

} // namespace clientele
