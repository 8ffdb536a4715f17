#include "clientele/storage/import/dateorderdetector.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace clientele;

namespace {

QDate date(const char *text, DateOrder order)
{
    const Result<QDate> parsed = parseDate(QString::fromLatin1(text), order);
    INFO(text << ": " << parsed.errorMessage().toStdString());
    REQUIRE(parsed.ok());
    return *parsed;
}

bool refused(const char *text, DateOrder order)
{
    return !parseDate(QString::fromLatin1(text), order).ok();
}

DateOrderVerdict verdictOf(std::initializer_list<const char *> texts)
{
    QStringList values;
    for (const char *text : texts)
        values.append(QString::fromLatin1(text));
    return inspectDateOrder(values);
}

} // namespace

TEST_CASE("Dates in ISO form are read whatever the order")
{
    CHECK(date("2024-03-01", DateOrder::Auto) == QDate(2024, 3, 1));
    CHECK(date("2024-03-01", DateOrder::DayMonthYear) == QDate(2024, 3, 1));
    CHECK(date("2024/3/1", DateOrder::MonthDayYear) == QDate(2024, 3, 1));
    CHECK(date("2024-03-01 13:45:00", DateOrder::Auto) == QDate(2024, 3, 1));
    CHECK(date("2024-03-01T13:45", DateOrder::Auto) == QDate(2024, 3, 1));
}

TEST_CASE("Dates follow the day/month order asked for")
{
    CHECK(date("01/03/2024", DateOrder::DayMonthYear) == QDate(2024, 3, 1));
    CHECK(date("01/03/2024", DateOrder::MonthDayYear) == QDate(2024, 1, 3));
    CHECK(date("1.3.2024", DateOrder::DayMonthYear) == QDate(2024, 3, 1));
    CHECK(date("3-1-2024", DateOrder::MonthDayYear) == QDate(2024, 3, 1));
    CHECK(date("01-Mar-2024", DateOrder::MonthDayYear) == QDate(2024, 3, 1)); // spelled month
    CHECK(refused("13/25/2024", DateOrder::MonthDayYear));
    CHECK(refused("01/03/2024", DateOrder::YearMonthDay));
}

TEST_CASE("Dates under Auto are read only when they cannot be read two ways")
{
    CHECK(date("25/03/2024", DateOrder::Auto) == QDate(2024, 3, 25));
    CHECK(date("03/25/2024", DateOrder::Auto) == QDate(2024, 3, 25));
    CHECK(date("05/05/2024", DateOrder::Auto) == QDate(2024, 5, 5));
    CHECK(refused("03/04/2024", DateOrder::Auto));
}

TEST_CASE("Two-digit years use the POSIX pivot")
{
    CHECK(date("31/12/24", DateOrder::DayMonthYear) == QDate(2024, 12, 31));
    CHECK(date("31/12/68", DateOrder::DayMonthYear) == QDate(2068, 12, 31));
    CHECK(date("31/12/69", DateOrder::DayMonthYear) == QDate(1969, 12, 31));
    CHECK(refused("31/12/024", DateOrder::DayMonthYear));
}

TEST_CASE("Impossible and malformed dates are refused")
{
    CHECK(refused("31/02/2024", DateOrder::DayMonthYear));
    CHECK(refused("29/02/2023", DateOrder::DayMonthYear));
    CHECK(date("29/02/2024", DateOrder::DayMonthYear) == QDate(2024, 2, 29));
    CHECK(refused("", DateOrder::Auto));
    CHECK(refused("yesterday", DateOrder::Auto));
    CHECK(refused("01/02-2024", DateOrder::DayMonthYear)); // mixed separators
    CHECK(refused("1/2/3/2024", DateOrder::DayMonthYear));
}

TEST_CASE("A date column settles its order when some day is above 12")
{
    const DateOrderVerdict dmy = verdictOf({"01/02/2024", "25/02/2024", "03/04/2024"});
    CHECK(dmy.state == DateOrderVerdict::State::Determined);
    CHECK(dmy.order == DateOrder::DayMonthYear);
    CHECK(dmy.dayFirstLine == 2);
    const DateOrderVerdict mdy = verdictOf({"01/02/2024", "02/25/2024"});
    CHECK(mdy.state == DateOrderVerdict::State::Determined);
    CHECK(mdy.order == DateOrder::MonthDayYear);
}

TEST_CASE("A date column with every day at most 12 is ambiguous, never guessed")
{
    const DateOrderVerdict verdict = verdictOf({"01/02/2024", "03/04/2024", "12/11/2024"});
    CHECK(verdict.state == DateOrderVerdict::State::Ambiguous);
    CHECK(verdict.order == DateOrder::Auto);
    CHECK(verdict.describe().contains(QStringLiteral("choose")));
}

TEST_CASE("A date column that needs both orders is contradictory")
{
    const DateOrderVerdict verdict = verdictOf({"13/02/2024", "05/05/2024", "02/13/2024"});
    CHECK(verdict.state == DateOrderVerdict::State::Contradictory);
    CHECK(verdict.dayFirstLine == 1);
    CHECK(verdict.monthFirstLine == 3);
}

TEST_CASE("A date column of ISO or same day-and-month dates needs no order")
{
    const DateOrderVerdict iso = verdictOf({"2024-01-02", "2024-12-11", ""});
    CHECK(iso.state == DateOrderVerdict::State::NotNeeded);
    CHECK(iso.order == DateOrder::YearMonthDay);
    CHECK(verdictOf({"05/05/2024", "2024-01-02"}).state == DateOrderVerdict::State::NotNeeded);
    CHECK(verdictOf({}).state == DateOrderVerdict::State::NotNeeded);
}
