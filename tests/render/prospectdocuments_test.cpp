// The prospect list and fit sheets, read back from the PDF as a reader sees them.
#include "renderfixtures.h"

#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/prospectdocuments.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

namespace {

// Staff 20, 30-40, 50, 40 and industry Manufacturing x3, Law: the domain tests' chart.
IcpChart smallChart()
{
    IcpChart chart = IcpChart::standard(4);
    const char *staff[] = {"20", "30-40", "50", "40"};
    const char *industry[] = {"Manufacturing", "Manufacturing", "Manufacturing", "Law"};
    for (int i = 0; i < 4; ++i) {
        const qint64 client = chart.clients().at(i).id;
        REQUIRE(
            chart
                .setCellText(client, chart.attribute(S::Employees)->id, QString::fromUtf8(staff[i]))
                .ok());
        REQUIRE(chart
                    .setCellText(client, chart.attribute(S::Industry)->id,
                                 QString::fromUtf8(industry[i]))
                    .ok());
    }
    return chart;
}

ScoredProspect scored(const FitModel &model, const IcpChart &chart, const char *company,
                      const char *staff, const char *industry)
{
    Prospect p;
    p.company = QString::fromUtf8(company);
    for (const auto &[which, text] : {std::pair{S::Employees, staff}, {S::Industry, industry}})
        if (text)
            p.values.insert(chart.attribute(which)->id,
                            *parseCell(*chart.attribute(which), QString::fromUtf8(text)));
    return {p, model.explain(p)};
}

QString pdfOf(const PagedDocument &document, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(exportPdf(document, path).ok());
    return pdfText(path, {QStringLiteral("-layout")});
}

} // namespace

TEST_CASE("A fit sheet prints every reason and the points add up to the score", "[render][fit]")
{
    const IcpChart chart = smallChart();
    ExclusionRule big;
    big.attribute = chart.attribute(S::Employees)->uuid;
    big.comparison = RuleComparison::Greater;
    big.value = QStringLiteral("200");
    const FitModel model(chart, deriveIdealProfile(chart),
                         {{QStringLiteral("Firms with more than 200 staff"),
                           QStringLiteral("They have their own IT department"), big}});
    const QList<ScoredProspect> prospects{
        scored(model, chart, "Law and Half", "65", "Law"),
        scored(model, chart, "Giant Works", "450", "Manufacturing")};

    QTemporaryDir dir;
    const ProspectDocuments documents(consultancySettings(), chart);
    const QString text = pdfOf(documents.fitSheets(prospects), dir, QStringLiteral("fit.pdf"));
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2); // a page each
    // Law and Half: staff 65 is 15 beyond the ideal's 20–50 of a 30 falloff (0.5 × 3 of 5 =
    // 30 points), Law was seen among the clients (0.5 × 2 of 5 = 20 points): 50, grade C.
    const QString first = pages.at(0).simplified();
    CHECK(first.contains(QStringLiteral("Law and Half")));
    CHECK(first.contains(QStringLiteral("Grade C · score 50 of 100 · 100% of the weight known")));
    // The ideal's staff: a median of 37.5 in a range of 20 to 50.
    CHECK(first.contains(QStringLiteral("65 37.5 (20–50) Very important 30")));
    CHECK(first.contains(QStringLiteral("Important 20")));
    CHECK(first.contains(QStringLiteral("Score 50")));
    const QString second = pages.at(1).simplified();
    CHECK(second.contains(QStringLiteral("Giant Works")));
    CHECK(second.contains(QStringLiteral("Not our customer")));
    CHECK(second.contains(QStringLiteral("Firms with more than 200 staff")));
    CHECK(second.contains(QStringLiteral("Number of employees is more than 200")));
}

TEST_CASE("The prospect list prints best fit first and not a fit last", "[render][fit]")
{
    const IcpChart chart = smallChart();
    ExclusionRule big;
    big.attribute = chart.attribute(S::Employees)->uuid;
    big.comparison = RuleComparison::Greater;
    big.value = QStringLiteral("200");
    const FitModel model(chart, deriveIdealProfile(chart),
                         {{QStringLiteral("Firms with more than 200 staff"), QString(), big}});
    const QList<ScoredProspect> prospects{
        scored(model, chart, "Giant Works", "450", "Manufacturing"),
        scored(model, chart, "Law and Half", "65", "Law"),
        scored(model, chart, "Unknown Size", nullptr, "Manufacturing"),
        scored(model, chart, "Right Fit", "30", "Manufacturing")};

    QTemporaryDir dir;
    const ProspectDocuments documents(consultancySettings(), chart);
    const QString text =
        pdfOf(documents.list(prospects), dir, QStringLiteral("list.pdf")).simplified();
    const auto at = [&](const char *name) { return text.indexOf(QString::fromUtf8(name)); };
    REQUIRE(at("Right Fit") > 0);
    CHECK(at("Right Fit") < at("Law and Half"));
    CHECK(at("Law and Half") < at("Unknown Size"));
    CHECK(at("Unknown Size") < at("Giant Works"));
    CHECK(text.contains(QStringLiteral("A Right Fit 100 100%")));
    CHECK(text.contains(QStringLiteral("Insufficient Unknown Size 100 40%")));
}
