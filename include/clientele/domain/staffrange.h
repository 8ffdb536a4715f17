#pragma once

#include "clientele/domain/result.h"

#include <QString>

namespace clientele {

// A head count that may be exact ("40") or a range ("5-200"); unset when both bounds are 0.
struct StaffRange {
    int minimum = 0;
    int maximum = 0;

    bool isEmpty() const { return minimum == 0 && maximum == 0; }
    bool isExact() const { return minimum == maximum; }
    bool contains(int staff) const { return staff >= minimum && staff <= maximum; }
    QString toString() const;

    // Accepts "", "40", "5-200", "5 – 200", "5 to 200"; refuses anything else with a hint.
    static Result<StaffRange> parse(const QString &text);

    friend bool operator==(const StaffRange &, const StaffRange &) = default;
};

} // namespace clientele
