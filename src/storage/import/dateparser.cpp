#include "clientele/storage/import/dateparser.h"

#include "dateparts.h"

#include <QCoreApplication>

namespace clientele {

namespace {

Error notADate(QStringView text, const QString &why)
{
    return Error{
        QCoreApplication::translate("clientele::Import", "\u201C%1\u201D is not a date: %2")
            .arg(text.toString(), why)};
}

int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 69 ? 2000 + year : 1900 + year;
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear: return QStringLiteral("day/month/year");
    case DateOrder::MonthDayYear: return QStringLiteral("month/day/year");
    case DateOrder::YearMonthDay: return QStringLiteral("year-month-day");
    case DateOrder::Auto: break;
    }
    return QStringLiteral("automatic");
}

QString dateOrderLabel(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QCoreApplication::translate("clientele::Import", "day/month/year");
    case DateOrder::MonthDayYear:
        return QCoreApplication::translate("clientele::Import", "month/day/year");
    case DateOrder::YearMonthDay:
        return QCoreApplication::translate("clientele::Import", "year-month-day");
    case DateOrder::Auto: break;
    }
    return QCoreApplication::translate("clientele::Import", "automatic", "date order");
}

Result<QDate> parseDate(QStringView text, DateOrder order)
{
    const detail::DateParts parts = detail::splitDate(text);
    if (!parts.ok)
        return notADate(
            text, QCoreApplication::translate("clientele::Import",
                                              "expected a form like 2024-03-31 or 31/03/2024."));
    int year = 0, month = 0, day = 0;
    if (parts.yearFirst) {
        year = parts.a;
        month = parts.b;
        day = parts.c;
    } else {
        if (order == DateOrder::YearMonthDay)
            return notADate(text, QCoreApplication::translate("clientele::Import",
                                                              "the year should come first."));
        if (parts.yearDigits != 2 && parts.yearDigits != 4)
            return notADate(text, QCoreApplication::translate("clientele::Import",
                                                              "the year should have four digits."));
        year = fullYear(parts.c, parts.yearDigits);
        bool dayFirst = order == DateOrder::DayMonthYear;
        if (parts.namedMonth) {
            dayFirst = parts.b == parts.namedMonthValue;
        } else if (order == DateOrder::Auto) {
            if (parts.a > 12 && parts.b <= 12)
                dayFirst = true;
            else if (parts.b > 12 && parts.a <= 12)
                dayFirst = false;
            else if (parts.a != parts.b)
                return notADate(text,
                                QCoreApplication::translate("clientele::Import",
                                                            "it could be day/month or month/day; "
                                                            "choose the date order."));
        }
        day = dayFirst ? parts.a : parts.b;
        month = dayFirst ? parts.b : parts.a;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return notADate(
            text, order == DateOrder::Auto || parts.yearFirst
                      ? QCoreApplication::translate("clientele::Import", "there is no such day.")
                      : QCoreApplication::translate("clientele::Import",
                                                    "there is no such day when read as %1.")
                            .arg(dateOrderLabel(order)));
    }
    return date;
}

} // namespace clientele
