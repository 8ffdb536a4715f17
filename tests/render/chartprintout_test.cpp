#include "clientele/render/chartprintout.h"
#include "clientele/render/chartsheet.h"

#include "chartfixtures.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

int occurrences(const QString &text, const QString &part)
{
    return int(text.count(part));
}

} // namespace

TEST_CASE("The sample chart prints every client name and every derived value", "[render]")
{
    const test::SampleChart sample = test::sampleChart();
    REQUIRE(sample.chart.clients().size() == 5);
    QTemporaryDir dir;
    const QString path = test::exportedChart(
        dir, ChartPrintout(test::consultancySettings()).document(sample.chart, sample.ideal));
    const QString text = test::compactPdfText(path);

    CHECK(text.contains(test::compact(QStringLiteral("Ideal Customer Profile chart"))));
    CHECK(text.contains(test::compact(QStringLiteral("Weighting: by loyalty"))));
    CHECK(text.contains(test::compact(QStringLiteral("5 reference clients"))));
    for (const ChartClient &client : sample.chart.clients()) {
        INFO(client.name.toStdString());
        CHECK(text.contains(test::compact(client.name)));
    }
    int derived = 0;
    for (const DerivedValue &value : sample.ideal.values) {
        if (!value.isKnown())
            continue;
        INFO(value.text.toStdString());
        CHECK(text.contains(test::compact(value.text)));
        ++derived;
    }
    CHECK(derived == sample.chart.attributes().size());
    // A spend computed from the monthly figure is printed too, and set in italics.
    CHECK(text.contains(QStringLiteral("$28,800")));
    CHECK(test::runTool(QStringLiteral("pdffonts"), {path}).contains(QStringLiteral("Oblique")));
    for (const char *section : {"Charts", "The attributes", "How the Ideal column is derived"})
        CHECK(text.contains(test::compact(QLatin1String(section))));
}

TEST_CASE("The charts print as shapes and text, not as images", "[render]")
{
    const test::SampleChart sample = test::sampleChart();
    QTemporaryDir dir;
    const QString path = test::exportedChart(
        dir, ChartPrintout(test::consultancySettings()).document(sample.chart, sample.ideal));
    const QStringList images =
        test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Only the two heading lines of the listing: no image in the file.
    CHECK(images.size() == 2);
    // The charts' titles and axis labels are text a reader can search and copy.
    const QString text = test::compactPdfText(path);
    for (const char *label : {"Spend per client, per year", "Years as customer", "Industry mix",
                              "Match to the ideal", "Years as a customer"}) {
        INFO(label);
        CHECK(text.contains(test::compact(QLatin1String(label))));
    }
}

TEST_CASE("The chart prints landscape, on A4 or Letter as the workspace asks", "[render]")
{
    const IcpChart chart = test::filledChart(5);
    QTemporaryDir dir;
    const QString a4 =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    CHECK(test::pdfInfoValue(a4, QStringLiteral("Page size"))
              .startsWith(QStringLiteral("842 x 595")));
    CHECK(test::pdfInfoValue(a4, QStringLiteral("Title"))
          == QStringLiteral("Ideal Customer Profile chart"));
    CHECK(test::pdfInfoValue(a4, QStringLiteral("Author"))
          == QStringLiteral("Ledgerline Integration Services"));

    WorkspaceSettings letter = test::consultancySettings();
    letter.pageSize = QStringLiteral("Letter");
    QTemporaryDir other;
    const QString path = test::exportedChart(other, ChartPrintout(letter).document(chart));
    CHECK(test::pdfInfoValue(path, QStringLiteral("Page size"))
              .startsWith(QStringLiteral("792 x 612")));
}

TEST_CASE("A five-client chart fits on two pages", "[render]")
{
    const test::SampleChart sample = test::sampleChart();
    for (const IcpChart &chart : {sample.chart, test::filledChart(5)}) {
        QTemporaryDir dir;
        const QString path =
            test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
        const int pages = test::pdfInfoValue(path, QStringLiteral("Pages")).toInt();
        CHECK(pages >= 1);
        CHECK(pages <= 2);
        CHECK(test::compactPdfText(path, pages).contains(QStringLiteral("Page%1of%1").arg(pages)));
    }
}

