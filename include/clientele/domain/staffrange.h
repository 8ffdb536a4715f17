#pragma once

#include "clientele/domain/range.h"
#include "clientele/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace clientele {

// A head count that may be exact ("40") or a range ("5-200"); unset when both bounds are 0.
// The bounds and range helpers (minimum, maximum, isExact, contains, overlaps) come from Range.
struct StaffRange : Range<int> {
    Q_DECLARE_TR_FUNCTIONS(clientele::StaffRange)

public:
    bool isEmpty() const { return minimum == 0 && maximum == 0; }
    QString toString() const;
    // Whole staff counts from a chart value such as a derived "20–50"; bounds round to nearest.
    static StaffRange fromNumberRange(const NumberRange &range);

    // Accepts "", "40", "5-200", "5 – 200", "5 to 200"; refuses anything else with a hint.
    static Result<StaffRange> parse(const QString &text);

    friend bool operator==(const StaffRange &, const StaffRange &) = default;
};

} // namespace clientele
