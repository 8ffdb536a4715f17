#include "changetestdata.h"
#include "charttestdata.h"

#include "clientele/domain/attributeset.h"
#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/reviewchanges.h"

#include <catch2/catch.hpp>

using namespace clientele;
using clientele::test::change;

namespace {

using Changes = QList<FieldChange>;
using S = StandardAttribute;

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

CustomerProfile profile(qint64 id, const char *name, const char *uuidText)
{
    CustomerProfile p;
    p.id = id;
    p.name = QString::fromUtf8(name);
    p.uuid = uuid(uuidText);
    return p;
}

Offer offer(qint64 id, const char *name, qint64 cents, const char *uuidText)
{
    Offer o;
    o.id = id;
    o.name = QString::fromUtf8(name);
    o.price = test::aud(cents);
    o.uuid = uuid(uuidText);
    return o;
}

// Two profiles, a chart of three clients with their number of employees and industry, and two
// offers.
ReviewSnapshot roundOne()
{
    ReviewSnapshot s;
    s.profiles = {profile(1, "Trades businesses", "a1111111-1111-4111-8111-111111111111"),
                  profile(2, "Small manufacturers", "a2222222-2222-4222-8222-222222222222")};
    s.chart.addAttribute(standardAttribute(S::Employees));
    s.chart.addAttribute(standardAttribute(S::Industry));
    for (int i = 0; i < 3; ++i)
        s.chart.addClient();
    test::row(s.chart, S::Employees, {"10", "20-50", "100"}); // ideal 35 (10–100)
    s.offers = {offer(1, "Free assessment", 0, "c1111111-1111-4111-8111-111111111111"),
                offer(2, "Procedure writing day", 140000, "c2222222-2222-4222-8222-222222222222")};
    return s;
}

std::string uuidOf(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

ReviewChangeGroup group(const char *title, const Changes &changes)
{
    return {QString::fromUtf8(title), changes};
}

} // namespace

TEST_CASE("Two rounds alike have nothing to show", "[domain][reviewchanges]")
{
    const ReviewSnapshot round = roundOne();
    CHECK(reviewChanges(round, round).isEmpty());
}

TEST_CASE("A profile changed lists its fields, its not-our-customer list among them",
          "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    after.profiles[0].name = QStringLiteral("Trade firms");
    after.profiles[0].exclusions = {
        {0, QStringLiteral("Sole traders"), QStringLiteral("Too small")}};
    const QList<ReviewChangeGroup> expected{
        group("Profile: Trade firms",
              {change("name", "Name", "Trades businesses", "Trade firms"),
               // A list shows the entry added, not the whole list twice.
               change("exclusions/+0", "Not our customer", "", "Sole traders\tToo small")})};
    CHECK(reviewChanges(before, after) == expected);

    SECTION("profiles from before uuids are paired by id")
    {
        ReviewSnapshot older = before;
        ReviewSnapshot newer = after;
        for (ReviewSnapshot *s : {&older, &newer})
            for (CustomerProfile &p : s->profiles)
                p.uuid = QUuid();
        CHECK(reviewChanges(older, newer) == expected);
    }
}

TEST_CASE("A rule of the not-our-customer list reads as its round's chart words it",
          "[domain][reviewchanges]")
{
    ReviewSnapshot before = roundOne();
    const Attribute employees = *before.chart.attribute(S::Employees);
    REQUIRE_FALSE(employees.uuid.isNull());
    before.profiles[0].exclusions = {
        {0,
         QStringLiteral("Sole traders"),
         QStringLiteral("Too small"),
         {},
         ExclusionRule{employees.uuid, RuleComparison::Less, QStringLiteral("2")}}};
    ReviewSnapshot after = before;
    after.profiles[0].exclusions[0].rule->value = QStringLiteral("3");
    after.profiles[0].exclusions.append(
        {0,
         QStringLiteral("Franchisees"),
         QString(),
         {},
         ExclusionRule{QUuid(), RuleComparison::Is, QStringLiteral("head office")}});
    REQUIRE(after.chart.renameAttribute(employees.id, QStringLiteral("Staff")));
    CHECK(reviewChanges(before, after)
          == QList<ReviewChangeGroup>{
              group("Profile: Trades businesses",
                    // The first entry edited in place, the second added.
                    {change("exclusions/0", "Not our customer",
                            "Sole traders\tToo small\tNumber of employees is less than 2",
                            "Sole traders\tToo small\tStaff is less than 3"),
                     change("exclusions/+1", "Not our customer", "",
                            "Franchisees\t\tSystems or notes mention \u201Chead office\u201D")}),
              group("ICP chart", {change(("attributes/" + uuidOf(employees.uuid)).c_str(),
                                         "Attribute", "Number of employees", "Staff")})});
}

TEST_CASE("A profile added or removed is one change", "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    after.profiles.removeFirst();
    after.profiles.append(profile(3, "Retail chains", "a3333333-3333-4333-8333-333333333333"));
    CHECK(reviewChanges(before, after)
          == QList<ReviewChangeGroup>{
              group("Profile: Trades businesses",
                    {change("removed", "Profile", "Trades businesses", "")}),
              group("Profile: Retail chains", {change("added", "Profile", "", "Retail chains")})});
}

TEST_CASE("The chart shows clients added, removed and renamed, and the ideal they make",
          "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    const QList<ChartClient> clients = before.chart.clients();
    const std::string employees = uuidOf(before.chart.attribute(S::Employees)->uuid);
    SECTION("renamed")
    {
        after.chart.renameClient(clients[0].id, QStringLiteral("Acme Engineering"));
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{
                  group("ICP chart", {change(("clients/" + uuidOf(clients[0].uuid)).c_str(),
                                             "Client", "Client #1", "Acme Engineering")})});
    }
    SECTION("added without values: the ideal stays")
    {
        const qint64 id = after.chart.addClient(QStringLiteral("Bolt Fabrication"));
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{group(
                  "ICP chart", {change(("clients/" + uuidOf(after.chart.client(id)->uuid)).c_str(),
                                       "Client", "", "Bolt Fabrication")})});
    }
    SECTION("removed: the ideal of the other two")
    {
        // 10 and 20-50 (35): median 22.5, from 10 to 50.
        after.chart.removeClient(clients[2].id);
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{group(
                  "ICP chart", {change(("clients/" + uuidOf(clients[2].uuid)).c_str(), "Client",
                                       "Client #3", ""),
                                change(("ideal/" + employees).c_str(), "Number of employees: ideal",
                                       "35 (10–100)", "22.5 (10–50)")})});
    }
    SECTION("a value changed: only the ideal")
    {
        // 10, 20-50 (35) and 30: median 30, from 10 to 50.
        test::type(after.chart, 2, S::Employees, "30");
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{group(
                  "ICP chart", {change(("ideal/" + employees).c_str(), "Number of employees: ideal",
                                       "35 (10–100)", "30 (10–50)")})});
    }
}

