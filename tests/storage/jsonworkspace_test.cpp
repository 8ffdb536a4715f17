#include "clientele/storage/chartrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "identities.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> createWorkspace(const QTemporaryDir &dir, const char *name)
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    return std::move(file.value());
}

std::string exportText(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    INFO(text.errorMessage().toStdString());
    REQUIRE(text.ok());
    return *text;
}

// Everything a user could see of the workspace's content.
struct Snapshot {
    WorkspaceSettings settings;
    QList<CustomerProfile> profiles;
    int items = 0;

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(WorkspaceFile &file)
{
    return {SettingsRepository(file.database()).load(), ProfileRepository(file.database()).all(),
            file.database().execAndGet("SELECT count(*) FROM profile_item").getInt()};
}

// A workspace with content of its own that an import would replace. Its chart is stored, as
// opening a workspace for writing stores it, so its items keep their uuids from read to read.
void fillWithOwnContent(WorkspaceFile &file)
{
    WorkspaceSettings settings;
    settings.consultancyName = QStringLiteral("Previous Pty Ltd");
    settings.currency = QStringLiteral("NZD");
    REQUIRE(file.transaction([&] {
        SettingsRepository(file.database()).save(settings);
        ChartRepository(file.database()).ensureStored();
        ProfileRepository profiles(file.database());
        for (const char *name : {"Old one", "Old two", "Old three"}) {
            CustomerProfile profile;
            profile.name = QString::fromLatin1(name);
            profile.obstacles = {{0, QStringLiteral("An old obstacle"), {}}};
            profile.created = QDateTime(QDate(2023, 1, 2), QTime(3, 4), Qt::UTC);
            profile.updated = profile.created;
            profiles.save(profile);
        }
    }));
}

QByteArray sampleWith(const std::function<void(nlohmann::json &)> &change)
{
    nlohmann::json document = nlohmann::json::parse(sampleWorkspaceJson().toStdString());
    change(document);
    return QByteArray::fromStdString(document.dump());
}

} // namespace

