#pragma once

#include <QStringView>

namespace clientele::detail {

// The three numbers of a date as written, before anyone decides which is the day.
struct DateParts {
    bool ok = false;
    bool yearFirst = false;  // four-digit first part: always year-month-day
    bool namedMonth = false; // "01-Mar-2024": the month is spelled, so nothing is ambiguous
    int namedMonthValue = 0; // the month number when namedMonth, stored in the month slot
    int a = 0, b = 0, c = 0;
    int yearDigits = 0; // digits of the last part, when not year-first
};

DateParts splitDate(QStringView text);

} // namespace clientele::detail
