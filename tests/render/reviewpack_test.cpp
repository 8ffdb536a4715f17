#include "clientele/render/profileprintout.h"
#include "clientele/render/reviewpack.h"

#include "samplefixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace clientele;

namespace {

// A round of the sample's profiles, chart and offers, started on 9 March 2026.
ReviewRound sampleRound(const test::SampleDocuments &s, int number, const QString &name)
{
    ReviewRound round;
    round.number = number;
    round.name = name;
    round.startedAt = QDateTime(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC);
    round.snapshot = {s.profiles, s.chart, s.offers};
    return round;
}

QString writePack(const test::SampleDocuments &s, const ReviewRound &round,
                  const ReviewChangeGroups &changes, const QString &name)
{
    const auto pdf = reviewPackPdf(round, s.settings, changes);
    INFO(pdf.errorMessage().toStdString());
    REQUIRE(pdf.ok());
    const QString path = s.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(*pdf) == pdf->size());
    return path;
}

struct PageBox {
    qreal width = 0;
    qreal height = 0;
    qreal rightmostText = 0; // points from the paper's left edge
};

// Each page's size and how far right its text reaches, in points (pdftotext -bbox).
QList<PageBox> pageBoxes(const QString &pdf)
{
    const QString html = test::runTool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression page(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression word(QStringLiteral("<word [^>]*xMax=\"([0-9.]+)\""));
    QList<PageBox> boxes;
    for (const QString &chunk : html.split(QStringLiteral("</page>"))) {
        const auto size = page.match(chunk);
        if (!size.hasMatch())
            continue;
        PageBox box{size.captured(1).toDouble(), size.captured(2).toDouble(), 0};
        for (auto it = word.globalMatch(chunk); it.hasNext();)
            box.rightmostText = std::max(box.rightmostText, it.next().captured(1).toDouble());
        boxes << box;
    }
    return boxes;
}

constexpr qreal kPointsPerMm = 72 / 25.4;

} // namespace

TEST_CASE("A review pack holds the cover, every profile, the chart, the offers and a sign-off",
          "[render][review]")
{
    test::SampleDocuments s;
    const QString pdf = writePack(s, sampleRound(s, 1, QStringLiteral("First look")), {},
                                  QStringLiteral("round1.pdf"));
    const QStringList pages = test::pdfPages(pdf, {QStringLiteral("-raw")});
    REQUIRE(pages.size() >= 6);
    const QString text = pages.join(u' ').simplified();

    const QString cover = pages.first().simplified();
    for (const char *expected :
         {"FOR THE OWNER'S REVIEW", "First look", "Review round 1", "Started 9 March 2026",
          "Prepared by Ledgerline Consulting", "In this pack", "How to review it"}) {
        INFO(expected);
        CHECK(cover.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("What changed since")));
    for (const CustomerProfile &profile : s.profiles) {
        INFO(profile.name.toStdString());
        CHECK(text.contains(profile.name));
    }
    // Each profile prints its "not our customer" list.
    CHECK(text.count(QStringLiteral("Not our customer")) == s.profiles.size());
    CHECK(text.contains(QStringLiteral("Ideal Customer Profile chart")));
    CHECK(text.contains(QStringLiteral("How the Ideal column is derived")));
    CHECK(text.contains(QStringLiteral("The ladder")));
    for (const Offer &offer : s.offers) {
        INFO(offer.name.toStdString());
        CHECK(text.contains(offer.name));
    }

    const QString last = pages.last().simplified();
    for (const char *expected :
         {"Sign-off", "I have reviewed review round 1, \u201cFirst look\u201d",
          "\u2610 Approved as it stands", "\u2610 Approved with the changes marked", "The owner",
          "Name", "Date", "Signature"}) {
        INFO(expected);
        CHECK(last.contains(QString::fromUtf8(expected)));
    }
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages.at(page).contains(
            QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())));
        CHECK(pages.at(page).contains(QStringLiteral("Review pack: First look")));
    }

    // The chart, from its title to how its ideal is derived, lies on its side; the rest stands.
    const QList<PageBox> boxes = pageBoxes(pdf);
    REQUIRE(boxes.size() == pages.size());
    bool inChart = false;
    int landscape = 0;
    for (int page = 0; page < pages.size(); ++page) {
        inChart =
            inChart || pages.at(page).contains(QStringLiteral("Ideal Customer Profile chart"));
        INFO("page " << page + 1);
        CHECK((boxes.at(page).width > boxes.at(page).height) == inChart);
        landscape += inChart ? 1 : 0;
        inChart = inChart && !pages.at(page).contains(QStringLiteral("How the Ideal column"));
    }
    CHECK(landscape >= 2);
}

