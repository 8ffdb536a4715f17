#include "charttestdata.h"
#include "clientele/domain/matchscore.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

TEST_CASE("Each client is scored by the share of attributes matching the ideal", "[domain][match]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::Employees, {"20", "30-40", "50", "500"});
    row(chart, S::Industry, {"Manufacturing", "Manufacturing", "Law", "Retail"});
    row(chart, S::Purchases, {"ERP integration", "ERP integration, Projects", "Projects", "Toner"});
    row(chart, S::ReferredUs, {"yes", "yes", "no", "no"});
    chart.setClientReference(chart.clients().at(3).id, false); // a prospect to compare

    const IdealProfile ideal = deriveIdealProfile(chart);
    const QList<ClientMatch> matches = matchClients(chart, ideal);
    REQUIRE(matches.size() == 4);
    // Ideal: 20–50 staff, Manufacturing, ERP integration + Projects, yes 2 of 3.
    CHECK(matches.at(0).percent() == 100);
    CHECK(matches.at(2).comparedCount() == 4);
    CHECK(matches.at(2).percent() == 50); // staff and tags match; industry and referral do not
    CHECK(matches.at(3).percent() == 0);
    CHECK(matches.at(3).missed.size() == 4);

    const ClientMatch blank = matchClient(chart, ideal, chart.addClient());
    CHECK_FALSE(blank.isScored());
    CHECK(blank.percent() == 0);
}

TEST_CASE("A yes/no split down the middle matches either answer", "[domain][match]")
{
    IcpChart chart = IcpChart::standard(2);
    row(chart, S::GaveTestimonial, {"yes", "no"});
    const IdealProfile ideal = deriveIdealProfile(chart);
    const Attribute &attribute = *chart.attribute(S::GaveTestimonial);
    const DerivedValue &value = *ideal.value(attribute.id);
    CHECK(matchesIdeal(attribute, ChartValue::fromYesNo(true), value) == true);
    CHECK(matchesIdeal(attribute, ChartValue::fromYesNo(false), value) == true);
    CHECK_FALSE(matchesIdeal(attribute, ChartValue(), value).has_value());
}

TEST_CASE("The worked example of docs/ideal-profile.md", "[domain][match]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::Industry, {"Law", "Retail", "Retail"});
    row(chart, S::YearsAsCustomer, {"8", "1", "1"});
    row(chart, S::ReferredUs, {"yes", "no", "no"});
    row(chart, S::GaveTestimonial, {"yes", "no", "no"});
    row(chart, S::Employees, {"10", "20-50", "100"});
    const IdealProfile equal = deriveIdealProfile(chart, Weighting::Equal);
    CHECK(equal.value(attributeId(chart, S::Employees))->text == QStringLiteral("35 (10–100)"));
    const IdealProfile loyal = deriveIdealProfile(chart, Weighting::ByLoyalty);
    CHECK(loyal.value(attributeId(chart, S::Employees))->text == QStringLiteral("10 (10–100)"));
    const QList<ClientMatch> matches = matchClients(chart, equal);
    CHECK(matches.at(0).percent() == 40);
    CHECK(matches.at(1).percent() == 100);
}

TEST_CASE("A match says how many attributes it rests on and how confident it is", "[domain][match]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::Employees, {"20", "30-40", "50", "40"});
    row(chart, S::Industry, {"Manufacturing", "Manufacturing", "Law", "Manufacturing"});
    row(chart, S::ReferredUs, {"yes", "yes", "no", nullptr});
    row(chart, S::YearsAsCustomer, {"3", "5", "4", nullptr});
    row(chart, S::Purchases, {"ERP integration", "ERP integration", "Projects", nullptr});
    chart.setClientReference(chart.clients().at(3).id, false);
    // Ideal: 20–50 staff, Manufacturing, referred yes, 3–5 years, ERP integration.
    const IdealProfile ideal = deriveIdealProfile(chart);

    // The prospect agrees on both attributes it has known, two of the ideal's five.
    ClientMatch prospect = matchClient(chart, ideal, chart.clients().at(3).id);
    CHECK(prospect.idealCount == 5);
    CHECK(prospect.percent() == 100);
    CHECK(prospect.confidence() == Approx(0.4));
    CHECK_FALSE(prospect.isConfident());
    CHECK(prospect.label() == QStringLiteral("100% of 2 (too few known)"));
    CHECK(prospect.description()
          == QStringLiteral("Agrees on 2 of the 2 attributes known (of 5 the ideal has)."));

    // Law, not referred, Projects miss; staff and years agree: 2 of 5, all known.
    const ClientMatch law = matchClient(chart, ideal, chart.clients().at(2).id);
    CHECK(law.percent() == 40);
    CHECK(law.confidence() == Approx(1.0));
    CHECK(law.label() == QStringLiteral("40% of 5"));

    // Three of five known is just confident enough.
    type(chart, 3, S::YearsAsCustomer, "4");
    prospect = matchClient(chart, ideal, chart.clients().at(3).id);
    CHECK(prospect.confidence() == Approx(0.6));
    CHECK(prospect.isConfident());
    CHECK(prospect.label() == QStringLiteral("100% of 3"));
}
