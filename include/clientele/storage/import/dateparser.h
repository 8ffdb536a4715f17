#pragma once

#include "clientele/domain/result.h"

#include <QDate>
#include <QStringView>

namespace clientele {

// How the parts of a numeric date are ordered. Auto accepts only dates that cannot be read two
// ways: year-first dates, or a day above 12.
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

// "day/month/year", ..., as the workspace stores it with each import; dateOrderLabel() is the
// same name as the user reads it.
QString dateOrderName(DateOrder order);
QString dateOrderLabel(DateOrder order);

// Reads "2024-03-01", "01/03/2024", "3/1/2024", "1.3.2024", "01-Mar-2024" (a trailing time is
// ignored). Year-first dates are always year-month-day. Two-digit years are read as 2000-2068 for
// 00-68 and 1969-1999 for 69-99 (the POSIX rule).
Result<QDate> parseDate(QStringView text, DateOrder order);

} // namespace clientele