TEST_CASE("The chart shows attributes added, removed and renamed, and the weighting",
          "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    const Attribute employees = *before.chart.attribute(S::Employees);
    const Attribute industry = *before.chart.attribute(S::Industry);
    SECTION("renamed: the ideal keeps its text")
    {
        after.chart.renameAttribute(employees.id, QStringLiteral("Staff"));
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{
                  group("ICP chart", {change(("attributes/" + uuidOf(employees.uuid)).c_str(),
                                             "Attribute", "Number of employees", "Staff")})});
    }
    SECTION("removed")
    {
        after.chart.removeAttribute(industry.id);
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{
                  group("ICP chart", {change(("attributes/" + uuidOf(industry.uuid)).c_str(),
                                             "Attribute", "Industry", "")})});
    }
    SECTION("added with values: its ideal is new")
    {
        const qint64 id = after.chart.addAttribute(standardAttribute(S::YearsAsCustomer));
        test::row(after.chart, S::YearsAsCustomer, {"10", "2", "4"}); // median 4, from 2 to 10
        const std::string added = uuidOf(after.chart.attribute(id)->uuid);
        CHECK(
            reviewChanges(before, after)
            == QList<ReviewChangeGroup>{group(
                "ICP chart",
                {change(("attributes/" + added).c_str(), "Attribute", "", "Years as customer"),
                 change(("ideal/" + added).c_str(), "Years as customer: ideal", "", "4 (2–10)")})});
    }
    SECTION("weighting: with no spend known every client still counts once")
    {
        after.chart.setWeighting(Weighting::BySpend);
        CHECK(reviewChanges(before, after)
              == QList<ReviewChangeGroup>{
                  group("ICP chart", {change("weighting", "Weighting", "Equal", "By spend")})});
    }
}

TEST_CASE("Offers changed, added and removed each have their part", "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    after.offers[1].price = test::aud(150000);
    after.offers.removeFirst();
    after.offers.append(
        offer(3, "Systems care retainer", 165000, "c3333333-3333-4333-8333-333333333333"));
    CHECK(reviewChanges(before, after)
          == QList<ReviewChangeGroup>{
              group("Offer: Free assessment", {change("removed", "Offer", "Free assessment", "")}),
              group("Offer: Procedure writing day",
                    {change("price", "Price", "AUD 1,400.00", "AUD 1,500.00")}),
              group("Offer: Systems care retainer",
                    {change("added", "Offer", "", "Systems care retainer")})});
}

TEST_CASE("Parts come in the pack's order: profiles, the chart, offers", "[domain][reviewchanges]")
{
    const ReviewSnapshot before = roundOne();
    ReviewSnapshot after = before;
    after.offers[0].promise = QStringLiteral("Two hours on site");
    after.chart.setWeighting(Weighting::ByLoyalty);
    after.profiles[1].notes = QStringLiteral("Ask about exports");
    QStringList titles;
    for (const ReviewChangeGroup &g : reviewChanges(before, after))
        titles << g.title;
    CHECK(titles
          == QStringList{QStringLiteral("Profile: Small manufacturers"),
                         QStringLiteral("ICP chart"), QStringLiteral("Offer: Free assessment")});
}
