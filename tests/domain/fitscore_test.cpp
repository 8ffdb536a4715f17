#include "charttestdata.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/domain/fitscore.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

namespace {

// Four reference clients: 20, 30-40, 50 and 40 staff (ideal 20–50, median 37.5, all within half
// to twice it: very important), three in Manufacturing and one in Law (0.75: important).
IcpChart staffAndIndustry()
{
    IcpChart chart = IcpChart::standard(4);
    row(chart, S::Employees, {"20", "30-40", "50", "40"});
    row(chart, S::Industry, {"Manufacturing", "Manufacturing", "Manufacturing", "Law"});
    return chart;
}

Prospect prospect(const IcpChart &chart,
                  std::initializer_list<std::pair<StandardAttribute, const char *>> cells)
{
    Prospect p;
    p.company = QStringLiteral("Prospect");
    for (const auto &[which, text] : cells) {
        const Attribute &attribute = *chart.attribute(which);
        const auto value = parseCell(attribute, QString::fromUtf8(text), chart.currency());
        REQUIRE(value);
        p.values.insert(attribute.id, value.value());
    }
    return p;
}

int pointsSum(const FitScore &score)
{
    return std::accumulate(score.reasons.cbegin(), score.reasons.cend(), 0,
                           [](int sum, const FitReason &r) { return sum + r.points; });
}

const FitReason &reasonFor(const FitScore &score, const QString &attribute)
{
    const auto found = std::find_if(score.reasons.cbegin(), score.reasons.cend(),
                                    [&](const FitReason &r) { return r.attribute == attribute; });
    REQUIRE(found != score.reasons.cend());
    return *found;
}

} // namespace

TEST_CASE("Fit uses what a prospect can have before buying, weighted by agreement", "[domain][fit]")
{
    IcpChart chart = staffAndIndustry();
    row(chart, S::YearsAsCustomer, {"4", "4", "5", "6"});
    const FitModel model(chart, deriveIdealProfile(chart));
    REQUIRE(model.attributes().size() == 2); // years as customer is a relationship: left out
    CHECK(model.attributes().at(0).attribute.key == QStringLiteral("employees"));
    CHECK(model.attributes().at(0).importance == FitImportance::VeryImportant);
    CHECK(model.attributes().at(1).importance == FitImportance::Important);
    CHECK(model.attributes().at(0).falloff == 30); // the ideal's width, 50 - 20
}

TEST_CASE("Numbers score full inside the range and fall to zero at the distance", "[domain][fit]")
{
    const IcpChart chart = staffAndIndustry();
    const FitModel model(chart, deriveIdealProfile(chart));
    auto staffMatch = [&](const char *staff) {
        const FitScore s = model.explain(prospect(chart, {{S::Employees, staff}}));
        return reasonFor(s, QStringLiteral("Number of employees")).match;
    };
    CHECK(staffMatch("20") == 1);
    CHECK(staffMatch("50") == 1);
    CHECK(staffMatch("10-25") == 1); // a range overlapping the ideal's
    CHECK(staffMatch("65") == Approx(0.5));
    CHECK(staffMatch("5") == Approx(0.5));
    CHECK(staffMatch("80") == 0);
    CHECK(staffMatch("500") == 0);
}

TEST_CASE("A hand-computed score and its reasons", "[domain][fit]")
{
    const IcpChart chart = staffAndIndustry();
    const FitModel model(chart, deriveIdealProfile(chart));

    const FitScore perfect =
        model.explain(prospect(chart, {{S::Employees, "30"}, {S::Industry, "Manufacturing"}}));
    CHECK(perfect.score == 100);
    CHECK(perfect.confidence == 1);
    CHECK(perfect.grade == FitGrade::A);

    // Staff 65: 15 beyond 50 of a 30 falloff, 0.5 × 3. Law, seen among the clients: 0.5 × 2.
    // (1.5 + 1) / 5 = 50: 30 points and 20 points.
    const FitScore half =
        model.explain(prospect(chart, {{S::Employees, "65"}, {S::Industry, "Law"}}));
    CHECK(half.score == 50);
    CHECK(half.grade == FitGrade::C);
    CHECK(reasonFor(half, QStringLiteral("Number of employees")).points == 30);
    CHECK(reasonFor(half, QStringLiteral("Industry")).points == 20);
    CHECK(reasonFor(half, QStringLiteral("Industry")).value == QStringLiteral("Law"));
    CHECK(reasonFor(half, QStringLiteral("Industry"))
              .ideal.startsWith(QStringLiteral("Manufacturing")));

    // Retail was never seen: no points for industry.
    const FitScore unseen =
        model.explain(prospect(chart, {{S::Employees, "30"}, {S::Industry, "Retail"}}));
    CHECK(unseen.score == 60);
    CHECK(unseen.grade == FitGrade::B);
}