TEST_CASE("Export, import and export again gives identical JSON", "[storage][json]")
{
    QTemporaryDir dir;
    auto first = createWorkspace(dir, "first.clientele");
    REQUIRE(importWorkspaceJson(*first, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    const std::string exported = exportText(*first);
    const auto sample = nlohmann::json::parse(sampleWorkspaceJson().toStdString());
    QStringList uuids;
    CHECK(nlohmann::json::parse(test::withoutUuids(exported, &uuids)) == sample);
    // The sample leaves uuids out, so each of its items was given one.
    CHECK(uuids.size() == test::identifiedItems(sample));
    for (const QString &uuid : uuids)
        CHECK(test::isVersion4Uuid(uuid));
    CHECK(test::allDistinct(uuids));

    auto second = createWorkspace(dir, "second.clientele");
    REQUIRE(importWorkspaceJson(*second, QByteArray::fromStdString(exported),
                                QStringLiteral("first.json")));
    CHECK(exportText(*second) == exported);
    CHECK(snapshot(*second) == snapshot(*first));
}

TEST_CASE("Unusual content survives the round trip unchanged", "[storage][json]")
{
    QTemporaryDir dir;
    auto source = createWorkspace(dir, "source.clientele");
    CustomerProfile odd;
    odd.name = QStringLiteral("Ünïcödé \"quoted\" name\nwith a second line\tand a tab");
    odd.segment.businessSize = {40, 40};
    odd.notes = QStringLiteral("Emoji 🚜 and a backslash \\");
    odd.exclusions = {{0, QStringLiteral("Nobody"), QString()}};
    // created and updated left unknown: exported as null
    CustomerProfile plain;
    plain.name = QStringLiteral("No size");
    plain.created = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    plain.updated = plain.created;
    REQUIRE(source->transaction([&] {
        ProfileRepository profiles(source->database());
        profiles.save(odd);
        profiles.save(plain);
    }));
    const std::string exported = exportText(*source);
    const auto parsed = nlohmann::json::parse(exported);
    CHECK(parsed["profiles"][0]["created"].is_null());
    CHECK(parsed["profiles"][0]["businessSize"] == nlohmann::json{{"min", 40}, {"max", 40}});
    CHECK(parsed["profiles"][1]["businessSize"].is_null());
    CHECK(parsed["profiles"][1]["created"] == "2024-02-29T23:59:59.999Z");

    auto target = createWorkspace(dir, "target.clientele");
    REQUIRE(importWorkspaceJson(*target, QByteArray::fromStdString(exported),
                                QStringLiteral("source.json")));
    CHECK(exportText(*target) == exported);
    CHECK(snapshot(*target) == snapshot(*source));
}

TEST_CASE("Importing replaces the workspace's profiles and settings", "[storage][json]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "full.clientele");
    fillWithOwnContent(*file);
    REQUIRE(ProfileRepository(file->database()).count() == 3);

    REQUIRE(importWorkspaceJson(*file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    const auto profiles = ProfileRepository(file->database()).all();
    REQUIRE(profiles.size() == 2);
    CHECK(profiles[0].name == QStringLiteral("Swamped owner of an industrial equipment firm"));
    CHECK(profiles[0].id == 1);
    CHECK(profiles[1].id == 2);
    for (const auto &profile : profiles)
        CHECK_FALSE(profile.name.startsWith(QStringLiteral("Old")));
    CHECK(SettingsRepository(file->database()).load().consultancyName
          == QStringLiteral("Ledgerline Consulting"));
    CHECK(file->database()
              .execAndGet("SELECT count(*) FROM profile_item WHERE text = 'An old "
                          "obstacle'")
              .getInt()
          == 0);
    CHECK(file->problems().isEmpty());
}

TEST_CASE("Malformed documents are refused with the JSON path, leaving the workspace as it was",
          "[storage][json]")
{
    struct Case {
        const char *what;
        std::function<void(nlohmann::json &)> change;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"a number where text belongs",
         [](auto &d) { d["profiles"][1]["obstacles"][0]["text"] = 5; },
         "profiles[1].obstacles[0].text: expected a string, found a number"},
        {"wrong format", [](auto &d) { d["format"] = "clientele-chart"; },
         "format: expected \"clientele-workspace\""},
        {"format missing", [](auto &d) { d.erase("format"); }, "format: required key is missing"},
        {"newer format version", [](auto &d) { d["formatVersion"] = 5; },
         "formatVersion: the file was written by a newer version of Clientele (format version 5"},
        {"version as text", [](auto &d) { d["formatVersion"] = "1"; },
         "formatVersion: expected a whole number, found a string"},
        {"version zero", [](auto &d) { d["formatVersion"] = 0; },
         "formatVersion: must be between 1 and"},
        {"top level is an array", [](auto &d) { d = nlohmann::json::array(); },
         "top level: expected an object, found an array"},
        {"settings missing", [](auto &d) { d.erase("settings"); },
         "settings: required key is missing"},
        {"setting is null", [](auto &d) { d["settings"]["currency"] = nullptr; },
         "settings.currency: expected a string, found null"},
        {"profiles not an array", [](auto &d) { d["profiles"] = nlohmann::json::object(); },
         "profiles: expected an array, found an object"},
        {"profile is a string", [](auto &d) { d["profiles"][1] = "profile"; },
         "profiles[1]: expected an object, found a string"},
        {"name missing", [](auto &d) { d["profiles"][0].erase("name"); },
         "profiles[0].name: required key is missing"},
        {"profile id missing", [](auto &d) { d["profiles"][1].erase("id"); },
         "profiles[1].id: required key is missing"},
        {"item id missing", [](auto &d) { d["profiles"][0]["wants"][2].erase("id"); },
         "profiles[0].wants[2].id: required key is missing"},
        {"duplicate profile id", [](auto &d) { d["profiles"][1]["id"] = 1; },
         "profiles[1].id: duplicate profile id 1 (already used at profiles[0].id)"},
        {"duplicate item id across profiles",
         [](auto &d) {
             d["profiles"][1]["needs"][0]["id"] = d["profiles"][0]["obstacles"][3]["id"];
         },
         "profiles[1].needs[0].id: duplicate list item id 7 (already used at "
         "profiles[0].obstacles[3].id)"},
        {"negative id", [](auto &d) { d["profiles"][0]["id"] = -4; },
         "profiles[0].id: must be between 1 and"},
        {"fractional id", [](auto &d) { d["profiles"][0]["technographics"][1]["id"] = 1.5; },
         "profiles[0].technographics[1].id: expected a whole number, found 1.5"},
        {"unknown key", [](auto &d) { d["profiles"][0]["obstacle"] = nlohmann::json::array(); },
         "profiles[0].obstacle: unknown key"},
        {"unknown top-level key", [](auto &d) { d["offerz"] = nlohmann::json::array(); },
         "offerz: unknown key"},
        {"reason on a need", [](auto &d) { d["profiles"][0]["needs"][0]["reason"] = "why"; },
         "profiles[0].needs[0].reason: unknown key"},
        {"reason not text", [](auto &d) { d["profiles"][0]["exclusions"][1]["reason"] = true; },
         "profiles[0].exclusions[1].reason: expected a string, found true"},
        {"list not an array", [](auto &d) { d["profiles"][0]["needs"] = "all of them"; },
         "profiles[0].needs: expected an array, found a string"},
        {"size as text", [](auto &d) { d["profiles"][0]["businessSize"] = "5-200"; },
         "profiles[0].businessSize: expected an object, found a string"},
        {"size upside down",
         [](auto &d) {
             d["profiles"][0]["businessSize"] = {{"min", 200}, {"max", 5}};
         },
         "profiles[0].businessSize.max: must not be less than min (200)"},
        {"size without max",
         [](auto &d) {
             d["profiles"][0]["businessSize"] = {{"min", 5}};
         },
         "profiles[0].businessSize.max: required key is missing"},
        {"size of zero",
         [](auto &d) {
             d["profiles"][0]["businessSize"] = {{"min", 0}, {"max", 0}};
         },
         "profiles[0].businessSize: an unknown size is written as null"},
        {"timestamp not a date", [](auto &d) { d["profiles"][0]["created"] = "last Tuesday"; },
         "profiles[0].created: expected an ISO 8601 date and time with a time zone"},
        {"timestamp without a zone",
         [](auto &d) { d["profiles"][0]["updated"] = "2024-05-13T08:30:00"; },
         "profiles[0].updated: expected an ISO 8601 date and time with a time zone"},
        {"timestamp as a number", [](auto &d) { d["profiles"][1]["created"] = 1715589000; },
         "profiles[1].created: expected a date and time as a string or null, found a number"},
        {"uuid with braces",
         [](auto &d) {
             d["profiles"][0]["obstacles"][2]["uuid"] = "{0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b}";
         },
         "profiles[0].obstacles[2].uuid: expected a UUID in lowercase 8-4-4-4-12 form without "
         "braces"},
        {"uuid in capitals",
         [](auto &d) { d["profiles"][1]["uuid"] = "0B6E3F7A-5C2D-4E8F-9A1B-3C4D5E6F7A8B"; },
         "profiles[1].uuid: expected a UUID in lowercase 8-4-4-4-12 form"},
        {"uuid cut short", [](auto &d) { d["offers"][3]["uuid"] = "0b6e3f7a-5c2d-4e8f-9a1b"; },
         "offers[3].uuid: expected a UUID in lowercase 8-4-4-4-12 form"},
        {"uuid as a number", [](auto &d) { d["chart"]["clients"][4]["uuid"] = 7; },
         "chart.clients[4].uuid: expected a UUID as a string, found a number"},
        {"uuid null", [](auto &d) { d["proposals"][1]["lines"][0]["uuid"] = nullptr; },
         "proposals[1].lines[0].uuid: expected a UUID as a string, found null"},
        {"nil uuid",
         [](auto &d) {
             d["chart"]["attributes"][0]["uuid"] = "00000000-0000-0000-0000-000000000000";
         },
         "chart.attributes[0].uuid: the nil UUID names nothing"},
        {"duplicate item uuid across profiles",
         [](auto &d) {
             d["profiles"][0]["obstacles"][3]["uuid"] = "0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b";
             d["profiles"][1]["needs"][0]["uuid"] = "0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b";
         },
         "profiles[1].needs[0].uuid: duplicate list item uuid "
         "0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b (already used at profiles[0].obstacles[3].uuid)"},
        {"duplicate profile uuid",
         [](auto &d) {
             d["profiles"][0]["uuid"] = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
             d["profiles"][1]["uuid"] = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
         },
         "profiles[1].uuid: duplicate profile uuid 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f (already "
         "used at profiles[0].uuid)"},
        {"duplicate attribute uuid",
         [](auto &d) {
             d["chart"]["attributes"][2]["uuid"] = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
             d["chart"]["attributes"][7]["uuid"] = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
         },
         "chart.attributes[7].uuid: duplicate attribute uuid 2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a "
         "(already used at chart.attributes[2].uuid)"},
        {"duplicate client uuid",
         [](auto &d) {
             d["chart"]["clients"][0]["uuid"] = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b";
             d["chart"]["clients"][1]["uuid"] = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b";
         },
         "chart.clients[1].uuid: duplicate client uuid 3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b "
         "(already used at chart.clients[0].uuid)"},
        {"duplicate offer uuid",
         [](auto &d) {
             d["offers"][1]["uuid"] = "4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c";
             d["offers"][2]["uuid"] = "4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c";
         },
         "offers[2].uuid: duplicate offer uuid 4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c (already "
         "used at offers[1].uuid)"},
        {"duplicate proposal uuid",
         [](auto &d) {
             d["proposals"][0]["uuid"] = "5a6b7c8d-9e0f-4a1b-ac2d-3e4f5a6b7c8d";
             d["proposals"][1]["uuid"] = "5a6b7c8d-9e0f-4a1b-ac2d-3e4f5a6b7c8d";
         },
         "proposals[1].uuid: duplicate proposal uuid 5a6b7c8d-9e0f-4a1b-ac2d-3e4f5a6b7c8d "
         "(already used at proposals[0].uuid)"},
        {"duplicate line uuid across proposals",
         [](auto &d) {
             d["proposals"][0]["lines"][2]["uuid"] = "6b7c8d9e-0f1a-4b2c-bd3e-4f5a6b7c8d9e";
             d["proposals"][1]["lines"][0]["uuid"] = "6b7c8d9e-0f1a-4b2c-bd3e-4f5a6b7c8d9e";
         },
         "proposals[1].lines[0].uuid: duplicate proposal line uuid "
         "6b7c8d9e-0f1a-4b2c-bd3e-4f5a6b7c8d9e (already used at proposals[0].lines[2].uuid)"},
    };

    QTemporaryDir dir;
    auto file = createWorkspace(dir, "kept.clientele");
    fillWithOwnContent(*file);
    const Snapshot before = snapshot(*file);
    const std::string exportedBefore = exportText(*file);

    for (const Case &c : cases) {
        INFO(c.what);
        const Status imported =
            importWorkspaceJson(*file, sampleWith(c.change), QStringLiteral("broken.json"));
        REQUIRE_FALSE(imported.ok());
        const QString message = imported.errorMessage();
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("broken.json: ")));
        CHECK(message.contains(QString::fromUtf8(c.expected)));
        CHECK(snapshot(*file) == before);
    }
    CHECK(exportText(*file) == exportedBefore);
}

TEST_CASE("A syntax error is reported with line, column and byte offset", "[storage][json]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "kept.clientele");
    fillWithOwnContent(*file);
    const Snapshot before = snapshot(*file);
    const QByteArray broken = "{\n  \"format\": \"clientele-workspace\",\n  \"formatVersion\": 1,\n"
                              "  \"settings\": {},\n  \"profiles\": [,]\n}\n";
    const Status imported = importWorkspaceJson(*file, broken, QStringLiteral("typo.json"));
    REQUIRE_FALSE(imported.ok());
    INFO(imported.errorMessage().toStdString());
    CHECK(imported.errorMessage().startsWith(
        QStringLiteral("typo.json: line 5, column 16 (byte offset 92): not valid JSON: ")));
    CHECK(broken.at(92) == ',');
    CHECK(snapshot(*file) == before);

    const Status empty = importWorkspaceJson(*file, {}, QStringLiteral("empty.json"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("unexpected end of input")));
    CHECK(snapshot(*file) == before);
}

TEST_CASE("A 100,000-deep document is refused without crashing", "[storage][json]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "kept.clientele");
    fillWithOwnContent(*file);
    const Snapshot before = snapshot(*file);

    const int depth = 100'000;
    const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    const Status deepArrays = importWorkspaceJson(*file, arrays, QStringLiteral("deep.json"));
    REQUIRE_FALSE(deepArrays.ok());
    CHECK(deepArrays.errorMessage().contains(QStringLiteral("nested deeper than 64 levels")));

    QByteArray objects = "{\"format\":\"clientele-workspace\",\"settings\":";
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    objects += "1";
    objects += QByteArray(depth + 1, '}');
    const Status deepObjects = importWorkspaceJson(*file, objects, QStringLiteral("deep.json"));
    REQUIRE_FALSE(deepObjects.ok());
    INFO(deepObjects.errorMessage().left(200).toStdString());
    CHECK(deepObjects.errorMessage().startsWith(QStringLiteral(
        "deep.json: settings.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.")));
    CHECK(snapshot(*file) == before);
}

TEST_CASE("A failed write rolls the whole import back", "[storage][json]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "kept.clientele");
    fillWithOwnContent(*file);
    const Snapshot before = snapshot(*file);
    // Fails the write half-way: after the old content is cleared and some rows are written.
    file->database().exec("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON main.profile_item "
                          "WHEN NEW.text = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END");
    const QByteArray json =
        sampleWith([](auto &d) { d["profiles"][1]["obstacles"][1]["text"] = "boom"; });
    const Status imported = importWorkspaceJson(*file, json, QStringLiteral("late.json"));
    REQUIRE_FALSE(imported.ok());
    INFO(imported.errorMessage().toStdString());
    CHECK(imported.errorMessage().startsWith(QStringLiteral("late.json: nothing was imported.")));
    CHECK(snapshot(*file) == before);
}

TEST_CASE("Import refuses a read-only workspace", "[storage][json]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.clientele"));
    {
        auto file = WorkspaceFile::create(path);
        REQUIRE(file.ok());
        fillWithOwnContent(**file);
    }
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const Snapshot before = snapshot(**file);
    const Status imported =
        importWorkspaceJson(**file, sampleWorkspaceJson(), QStringLiteral("sample.json"));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.errorMessage().contains(QStringLiteral("read-only")));
    CHECK(snapshot(**file) == before);
    CHECK(exportWorkspaceJson(**file).ok()); // reading still works
}