TEST_CASE("A wide chart splits its clients into parts that repeat the attribute and Ideal columns",
          "[render]")
{
    const IcpChart chart = test::filledChart(10);
    const ChartPrintout printout(test::consultancySettings());
    REQUIRE(printout.clientsPerPart() >= 4);
    REQUIRE(printout.clientsPerPart() < 10);
    QTemporaryDir dir;
    const QString path = test::exportedChart(dir, printout.document(chart));
    const QString text = test::compactPdfText(path);

    // 10 clients at five a part ("Manufacturing" needs a fifth of the clients' room).
    CHECK(text.contains(test::compact(QStringLiteral("Clients 1–5 of 10"))));
    CHECK(text.contains(test::compact(QStringLiteral("Clients 6–10 of 10"))));
    for (const ChartClient &client : chart.clients()) {
        INFO(client.name.toStdString());
        CHECK(occurrences(text, test::compact(client.name)) >= 1);
    }
    // Each part has its own attribute names and its own Ideal column.
    const IdealProfile ideal = deriveIdealProfile(chart);
    const DerivedValue *employees = ideal.value(chart.attribute(StandardAttribute::Employees)->id);
    REQUIRE(employees);
    CHECK(occurrences(text, test::compact(employees->text)) >= 2);
    CHECK(occurrences(text, QStringLiteral("Numberofemployees")) >= 2);
    CHECK(occurrences(text, QStringLiteral("Attribute")) >= 2);
    CHECK(occurrences(text, QStringLiteral("Idealequalweights")) >= 2);
    // Firm 06 opens the second part, so it is no longer beside Firm 05 in the grid (the charts
    // after it list every client in one column).
    const qsizetype charts = text.indexOf(QStringLiteral("Charts"));
    REQUIRE(charts > 0);
    CHECK_FALSE(text.left(charts).contains(QStringLiteral("Firm05Firm06")));
}

TEST_CASE("A grid that runs onto the next page repeats its header row", "[render]")
{
    IcpChart chart = test::filledChart(4);
    for (int i = 1; i <= 40; ++i) {
        Attribute attribute;
        attribute.label = QStringLiteral("Own attribute %1").arg(i);
        attribute.type = AttributeType::Text;
        chart.addAttribute(attribute);
    }
    QTemporaryDir dir;
    const QString path =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    REQUIRE(test::pdfInfoValue(path, QStringLiteral("Pages")).toInt() >= 3);
    const QString second = test::compactPdfText(path, 2);
    INFO(second.toStdString());
    CHECK(second.contains(QStringLiteral("AttributeFirm01Firm02Firm03Firm04Ideal")));
    CHECK(second.contains(QStringLiteral("Ownattribute")));
}

TEST_CASE("Text the user typed in the chart prints literally", "[render]")
{
    IcpChart chart = test::filledChart(3);
    const qint64 first = chart.clients().first().id;
    chart.renameClient(first, QStringLiteral("<b>Acme</b> & Sons"));
    Attribute attribute;
    attribute.label = QStringLiteral("<i>Mood</i> & tone");
    attribute.type = AttributeType::Text;
    attribute.notes = QStringLiteral("Use <br> and &amp; freely");
    const qint64 mood = chart.addAttribute(attribute);
    REQUIRE(chart.setCellText(first, mood, QStringLiteral("1 < 2 && \"quotes\"")).ok());
    chart.renameClient(chart.clients().at(1).id, QStringLiteral("%1 %2 <script>"));

    QTemporaryDir dir;
    const QString path =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    const QString text = test::compactPdfText(path);
    for (const QString &literal :
         {QStringLiteral("<b>Acme</b> & Sons"), QStringLiteral("<i>Mood</i> & tone"),
          QStringLiteral("Use <br> and &amp; freely"), QStringLiteral("1 < 2 && \"quotes\""),
          QStringLiteral("%1 %2 <script>")}) {
        INFO(literal.toStdString());
        CHECK(text.contains(test::compact(literal)));
    }
}

