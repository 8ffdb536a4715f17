// The fit score's choices kept by the workspace: an attribute's fit, an exclusion's rule and the
// grade bands, through the file, the JSON and a renewed copy.

#include "clientele/storage/chartrepository.h"
#include "clientele/storage/identities.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

#include <functional>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> sampleFile(const QTemporaryDir &dir, const char *name)
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    REQUIRE(importWorkspaceJson(**file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    return std::move(*file);
}

std::unique_ptr<WorkspaceFile> reopen(std::unique_ptr<WorkspaceFile> &file)
{
    const QString path = file->path();
    file.reset();
    auto opened = WorkspaceFile::open(path);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

std::string exportText(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    REQUIRE(text.ok());
    return *text;
}

void write(WorkspaceFile &file, const std::function<void()> &work)
{
    const Status written = file.transaction(work);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
}

const Attribute &employees(const IcpChart &chart)
{
    const Attribute *attribute = chart.attribute(StandardAttribute::Employees);
    REQUIRE(attribute);
    return *attribute;
}

CustomerProfile firstProfile(WorkspaceFile &file)
{
    const auto profiles = ProfileRepository(file.database()).all();
    REQUIRE_FALSE(profiles.isEmpty());
    return profiles.first();
}

// The sample with a rule on the first exclusion ("Employees less than 2"), a keyword rule on the
// second, the employees' fit set and bands of 90/70/50.
void giveFitChoices(WorkspaceFile &file)
{
    write(file, [&] {
        const IcpChart chart = ChartRepository(file.database()).load();
        ChartRepository(file.database())
            .setAttributeFit(employees(chart).id,
                             {true, FitImportance::VeryImportant, std::optional<double>(12.5)});
        CustomerProfile profile = firstProfile(file);
        profile.exclusions[0].rule =
            ExclusionRule{employees(chart).uuid, RuleComparison::Less, QStringLiteral("2")};
        profile.exclusions[1].rule = ExclusionRule{{}, RuleComparison::Is, QStringLiteral("MYOB")};
        ProfileRepository(file.database()).save(profile);
        WorkspaceSettings settings = SettingsRepository(file.database()).load();
        settings.fitBands = {90, 70, 50};
        SettingsRepository(file.database()).save(settings);
    });
}

} // namespace

TEST_CASE("Fit choices, exclusion rules and bands are kept by the file", "[storage][fit]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "w.clientele");
    // The sample's own choices: staff counts most and stops matching 40 away; one-person
    // operators are not our customer. Everything else is the default.
    const IcpChart sample = ChartRepository(file->database()).load();
    CHECK(employees(sample).fit
          == AttributeFit{{}, FitImportance::VeryImportant, std::optional<double>(40)});
    CHECK(sample.attribute(StandardAttribute::Industry)->fit == AttributeFit{});
    CHECK(SettingsRepository(file->database()).load().fitBands == FitBands{80, 60, 40});
    REQUIRE(firstProfile(*file).exclusions[0].rule);
    CHECK(firstProfile(*file).exclusions[0].rule->describe(sample)
          == QStringLiteral("Number of employees is less than 2"));
    CHECK_FALSE(firstProfile(*file).exclusions[2].rule);

    giveFitChoices(*file);
    file = reopen(file);
    const IcpChart chart = ChartRepository(file->database()).load();
    CHECK(employees(chart).fit
          == AttributeFit{true, FitImportance::VeryImportant, std::optional<double>(12.5)});
    CHECK(chart.attribute(StandardAttribute::Industry)->fit == AttributeFit{});
    const CustomerProfile profile = firstProfile(*file);
    REQUIRE(profile.exclusions[0].rule);
    CHECK(profile.exclusions[0].rule->attribute == employees(chart).uuid);
    CHECK(profile.exclusions[0].rule->comparison == RuleComparison::Less);
    CHECK(profile.exclusions[0].rule->value == QStringLiteral("2"));
    REQUIRE(profile.exclusions[1].rule);
    CHECK(profile.exclusions[1].rule->isKeyword());
    CHECK_FALSE(profile.exclusions[2].rule);
    CHECK(SettingsRepository(file->database()).load().fitBands == FitBands{90, 70, 50});

    // Choices set back to the default are stored as no choice.
    write(*file,
          [&] { ChartRepository(file->database()).setAttributeFit(employees(chart).id, {}); });
    CHECK(file->database()
              .execAndGet("SELECT count(*) FROM chart_attribute WHERE key = 'employees' AND "
                          "(fit_used IS NOT NULL OR fit_importance IS NOT NULL OR "
                          "fit_falloff IS NOT NULL)")
              .getInt()
          == 0);
}

TEST_CASE("Bands stored out of order read as the default", "[storage][fit]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "w.clientele");
    write(*file, [&] {
        file->database().exec("INSERT INTO setting(key, value) VALUES('fitBandA', '30') "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    });
    CHECK(SettingsRepository(file->database()).load().fitBands == FitBands{80, 60, 40});
}

TEST_CASE("Fit choices and rules survive export and import", "[storage][fit][json]")
{
    QTemporaryDir dir;
    auto first = sampleFile(dir, "first.clientele");
    giveFitChoices(*first);
    const std::string exported = exportText(*first);
    const auto json = nlohmann::json::parse(exported);
    CHECK(json["chart"]["attributes"][0]["fit"]
          == nlohmann::json::parse(
              R"({"used": true, "importance": "veryImportant", "distance": 12.5})"));
    CHECK_FALSE(json["chart"]["attributes"][1].contains("fit"));
    // The rule names the attribute by its id in the chart section, as cells do.
    CHECK(json["profiles"][0]["exclusions"][0]["rule"]
          == nlohmann::json::parse(R"({"attribute": 1, "comparison": "less", "value": "2"})"));
    CHECK(json["profiles"][0]["exclusions"][1]["rule"]
          == nlohmann::json::parse(R"({"keyword": "MYOB"})"));
    CHECK(json["settings"]["fitBands"] == nlohmann::json::parse(R"({"a": 90, "b": 70, "c": 50})"));

    auto second = sampleFile(dir, "second.clientele");
    REQUIRE(importWorkspaceJson(*second, QByteArray::fromStdString(exported),
                                QStringLiteral("first.json")));
    CHECK(exportText(*second) == exported);
    const IcpChart chart = ChartRepository(second->database()).load();
    const auto rule = firstProfile(*second).exclusions[0].rule;
    REQUIRE(rule);
    CHECK(rule->attribute == employees(chart).uuid);
    CHECK(rule->describe(chart) == QStringLiteral("Number of employees is less than 2"));
}

TEST_CASE("Malformed fit choices, rules and bands are refused with the JSON path",
          "[storage][fit][json]")
{
    struct Case {
        const char *what;
        std::function<void(nlohmann::json &)> change;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"unknown importance",
         [](auto &d) {
             d["chart"]["attributes"][0]["fit"] = {{"importance", "vital"}};
         },
         "chart.attributes[0].fit.importance: expected one of veryImportant, important, "
         "somewhat, notImportant"},
        {"zero distance",
         [](auto &d) {
             d["chart"]["attributes"][0]["fit"] = {{"distance", 0}};
         },
         "chart.attributes[0].fit.distance: expected a number more than 0"},
        {"used as text",
         [](auto &d) {
             d["chart"]["attributes"][0]["fit"] = {{"used", "yes"}};
         },
         "chart.attributes[0].fit.used: expected true or false, found a string"},
        {"unknown fit key",
         [](auto &d) {
             d["chart"]["attributes"][0]["fit"] = {{"weight", 3}};
         },
         "chart.attributes[0].fit.weight: unknown key"},
        {"rule on a need",
         [](auto &d) {
             d["profiles"][0]["needs"][0]["rule"] = {{"keyword", "MYOB"}};
         },
         "profiles[0].needs[0].rule: unknown key"},
        {"rule without comparison",
         [](auto &d) {
             d["profiles"][0]["exclusions"][0]["rule"] = {{"attribute", 1}, {"value", "2"}};
         },
         "profiles[0].exclusions[0].rule.comparison: required key is missing"},
        {"unknown comparison",
         [](auto &d) {
             d["profiles"][0]["exclusions"][0]["rule"] = {
                 {"attribute", 1}, {"comparison", "below"}, {"value", "2"}};
         },
         "profiles[0].exclusions[0].rule.comparison: expected one of less, greater, is, contains"},
        {"keyword and attribute",
         [](auto &d) {
             d["profiles"][0]["exclusions"][1]["rule"] = {{"keyword", "MYOB"}, {"attribute", 1}};
         },
         "profiles[0].exclusions[1].rule: a rule has either a keyword or an attribute"},
        {"empty keyword",
         [](auto &d) {
             d["profiles"][0]["exclusions"][1]["rule"] = {{"keyword", " "}};
         },
         "profiles[0].exclusions[1].rule.keyword: must not be empty"},
        {"attribute not in the chart",
         [](auto &d) {
             d["profiles"][0]["exclusions"][0]["rule"] = {
                 {"attribute", 99}, {"comparison", "less"}, {"value", "2"}};
         },
         "profiles[0].exclusions[0].rule.attribute: no attribute with id 99 in chart.attributes"},
        {"bands upside down",
         [](auto &d) {
             d["settings"]["fitBands"] = {{"a", 40}, {"b", 60}, {"c", 80}};
         },
         "settings.fitBands: the grade bands must fall from a to c"},
        {"band above 100",
         [](auto &d) {
             d["settings"]["fitBands"] = {{"a", 120}, {"b", 60}, {"c", 40}};
         },
         "settings.fitBands.a: must be between 0 and 100"},
    };
    QTemporaryDir dir;
    auto file = sampleFile(dir, "w.clientele");
    giveFitChoices(*file);
    const std::string before = exportText(*file);
    for (const Case &c : cases) {
        INFO(c.what);
        nlohmann::json document = nlohmann::json::parse(sampleWorkspaceJson().toStdString());
        c.change(document);
        const Status imported = importWorkspaceJson(
            *file, QByteArray::fromStdString(document.dump()), QStringLiteral("bad.json"));
        REQUIRE_FALSE(imported.ok());
        CHECK_THAT(imported.errorMessage().toStdString(),
                   Catch::StartsWith(std::string("bad.json: ") + c.expected));
        CHECK(exportText(*file) == before);
    }
}

TEST_CASE("A renewed copy's rules follow their attribute to its new uuid", "[storage][fit]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "w.clientele");
    giveFitChoices(*file);
    const QUuid before = employees(ChartRepository(file->database()).load()).uuid;
    write(*file, [&] { renewIdentities(file->database()); });
    const IcpChart chart = ChartRepository(file->database()).load();
    CHECK(employees(chart).uuid != before);
    const auto rule = firstProfile(*file).exclusions[0].rule;
    REQUIRE(rule);
    CHECK(rule->attribute == employees(chart).uuid);
}