TEST_CASE("Files are exported and imported by path", "[storage][json]")
{
    QTemporaryDir dir;
    auto source = createWorkspace(dir, "source.clientele");
    REQUIRE(importWorkspaceJson(*source, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    const QString jsonPath = dir.filePath(QStringLiteral("export.json"));
    REQUIRE(exportWorkspaceJsonFile(*source, jsonPath));
    QFile written(jsonPath);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().toStdString() == exportText(*source));

    auto target = createWorkspace(dir, "target.clientele");
    REQUIRE(importWorkspaceJsonFile(*target, jsonPath));
    CHECK(exportText(*target) == exportText(*source));

    const Status missing =
        importWorkspaceJsonFile(*target, dir.filePath(QStringLiteral("nowhere.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage() == QStringLiteral("nowhere.json: the file does not exist."));
}

TEST_CASE("A file larger than the limit is refused before it is read", "[storage][json]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "kept.clientele");
    fillWithOwnContent(*file);
    const Snapshot before = snapshot(*file);
    const QString hugePath = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile huge(hugePath);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(kMaxWorkspaceJsonBytes + 1)); // sparse: costs no disk space
    }
    const Status imported = importWorkspaceJsonFile(*file, hugePath);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.errorMessage().toStdString());
    CHECK(imported.errorMessage().startsWith(QStringLiteral("huge.json: the file is 256 MB")));
    CHECK(imported.errorMessage().contains(QStringLiteral("at most 256 MB")));
    CHECK(snapshot(*file) == before);
}