TEST_CASE("Unknown values leave their weight out and lower the confidence", "[domain][fit]")
{
    const IcpChart chart = staffAndIndustry();
    const FitModel model(chart, deriveIdealProfile(chart));

    // Only staff known (weight 3 of 5): the score is staff's match alone, confidence 0.6.
    const FitScore staffOnly = model.explain(prospect(chart, {{S::Employees, "30"}}));
    CHECK(staffOnly.score == 100);
    CHECK(staffOnly.confidence == Approx(0.6));
    CHECK(staffOnly.grade == FitGrade::A); // 0.6 is enough
    CHECK_FALSE(reasonFor(staffOnly, QStringLiteral("Industry")).known);
    CHECK(reasonFor(staffOnly, QStringLiteral("Industry")).points == 0);

    // Only industry known (2 of 5): too little to grade.
    const FitScore industryOnly = model.explain(prospect(chart, {{S::Industry, "Manufacturing"}}));
    CHECK(industryOnly.confidence == Approx(0.4));
    CHECK(industryOnly.grade == FitGrade::Insufficient);

    const FitScore nothing = model.explain(prospect(chart, {}));
    CHECK(nothing.score == 0);
    CHECK(nothing.confidence == 0);
    CHECK(nothing.grade == FitGrade::Insufficient);
}

TEST_CASE("The reasons' whole points add up to the score", "[domain][fit]")
{
    IcpChart chart = staffAndIndustry();
    row(chart, S::ReferredUs, {"yes", "yes", "yes", "no"});
    for (S which : {S::Employees, S::Industry, S::ReferredUs}) {
        Attribute *attribute = const_cast<Attribute *>(chart.attribute(which));
        attribute->fit.used = true;
        attribute->fit.importance = FitImportance::Somewhat;
    }
    const FitModel model(chart, deriveIdealProfile(chart));
    REQUIRE(model.attributes().size() == 3);

    // Three thirds of 100: 33.3 each, and the largest remainder takes the spare point.
    const FitScore all = model.explain(prospect(
        chart, {{S::Employees, "30"}, {S::Industry, "Manufacturing"}, {S::ReferredUs, "yes"}}));
    CHECK(all.score == 100);
    CHECK(pointsSum(all) == 100);

    // 33.3 + 16.7 + 0 = 50: 33 and 17.
    const FitScore mixed = model.explain(
        prospect(chart, {{S::Employees, "30"}, {S::Industry, "Law"}, {S::ReferredUs, "no"}}));
    CHECK(mixed.score == 50);
    CHECK(reasonFor(mixed, QStringLiteral("Number of employees")).points == 33);
    CHECK(reasonFor(mixed, QStringLiteral("Industry")).points == 17);
    CHECK(reasonFor(mixed, QStringLiteral("Referred us")).points == 0);
    CHECK(pointsSum(mixed) == 50);
}

TEST_CASE("Tags, yes or no, money and places each match by their type", "[domain][fit]")
{
    IcpChart chart = IcpChart::standard(4);
    Attribute systems;
    systems.label = QStringLiteral("Systems");
    systems.type = AttributeType::Tags;
    const qint64 systemsId = chart.addAttribute(systems);
    const char *tags[] = {"Xero, Odoo", "Xero", "Xero, Odoo", "MYOB"};
    for (int i = 0; i < 4; ++i)
        REQUIRE(chart.setCellText(chart.clients().at(i).id, systemsId, QString::fromUtf8(tags[i]))
                    .ok());
    row(chart, S::Revenue, {"$1M", "$2M", "$3M", "$2M"});
    row(chart, S::Location, {"Newcastle", "Newcastle", "Maitland", "Newcastle"});
    row(chart, S::GaveTestimonial, {"yes", "yes", "yes", "no"});
    Attribute *testimonial = const_cast<Attribute *>(chart.attribute(S::GaveTestimonial));
    testimonial->fit.used = true;
    const FitModel model(chart, deriveIdealProfile(chart));

    Prospect p = prospect(
        chart, {{S::Revenue, "$3.5M"}, {S::Location, "Maitland"}, {S::GaveTestimonial, "no"}});
    p.values.insert(systemsId, ChartValue::fromTags({QStringLiteral("odoo")}));
    const FitScore s = model.explain(p);
    CHECK(reasonFor(s, QStringLiteral("Systems")).match == Approx(0.5)); // Odoo of Xero, Odoo
    CHECK(reasonFor(s, QStringLiteral("Average revenue")).match == Approx(0.75)); // 0.5M of 2M
    CHECK(reasonFor(s, QStringLiteral("Location")).match == Approx(0.5)); // seen, not leading
    CHECK(reasonFor(s, QStringLiteral("Gave a testimonial")).match == 0); // 3 of 4 said yes
    CHECK(pointsSum(s) == s.score);
}

