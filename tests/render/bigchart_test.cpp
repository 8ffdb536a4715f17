// A chart of many clients prints as a reader can use it: a dozen clients as columns in parts
// that fit their pages, more as rows under the attributes, names never broken inside a word,
// and figures of the top twenty.

#include "clientele/render/chartprintout.h"

#include "chartfixtures.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace clientele;

namespace {

// Every word of the PDF's text, ligatures spelt out.
QSet<QString> words(const QString &pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList all = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                .normalized(QString::NormalizationForm_KC)
                                .split(space, Qt::SkipEmptyParts);
    return {all.begin(), all.end()};
}

// Fails for each client name with a word the PDF does not hold whole ("Conditionin g").
void requireNamesWhole(const IcpChart &chart, const QString &pdf)
{
    const QSet<QString> printed = words(pdf);
    for (const ChartClient &client : chart.clients()) {
        for (const QString &word : client.name.split(u' ')) {
            INFO(client.name.toStdString() << ": " << word.toStdString());
            CHECK(printed.contains(word));
        }
    }
}

int pages(const QString &pdf)
{
    return test::pdfInfoValue(pdf, QStringLiteral("Pages")).toInt();
}

} // namespace

TEST_CASE("200 clients print as rows in at most 15 pages, every name whole", "[render][chart]")
{
    const IcpChart chart = test::manyClients(200);
    QTemporaryDir dir;
    const QString pdf =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    CHECK(pages(pdf) <= 15);
    requireNamesWhole(chart, pdf);
    const QString text = test::compactPdfText(pdf);
    // One row a client, each printed once: no row is cut in two by a page break.
    for (const ChartClient &client : chart.clients().mid(0, 40)) {
        INFO(client.name.toStdString());
        CHECK(text.count(test::compact(client.name)) >= 1);
    }
    // The attributes head every page the grid is on.
    int headed = 0;
    for (int page = 1; page <= pages(pdf); ++page)
        headed += test::compactPdfText(pdf, page).contains(QStringLiteral("ClientNumberof"));
    CHECK(headed >= 10);
    // The figures show the top twenty and say how many they leave out.
    CHECK(
        text.contains(test::compact(QStringLiteral("Top 20 of 200 clients; 180 more not shown"))));
}

TEST_CASE("A dozen clients print as columns in parts that fit their pages, names whole",
          "[render][chart]")
{
    for (const int count : {6, 9, 12}) {
        INFO(count << " clients");
        const IcpChart chart = test::manyClients(count);
        QTemporaryDir dir;
        const QString pdf =
            test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
        requireNamesWhole(chart, pdf);
        // Each part fits its page: its caption and its last row are on the same page.
        const QString text = test::compactPdfText(pdf);
        CHECK(text.contains(QStringLiteral("Attribute")));
        CHECK_FALSE(text.contains(QStringLiteral("Top20")));
        static const QRegularExpression caption(QStringLiteral("Clients\\d+\u2013\\d+of\\d+"));
        int parts = 0;
        for (int page = 1; page <= pages(pdf); ++page) {
            const QString on = test::compactPdfText(pdf, page);
            for (auto it = caption.globalMatch(on); it.hasNext();) {
                const auto match = it.next();
                INFO("page " << page << ": " << match.captured().toStdString());
                CHECK(on.indexOf(QStringLiteral("Gaveatestimonial"), match.capturedEnd()) > 0);
                ++parts;
            }
        }
        CHECK((count < 9 || parts >= 2));
    }
}

TEST_CASE("More than a dozen clients print as rows under the attributes", "[render][chart]")
{
    const IcpChart chart = test::manyClients(13);
    QTemporaryDir dir;
    const QString pdf =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    const QString text = test::compactPdfText(pdf);
    CHECK_FALSE(text.contains(QStringLiteral("Clients1")));
    CHECK(text.contains(QStringLiteral("ClientNumberofemployeesIndustry")));
    requireNamesWhole(chart, pdf);
}
