#include "charttestdata.h"
#include "clientele/domain/idealprofile.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

namespace {

QString derivedText(const IcpChart &chart, S which, Weighting weighting)
{
    return deriveIdealProfile(chart, weighting).value(attributeId(chart, which))->text;
}

} // namespace

TEST_CASE("Weightings have stable keys and readable labels", "[domain][weighting]")
{
    for (Weighting w : allWeightings()) {
        CHECK(weightingFromKey(weightingKey(w)) == w);
        CHECK_FALSE(weightingDescription(w).isEmpty());
    }
    CHECK(weightingLabel(Weighting::ByLoyalty) == QStringLiteral("By loyalty"));
    IcpChart chart = IcpChart::standard(1);
    chart.setWeighting(Weighting::BySpend);
    CHECK(deriveIdealProfile(chart).weighting == Weighting::BySpend);
    CHECK(deriveIdealProfile(chart).weightingText().startsWith(
        QStringLiteral("Weighting: by spend")));
}

TEST_CASE("By spend: big spenders outweigh a majority of small ones", "[domain][weighting]")
{
    IcpChart chart = IcpChart::standard(5);
    row(chart, S::Industry, {"Law", "Law", "Law", "Manufacturing", "Manufacturing"});
    row(chart, S::SpendPerYear, {"$1,000", "$1,000", "$1,000", "$10,000", nullptr});
    row(chart, S::SpendPerMonth, {nullptr, nullptr, nullptr, nullptr, "$833.34"}); // ~$10,000/yr
    row(chart, S::Employees, {"5", "5", "5", "100", "100"});

    CHECK(derivedText(chart, S::Industry, Weighting::Equal) == QStringLiteral("Law — 3 of 5"));
    CHECK(derivedText(chart, S::Industry, Weighting::BySpend)
          == QStringLiteral("Manufacturing — 2 of 5 (87% by spend)"));
    CHECK(derivedText(chart, S::Employees, Weighting::Equal) == QStringLiteral("5 (5–100)"));
    CHECK(derivedText(chart, S::Employees, Weighting::BySpend) == QStringLiteral("100 (5–100)"));

    const ClientWeights weights = clientWeights(chart, Weighting::BySpend);
    CHECK(weights.weight(chart.clients().at(0).id) == 1000);
    CHECK(weights.weight(chart.clients().at(4).id) == Approx(10000.08)); // derived from per month
    CHECK(weights.note.isEmpty());
}

TEST_CASE("By spend: clients with unknown spend count at the median spend", "[domain][weighting]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::SpendPerYear, {"$1,000", "$3,000", "$2,000-$8,000", nullptr});
    const ClientWeights weights = clientWeights(chart, Weighting::BySpend);
    CHECK(weights.weight(chart.clients().at(2).id) == 5000); // a range at its midpoint
    CHECK(weights.weight(chart.clients().at(3).id) == 3000); // median of 1000, 3000, 5000
    CHECK(weights.note
          == QStringLiteral("1 client without a known spend counts at the median "
                            "spend."));

    IcpChart blank = IcpChart::standard(2);
    const ClientWeights equal = clientWeights(blank, Weighting::BySpend);
    CHECK(equal.weight(blank.clients().at(0).id) == 1);
    CHECK(equal.note.contains(QStringLiteral("all count the same")));
}

TEST_CASE("By spend: when the known clients weigh nothing they count equally",
          "[domain][weighting]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::SpendPerYear, {"$0", "$0", "$0"});
    row(chart, S::Industry, {"Law", "Retail", "Law"});
    CHECK(derivedText(chart, S::Industry, Weighting::BySpend) == QStringLiteral("Law — 2 of 3"));
}

TEST_CASE("By loyalty: tenure, referrals and testimonials add weight", "[domain][weighting]")
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::YearsAsCustomer, {"10", "2", nullptr, "30"});
    row(chart, S::ReferredUs, {"no", "yes", nullptr, nullptr});
    row(chart, S::GaveTestimonial, {nullptr, "yes", nullptr, "yes"});
    const ClientWeights weights = clientWeights(chart, Weighting::ByLoyalty);
    const auto &c = chart.clients();
    CHECK(weights.weight(c.at(0).id) == 6); // 1 + 10/2
    CHECK(weights.weight(c.at(1).id) == 6); // 1 + 2/2 + 2 + 2
    CHECK(weights.weight(c.at(2).id) == 1); // nothing known
    CHECK(weights.weight(c.at(3).id) == 8); // tenure capped at 10 years: 1 + 5 + 2
}

TEST_CASE("By loyalty: an advocate outweighs two silent clients", "[domain][weighting]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::Industry, {"Law", "Retail", "Retail"});
    row(chart, S::YearsAsCustomer, {"8", "1", "1"});
    row(chart, S::ReferredUs, {"yes", "no", "no"});
    row(chart, S::GaveTestimonial, {"yes", "no", "no"});
    CHECK(derivedText(chart, S::Industry, Weighting::Equal) == QStringLiteral("Retail — 2 of 3"));
    // Law weighs 1 + 4 + 2 + 2 = 9; each Retail client 1.5.
    CHECK(derivedText(chart, S::Industry, Weighting::ByLoyalty)
          == QStringLiteral("Law — 1 of 3 (75% by loyalty)"));
    CHECK(derivedText(chart, S::ReferredUs, Weighting::ByLoyalty)
          == QStringLiteral("1 of 3 yes (75% by loyalty)"));
}
