#include "charttestdata.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/idealstatistics.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

namespace {

DerivedValue derived(const IcpChart &chart, S which, Weighting weighting = Weighting::Equal)
{
    const IdealProfile ideal = deriveIdealProfile(chart, weighting);
    const DerivedValue *value = ideal.value(attributeId(chart, which));
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("The weighted median is the ordinary median for equal weights", "[domain][ideal]")
{
    CHECK(*weightedMedian(QList<WeightedValue>{{3, 1}, {1, 1}, {2, 1}}) == 2);
    CHECK(*weightedMedian(QList<WeightedValue>{{4, 1}, {1, 1}, {3, 1}, {2, 1}}) == 2.5);
    CHECK(*weightedMedian(QList<WeightedValue>{{10, 1}, {100, 3}}) == 100);
    CHECK(*weightedMedian(QList<WeightedValue>{{10, 2}, {100, 2}}) == 55);
    CHECK(*weightedMedian(QList<WeightedValue>{{10, 0}, {100, 1}}) == 100);
    CHECK_FALSE(weightedMedian(QList<WeightedValue>{}).has_value());
    CHECK(weightedMedian(QList<WeightedMoney>{{Money(1), 1}, {Money(2), 1}})->minorUnits() == 2);
}

TEST_CASE("Numbers: a range counts as its midpoint for the median and its bounds for the range",
          "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::Employees, {"10", "20-50", "100"});
    const DerivedValue staff = derived(chart, S::Employees);
    CHECK(*staff.median == 35);
    CHECK(*staff.range == NumberRange{10, 100});
    CHECK(staff.text == QStringLiteral("35 (10–100)"));
    CHECK(staff.knownText() == QStringLiteral("3 of 3 known"));
}

TEST_CASE("Numbers: an even count takes the mean of the middle two", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::YearsAsCustomer, {"10", "2", "4", "3"});
    const DerivedValue years = derived(chart, S::YearsAsCustomer);
    CHECK(*years.median == 3.5);
    CHECK(years.text == QStringLiteral("3.5 (2–10)"));
}

TEST_CASE("Unknown cells are left out and counted", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(5);
    row(chart, S::Employees, {"10", nullptr, "30", "?", "50"});
    const DerivedValue staff = derived(chart, S::Employees);
    CHECK(staff.knownCount == 3);
    CHECK(staff.clientCount == 5);
    CHECK(staff.knownText() == QStringLiteral("3 of 5 known"));
    CHECK(*staff.median == 30);

    const DerivedValue industry = derived(chart, S::Industry);
    CHECK_FALSE(industry.isKnown());
    CHECK(industry.text.isEmpty());
}

TEST_CASE("Money: median and range, with ranges at their midpoint", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::SpendPerYear, {"$12,000", "$24,000", "$36,000-$48,000"});
    const DerivedValue spend = derived(chart, S::SpendPerYear);
    CHECK(*spend.medianMoney == Money::fromMajor(24000, QStringLiteral("AUD")));
    CHECK(spend.text == QStringLiteral("$24,000 ($12,000–$48,000)"));

    // Per month is derived from per year and counts as known.
    const DerivedValue monthly = derived(chart, S::SpendPerMonth);
    CHECK(monthly.knownCount == 3);
    CHECK(monthly.text == QStringLiteral("$2,000 ($1,000–$4,000)"));
}

TEST_CASE("Categories: the most common value with its share, ties listed in chart order",
          "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(5);
    row(chart, S::Industry, {"Manufacturing", "Law", "manufacturing", "Retail", "Manufacturing"});
    CHECK(derived(chart, S::Industry).text == QStringLiteral("Manufacturing — 3 of 5"));

    row(chart, S::BusinessType,
        {"Franchise", "Family business", "Family business", "Franchise", "Online"});
    const DerivedValue type = derived(chart, S::BusinessType);
    CHECK(type.text == QStringLiteral("Franchise, Family business — 2 of 5 each"));
    REQUIRE(type.leaders.size() == 2);
    CHECK(type.leaders.first().value == QStringLiteral("Franchise"));
}

TEST_CASE("Yes/no: the share of yes among the known answers", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(5);
    row(chart, S::ReferredUs, {"yes", "no", "yes", nullptr, "no"});
    const DerivedValue referred = derived(chart, S::ReferredUs);
    CHECK(referred.text == QStringLiteral("2 of 4 yes"));
    CHECK(referred.yesShare == 0.5);
    CHECK(referred.knownCount == 4);
}

TEST_CASE("Tags: those held by at least half the known clients, most held first", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(5);
    row(chart, S::Purchases,
        {"Projects, ERP integration", "ERP integration, Training", "erp integration, Projects",
         "Support retainer", nullptr});
    const DerivedValue tags = derived(chart, S::Purchases);
    CHECK(tags.text == QStringLiteral("ERP integration (3 of 4), Projects (2 of 4)"));
    CHECK(tags.knownCount == 4);

    IcpChart scattered = IcpChart::standard(3);
    row(scattered, S::Purchases, {"A", "B", "C"});
    CHECK(derived(scattered, S::Purchases).text
          == QStringLiteral("No tag held by half the clients"));
}

TEST_CASE("Locations: the most common place and the median distance", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::Location, {"Parramatta (5 km)", "Parramatta (15 km)", "Ryde (10 km)", "40 km"});
    const DerivedValue where = derived(chart, S::Location);
    CHECK(where.text == QStringLiteral("Parramatta — 2 of 3; median 12.5 km (5–40 km)"));
    CHECK(where.knownCount == 4);

    IcpChart apart = IcpChart::standard(2);
    row(apart, S::Location, {"Ryde", "Penrith"});
    CHECK(derived(apart, S::Location).text == QStringLiteral("No common place"));
}

TEST_CASE("Only reference clients feed the ideal profile", "[domain][ideal]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::Employees, {"10", "20", "1000"});
    chart.setClientReference(chart.clients().at(2).id, false);
    const DerivedValue staff = derived(chart, S::Employees);
    CHECK(staff.clientCount == 2);
    CHECK(*staff.median == 15);
}
