#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"

#include <QList>
#include <QString>

namespace clientele {

// One segment field "Apply to profile…" would change, as the preview shows it.
struct ChartApplyChange {
    QString field; // the profile's field or list key: "industry", "businessSize", ...
    QString label; // "Industry"
    QString before;
    QString after;

    friend bool operator==(const ChartApplyChange &, const ChartApplyChange &) = default;
};

// What applying the derived ideal to one profile would do: the profile before and after, and
// the fields that differ. Fields the ideal knows nothing about are left as they are.
struct ChartApplyPreview {
    qint64 profileId = 0;
    CustomerProfile before;
    CustomerProfile after;
    QList<ChartApplyChange> changes;

    bool hasChanges() const { return !changes.isEmpty(); }
};

// The segment fields the derived column fills in:
// - industry and business type: the leading value(s) of the Industry and Type of business
//   attributes ("Manufacturing", or "Manufacturing, Engineering" when tied);
// - business size: the staff range of Number of employees (lowest to highest, whole staff);
// - technographics: only when the chart has an attribute of the user's own labelled
//   "Technographics" (or "Software", "Systems"), its common values are added to the list if
//   missing; existing items are kept with their ids, so links to them survive.
// Customer, demographics, psychographics and everything outside the segment are untouched.
ChartApplyPreview previewChartApply(const IcpChart &chart, const IdealProfile &ideal,
                                    const CustomerProfile &profile);

} // namespace clientele