TEST_CASE("A disqualified prospect is not a fit and ranks last", "[domain][fit]")
{
    const IcpChart chart = staffAndIndustry();
    ExclusionRule big;
    big.attribute = chart.attribute(S::Employees)->uuid;
    big.comparison = RuleComparison::Greater;
    big.value = QStringLiteral("200");
    ExclusionRule myob;
    myob.value = QStringLiteral("MYOB");
    const QList<Disqualifier> rules{{QStringLiteral("Firms with more than 200 staff"),
                                     QStringLiteral("Own IT department"), big},
                                    {QStringLiteral("Happy MYOB users"), QString(), myob}};
    const FitModel model(chart, deriveIdealProfile(chart), rules);

    Prospect large = prospect(chart, {{S::Employees, "250"}, {S::Industry, "Manufacturing"}});
    large.company = QStringLiteral("Large");
    Prospect onMyob = prospect(chart, {{S::Employees, "30"}, {S::Industry, "Manufacturing"}});
    onMyob.company = QStringLiteral("On MYOB");
    onMyob.systems = QStringLiteral("myob accounting, spreadsheets");
    Prospect weak = prospect(chart, {{S::Employees, "80"}, {S::Industry, "Retail"}});
    weak.company = QStringLiteral("Weak");
    Prospect unknown = prospect(chart, {{S::Industry, "Manufacturing"}});
    unknown.company = QStringLiteral("Unknown");

    const QList<Prospect> all{large, onMyob, weak, unknown};
    QList<FitScore> scores;
    QStringList names;
    for (const Prospect &p : all) {
        scores.append(model.score(p));
        names.append(p.company);
    }
    CHECK(scores.at(0).grade == FitGrade::NotAFit);
    CHECK(scores.at(0).disqualifiedBy->entry == QStringLiteral("Firms with more than 200 staff"));
    CHECK(scores.at(1).grade == FitGrade::NotAFit);
    CHECK(scores.at(1).score == 100); // the score stays; the grade says no
    CHECK(scores.at(2).grade == FitGrade::D);
    CHECK(scores.at(3).grade == FitGrade::Insufficient);
    const QList<int> order = rankByFit(scores, names);
    CHECK(order == QList<int>{2, 3, 1, 0}); // D, insufficient, then the two not a fit by score

    // An unknown staff count never trips the staff rule.
    CHECK_FALSE(model.score(unknown).disqualifiedBy.has_value());
}

TEST_CASE("Grade bands are the lowest score of each letter", "[domain][fit]")
{
    const IcpChart chart = staffAndIndustry();
    const FitModel model(chart, deriveIdealProfile(chart), {}, FitBands{90, 70, 50});
    CHECK(model.grade(90, 1) == FitGrade::A);
    CHECK(model.grade(89, 1) == FitGrade::B);
    CHECK(model.grade(70, 1) == FitGrade::B);
    CHECK(model.grade(50, 1) == FitGrade::C);
    CHECK(model.grade(49, 1) == FitGrade::D);
    CHECK(model.grade(100, 0.59) == FitGrade::Insufficient);
    CHECK_FALSE(FitBands{60, 60, 40}.isValid());
    CHECK(FitBands{}.isValid());
}

TEST_CASE("An exclusion rule survives its text form", "[domain][fit]")
{
    ExclusionRule rule;
    rule.attribute = QUuid::createUuid();
    rule.comparison = RuleComparison::Less;
    rule.value = QStringLiteral("2");
    CHECK(ExclusionRule::fromJson(rule.toJson()) == rule);
    ExclusionRule keyword;
    keyword.value = QStringLiteral("MYOB");
    CHECK(ExclusionRule::fromJson(keyword.toJson()) == keyword);
    CHECK_FALSE(ExclusionRule::fromJson(QStringLiteral("{}")).has_value());
    CHECK_FALSE(ExclusionRule::fromJson(QStringLiteral("not json")).has_value());
}