TEST_CASE("From round 2 on the pack opens with what changed since the round before",
          "[render][review]")
{
    test::SampleDocuments s;
    const ReviewChangeGroups changes{
        {s.profiles.first().name,
         {{QStringLiteral("utopia"), QStringLiteral("Utopia"),
           QStringLiteral("A business that runs without him."),
           QStringLiteral("A business that runs without him, and time off.")}}},
        {QStringLiteral("Offers"), {}},
        {QStringLiteral("ICP chart"),
         {{QStringLiteral("cell"), QStringLiteral("Coastal Pump, annual spend"),
           QStringLiteral("$18,000"), QStringLiteral("$22,500")}}}};
    const QString pdf = writePack(s, sampleRound(s, 2, QStringLiteral("Round 2")), changes,
                                  QStringLiteral("round2.pdf"));
    const QStringList pages = test::pdfPages(pdf, {QStringLiteral("-raw")});
    REQUIRE(pages.size() >= 7);
    CHECK(pages.first().contains(QStringLiteral("What changed since round 1")));
    CHECK_FALSE(pages.first().contains(QStringLiteral("What changed Round 1 Round 2")));
    // The changes have a page of their own after the cover, before the first profile.
    const QString second = pages.at(1).simplified();
    CHECK(second.startsWith(QStringLiteral("Ledgerline Consulting What changed since round 1")));
    CHECK(
        second.contains(s.profiles.first().name + QStringLiteral(" What changed Round 1 Round 2")));
    CHECK(second.contains(QStringLiteral("Utopia A business that runs without him.")));
    CHECK(second.contains(QStringLiteral("A business that runs without him, and time off.")));
    CHECK(second.contains(QStringLiteral("ICP chart What changed Round 1 Round 2")));
    CHECK(second.contains(QStringLiteral("$18,000 $22,500")));
    // A group without changes is left out.
    CHECK_FALSE(second.contains(QStringLiteral("Offers")));
    CHECK_FALSE(second.contains(QStringLiteral("Segment")));
    CHECK(pages.at(2).contains(QStringLiteral("Segment")));

    const QString unchanged =
        writePack(s, sampleRound(s, 3, QStringLiteral("Round 3")), {}, QStringLiteral("r3.pdf"));
    const QString text = test::pdfText(unchanged).simplified();
    CHECK(text.contains(QStringLiteral("What changed since round 2")));
    CHECK(text.contains(QStringLiteral("Nothing has changed since round 2.")));
}

TEST_CASE("Every page of the review pack leaves a wide right margin for comments",
          "[render][review]")
{
    test::SampleDocuments s;
    const QString pack = writePack(s, sampleRound(s, 2, QStringLiteral("Round 2")), {},
                                   QStringLiteral("margins.pdf"));
    const QList<PageBox> packPages = pageBoxes(pack);
    REQUIRE(packPages.size() >= 6);
    for (int page = 0; page < packPages.size(); ++page) {
        INFO("page " << page + 1);
        // Nothing prints in the 50 mm beside the body (a little less, for rounding).
        CHECK(packPages.at(page).width - packPages.at(page).rightmostText > 49 * kPointsPerMm);
    }

    // The same profiles printed on their own run to the usual 20 mm margin.
    const QList<PageBox> ownPages =
        pageBoxes(s.pdf(ProfilePrintout(s.settings).document(s.profiles), QStringLiteral("p.pdf")));
    REQUIRE_FALSE(ownPages.isEmpty());
    for (const PageBox &page : ownPages)
        CHECK(page.width - page.rightmostText < 21 * kPointsPerMm);
}