TEST_CASE("The chart sheet holds what the printout shows", "[render]")
{
    IcpChart chart = test::filledChart(3);
    const qint64 prospect = chart.addClient(QStringLiteral("A prospect"));
    chart.setClientReference(prospect, false);
    const ChartSheet sheet = ChartSheet::from(chart, deriveIdealProfile(chart));

    CHECK(sheet.clients.size() == 4);
    CHECK(sheet.reference == QList<bool>{true, true, true, false});
    CHECK(sheet.weightingLine.contains(QStringLiteral("3 reference clients (of 4 in the chart)")));
    REQUIRE(sheet.rows.size() == chart.attributes().size());

    const int perYear = chart.attributeIndex(chart.attribute(StandardAttribute::SpendPerYear)->id);
    const ChartSheetRow &spend = sheet.rows.at(perYear);
    CHECK(spend.numeric);
    CHECK(spend.cells.at(0).text == QStringLiteral("$6,000"));
    CHECK(spend.cells.at(0).derived);
    CHECK(spend.cells.at(3).isUnknown());
    CHECK_FALSE(spend.ideal.isEmpty());

    const int revenue = chart.attributeIndex(chart.attribute(StandardAttribute::Revenue)->id);
    CHECK(sheet.rows.at(revenue).ideal.isEmpty());
    const int industry = chart.attributeIndex(chart.attribute(StandardAttribute::Industry)->id);
    CHECK_FALSE(sheet.rows.at(industry).numeric);

    // Bars for every client, the prospect's grey; the industry mix counts reference clients.
    REQUIRE(sheet.spend.size() == 4);
    CHECK(sheet.spend.at(0).known);
    CHECK(sheet.spend.at(0).high == 6000);
    CHECK_FALSE(sheet.spend.at(3).known);
    CHECK_FALSE(sheet.match.at(3).isReference);
    int industries = 0;
    for (const ChartShare &share : sheet.industry)
        industries += share.count;
    CHECK(industries == 3);
    CHECK(sheet.rules.size() >= 5);
}

TEST_CASE("Notes on cells print beside their numbers", "[render]")
{
    IcpChart chart = test::filledChart(3);
    const qint64 second = chart.clients().at(1).id;
    const QString note = QStringLiteral("AUD sales only; also invoiced NZD 230.00 in 1 invoice.");
    for (const StandardAttribute which :
         {StandardAttribute::SpendPerMonth, StandardAttribute::SpendPerYear}) {
        const qint64 attribute = chart.attribute(which)->id;
        REQUIRE(chart.setValue(
            second, attribute,
            ChartValue::fromMoney(MoneyRange::exactly(Money::fromMajor(
                which == StandardAttribute::SpendPerMonth ? 120 : 1440, chart.currency()))),
            note));
    }
    const ChartSheet sheet = ChartSheet::from(chart, deriveIdealProfile(chart));
    REQUIRE(sheet.cellNotes.size() == 1); // one note for the client's two cells
    CHECK(sheet.cellNotes.at(0).text == note);
    CHECK(sheet.cellNotes.at(0).label
          == QStringLiteral("Firm 02, Average spent per month and Average spent per year"));

    QTemporaryDir dir;
    const QString path =
        test::exportedChart(dir, ChartPrintout(test::consultancySettings()).document(chart));
    const QString text = test::compactPdfText(path);
    CHECK(text.contains(QStringLiteral("$1201")));   // the figure and its note's number
    CHECK(text.contains(QStringLiteral("$1,4401"))); // (raised, it reads right after it)
    CHECK(text.contains(test::compact(QStringLiteral("Notes on cells"))));
    CHECK(text.contains(test::compact(QStringLiteral("1 Firm 02, Average spent per month"))));
    CHECK(text.contains(test::compact(note)));
}
