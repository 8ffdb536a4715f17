#pragma once

#include "clientele/domain/money.h"

#include <QStringList>

#include <optional>

namespace clientele {

// The terms of a monthly retainer, kept as data so documents and sums read from one place.
//
// Money rule (as everywhere): amounts are whole cents; a division rounds half away from zero.
struct RetainerTerms {
    Money monthlyFee;
    // Hours of work the fee covers each month.
    int hoursPerMonth = 0;
    // Whether hours not used in a month may be used later. The usual retainer: they may not.
    bool unusedHoursCarryOver = false;
    // What the fee covers beyond the hours (e.g. "Annual Odoo version upgrade") and what those
    // inclusions leave out (e.g. "Third-party apps").
    QStringList feeIncludes;
    QStringList feeExcludes;
    int minimumTermMonths = 0;
    int noticeDays = 0;

    // monthlyFee / hoursPerMonth, rounded half away from zero to the cent: $1,500 for 12 hours
    // is $125.00, $1,000 for 3 hours is $333.33. None when no hours are included.
    std::optional<Money> effectiveHourlyRate() const;
    // monthlyFee × 12, exact.
    Money yearlyValue() const;
    // monthlyFee × minimumTermMonths, exact: what the client commits to at the least.
    Money minimumTermValue() const;

    friend bool operator==(const RetainerTerms &, const RetainerTerms &) = default;
};

} // namespace clientele
