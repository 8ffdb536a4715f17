#include "clientele/storage/chartrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "identities.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

#include <functional>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> createFile(const QTemporaryDir &dir, const char *name)
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    return std::move(*file);
}

std::string exportText(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    INFO(text.errorMessage().toStdString());
    REQUIRE(text.ok());
    return *text;
}

IcpChart chartOf(WorkspaceFile &file)
{
    return ChartRepository(file.database()).load();
}

nlohmann::json sample()
{
    return nlohmann::json::parse(sampleWorkspaceJson().toStdString());
}

} // namespace

TEST_CASE("The sample's chart has five plausible clients and imports completely",
          "[storage][chart][json]")
{
    QTemporaryDir dir;
    auto file = createFile(dir, "s.clientele");
    REQUIRE(importWorkspaceJson(*file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    const IcpChart chart = chartOf(*file);
    REQUIRE(chart.clients().size() == 5);
    CHECK(chart.currency() == QStringLiteral("AUD"));
    CHECK(chart.weighting() == Weighting::ByLoyalty);
    int unknownAnswers = 0;
    for (const ChartClient &client : chart.clients()) {
        CHECK_FALSE(client.name.startsWith(QStringLiteral("Client #")));
        for (StandardAttribute which :
             {StandardAttribute::ReferredUs, StandardAttribute::GaveTestimonial}) {
            if (chart.value(client.id, chart.attribute(which)->id).isUnknown())
                ++unknownAnswers;
        }
        // Every client has a spend, entered or derived.
        CHECK_FALSE(chart.cell(client.id, chart.attribute(StandardAttribute::SpendPerYear)->id)
                        .isUnknown());
    }
    CHECK(unknownAnswers == 1);
}

TEST_CASE("Chart export, import and export again gives identical text", "[storage][chart][json]")
{
    QTemporaryDir dir;
    auto first = createFile(dir, "first.clientele");
    REQUIRE(importWorkspaceJson(*first, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    // Every kind of value, and an attribute of the user's own.
    IcpChart chart = chartOf(*first);
    const qint64 own = chart.addAttribute(
        Attribute{0, {}, QStringLiteral("Software"), AttributeType::Tags, {}, {}});
    const qint64 client = chart.clients().at(1).id;
    chart.setValue(client, own, ChartValue::fromTags({QStringLiteral("Xero, cloud")}));
    chart.setValue(client, chart.attribute(StandardAttribute::Employees)->id,
                   ChartValue::fromNumber({2.5, 7.25}));
    chart.setValue(client, chart.attribute(StandardAttribute::Location)->id,
                   ChartValue::fromPlace({{}, 0.5}));
    chart.setValue(client, chart.attribute(StandardAttribute::SpendPerMonth)->id,
                   ChartValue::fromMoney(MoneyRange::exactly(Money(54000, chart.currency()))),
                   QStringLiteral("NZD sales only; also invoiced AUD 500.00 in 1 invoice."));
    chart.setOrientation(ChartOrientation::ClientsAsRows);
    REQUIRE(first->transaction([&] { ChartRepository(first->database()).replace(chart); }));

    const std::string exported = exportText(*first);
    auto second = createFile(dir, "second.clientele");
    REQUIRE(importWorkspaceJson(*second, QByteArray::fromStdString(exported),
                                QStringLiteral("first.json")));
    CHECK(exportText(*second) == exported);
    CHECK(chartOf(*second) == chart);
    CHECK(exported.find("\"note\": \"NZD sales only") != std::string::npos);
}

TEST_CASE("A document without a chart imports as the standard chart in its currency",
          "[storage][chart][json]")
{
    QTemporaryDir dir;
    auto file = createFile(dir, "w.clientele");
    REQUIRE(importWorkspaceJson(*file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    nlohmann::json document = sample();
    document.erase("chart");
    document.erase("prospects"); // a document from before the chart has no prospects either
    document["settings"]["currency"] = "NZD";
    REQUIRE(importWorkspaceJson(*file, QByteArray::fromStdString(document.dump()),
                                QStringLiteral("old.json")));
    CHECK(ChartRepository(file->database()).isStored());
    const IcpChart standard = ChartRepository::standardChart(QStringLiteral("NZD"));
    const IcpChart stored = chartOf(*file);
    CHECK(test::withUuidsOf(stored, standard) == standard);
    // Its items got uuids of their own, not the standard chart's of another workspace.
    CHECK(test::allDistinct(test::uuidsOf(stored)));
    CHECK(test::shareNone(test::uuidsOf(stored), test::uuidsOf(standard)));
    for (const QString &uuid : test::uuidsOf(stored))
        CHECK(test::isVersion4Uuid(uuid));
}

TEST_CASE("Malformed charts are refused with the JSON path and nothing is imported",
          "[storage][chart][json]")
{
    struct Case {
        const char *what;
        std::function<void(nlohmann::json &)> change;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"chart is an array", [](auto &c) { c = nlohmann::json::array(); },
         "chart: expected an object, found an array"},
        {"unknown key", [](auto &c) { c["colour"] = "red"; },
         "chart.colour: unknown key (expected one of: orientation, weighting, currency, "
         "attributes, clients)"},
        {"clients missing", [](auto &c) { c.erase("clients"); },
         "chart.clients: required key is missing"},
        {"bad weighting", [](auto &c) { c["weighting"] = "by size"; },
         "chart.weighting: expected one of: equal, spend, loyalty"},
        {"bad orientation", [](auto &c) { c["orientation"] = "diagonal"; },
         "chart.orientation: expected one of: clientsAsColumns, clientsAsRows"},
        {"bad currency", [](auto &c) { c["currency"] = "dollars"; },
         "chart.currency: expected an ISO 4217 currency code"},
        {"bad attribute type", [](auto &c) { c["attributes"][2]["type"] = "colour"; },
         "chart.attributes[2].type: expected one of: numberOrRange, moneyOrRange, category"},
        {"unknown standard key", [](auto &c) { c["attributes"][2]["key"] = "colour"; },
         "chart.attributes[2].key: expected \"\" for an attribute of your own or one of: "
         "employees"},
        {"standard key twice", [](auto &c) { c["attributes"][2]["key"] = "employees"; },
         "chart.attributes[2].key: the standard attribute \"employees\" is already at "
         "chart.attributes[0].key"},
        {"duplicate attribute id", [](auto &c) { c["attributes"][3]["id"] = 1; },
         "chart.attributes[3].id: duplicate attribute id 1 (already used at "
         "chart.attributes[0].id)"},
        {"duplicate client id", [](auto &c) { c["clients"][4]["id"] = 2; },
         "chart.clients[4].id: duplicate client id 2 (already used at chart.clients[1].id)"},
        {"reference as text", [](auto &c) { c["clients"][0]["reference"] = "yes"; },
         "chart.clients[0].reference: expected true or false, found a string"},
        {"cell of a missing attribute",
         [](auto &c) { c["clients"][1]["cells"][0]["attribute"] = 99; },
         "chart.clients[1].cells[0].attribute: no attribute with id 99 in chart.attributes"},
        {"two cells for one attribute",
         [](auto &c) { c["clients"][0]["cells"][1]["attribute"] = 1; },
         "chart.clients[0].cells[1].attribute: this client already has a cell for attribute 1 "
         "(at chart.clients[0].cells[0].attribute)"},
        {"value of the wrong kind",
         [](auto &c) {
             c["clients"][0]["cells"][0] = {{"attribute", 1}, {"text", "many"}};
         },
         "chart.clients[0].cells[0]: attribute 1 (\"Number of employees\") is of type "
         "numberOrRange, so its cell needs exactly one \"number\" value, found: text"},
        {"two values in one cell", [](auto &c) { c["clients"][0]["cells"][0]["text"] = "x"; },
         "chart.clients[0].cells[0]: attribute 1 (\"Number of employees\") is of type "
         "numberOrRange, so its cell needs exactly one \"number\" value, found: number, text"},
        {"range upside down",
         [](auto &c) {
             c["clients"][1]["cells"][0]["number"] = {{"min", 30}, {"max", 20}};
         },
         "chart.clients[1].cells[0].number.max: must not be less than min (30)"},
        {"negative staff", [](auto &c) { c["clients"][0]["cells"][0]["number"] = -3; },
         "chart.clients[0].cells[0].number: must be a number from 0 to"},
        {"number as text", [](auto &c) { c["clients"][0]["cells"][0]["number"] = "45"; },
         "chart.clients[0].cells[0].number: expected a number or an object with min and max, "
         "found a string"},
        {"money in another currency",
         [](auto &c) { c["clients"][0]["cells"][3]["money"]["currency"] = "USD"; },
         "chart.clients[0].cells[3].money.currency: amounts in this chart are in AUD "
         "(chart.currency), not \"USD\""},
        {"money with too many decimals",
         [](auto &c) { c["clients"][0]["cells"][3]["money"]["amount"] = "12.345"; },
         "chart.clients[0].cells[3].money.amount: "},
        {"empty text", [](auto &c) { c["clients"][0]["cells"][1]["text"] = " "; },
         "chart.clients[0].cells[1].text: must not be empty; an unknown value is left out"},
        {"empty tag list",
         [](auto &c) { c["clients"][0]["cells"][6]["tags"] = nlohmann::json::array(); },
         "chart.clients[0].cells[6].tags: must hold at least one tag"},
        {"place without anything",
         [](auto &c) {
             c["clients"][0]["cells"][4]["place"] = {{"name", ""}};
         },
         "chart.clients[0].cells[4].place: a place needs a name or a distanceKm"},
        {"yes as text", [](auto &c) { c["clients"][0]["cells"][8]["yesNo"] = "yes"; },
         "chart.clients[0].cells[8].yesNo: expected true or false, found a string"},
    };

    QTemporaryDir dir;
    auto file = createFile(dir, "w.clientele");
    REQUIRE(importWorkspaceJson(*file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    const IcpChart before = chartOf(*file);
    for (const Case &c : cases) {
        INFO(c.what);
        nlohmann::json document = sample();
        c.change(document["chart"]);
        const Status imported = importWorkspaceJson(
            *file, QByteArray::fromStdString(document.dump()), QStringLiteral("bad.json"));
        REQUIRE_FALSE(imported.ok());
        CHECK_THAT(imported.errorMessage().toStdString(),
                   Catch::StartsWith(std::string("bad.json: ") + c.expected));
        CHECK(chartOf(*file) == before);
    }
}
