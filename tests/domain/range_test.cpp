#include "clientele/domain/range.h"
#include "clientele/domain/staffrange.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Number ranges read exact values and ranges", "[domain][range]")
{
    CHECK(*parseNumberRange(QStringLiteral("40")) == NumberRange{40, 40});
    CHECK(*parseNumberRange(QStringLiteral("1,200")) == NumberRange{1200, 1200});
    CHECK(*parseNumberRange(QStringLiteral("2.5")) == NumberRange{2.5, 2.5});
    CHECK(*parseNumberRange(QStringLiteral("20-50")) == NumberRange{20, 50});
    CHECK(*parseNumberRange(QStringLiteral("20 – 50")) == NumberRange{20, 50});
    CHECK(*parseNumberRange(QStringLiteral("20 to 50 staff")) == NumberRange{20, 50});
    CHECK(*parseNumberRange(QStringLiteral("4 years")) == NumberRange{4, 4});
    CHECK(formatNumberRange({20, 50}) == QStringLiteral("20–50"));
    CHECK(formatNumberRange({1200, 1200}) == QStringLiteral("1,200"));
    CHECK(formatNumber(2.5) == QStringLiteral("2.5"));
    CHECK(formatNumber(1.0 / 3.0) == QStringLiteral("0.33"));
    CHECK(midpoint(NumberRange{20, 50}) == 35);
}

TEST_CASE("Number ranges refuse other text with a hint", "[domain][range]")
{
    const auto bad = parseNumberRange(QStringLiteral("lots"));
    REQUIRE_FALSE(bad.ok());
    CHECK(
        bad.errorMessage()
        == QStringLiteral("Expected a number such as 40 or a range such as 20-50, not \"lots\"."));
    const auto backwards = parseNumberRange(QStringLiteral("50-20"));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.errorMessage().contains(QStringLiteral("ends below")));
    CHECK_FALSE(parseNumberRange(QStringLiteral("-5")).ok());
}

TEST_CASE("Money ranges read amounts and ranges in one currency", "[domain][range]")
{
    const auto revenue = parseMoneyRange(QStringLiteral("$1M-$5M"), QStringLiteral("AUD"));
    REQUIRE(revenue.ok());
    CHECK(revenue->minimum == Money::fromMajor(1000000, QStringLiteral("AUD")));
    CHECK(revenue->maximum == Money::fromMajor(5000000, QStringLiteral("AUD")));
    CHECK(formatMoneyRange(*revenue) == QStringLiteral("$1M–$5M"));
    CHECK(*parseMoneyRange(formatMoneyRange(*revenue), QStringLiteral("AUD")) == *revenue);

    const auto usd = parseMoneyRange(QStringLiteral("USD 1M to 5M"), QStringLiteral("AUD"));
    REQUIRE(usd.ok());
    CHECK(usd->maximum.currency() == QStringLiteral("USD"));
    CHECK(parseMoneyRange(QStringLiteral("-$120"), QStringLiteral("AUD"))->isExact());
    CHECK_FALSE(parseMoneyRange(QStringLiteral("$5M-$1M"), QStringLiteral("AUD")).ok());
    CHECK_FALSE(parseMoneyRange(QStringLiteral("AUD 1M - USD 5M"), QStringLiteral("AUD")).ok());
    CHECK(midpoint(*revenue) == Money::fromMajor(3000000, QStringLiteral("AUD")));
}

TEST_CASE("Ranges compare, overlap and unite", "[domain][range]")
{
    const NumberRange a{20, 50};
    CHECK(a.contains(20.0));
    CHECK_FALSE(a.contains(51.0));
    CHECK(a.overlaps(NumberRange{50, 80}));
    CHECK_FALSE(a.overlaps(NumberRange{51, 80}));
    CHECK(a.united(NumberRange{5, 10}) == NumberRange{5, 50});
    CHECK(StaffRange::fromNumberRange(NumberRange{19.6, 50.4}) == StaffRange{{20, 50}});
    CHECK(StaffRange{{5, 200}}.overlaps(Range<int>{100, 300}));
}
