#include "proposalversions_cli_test.h"

using namespace clientele::test;

namespace {

const QString kOwner = QStringLiteral("Swamped owner of an industrial equipment firm");
const QString kFields = QStringLiteral(
    "name, customer, demographics, psychographics, industry, businessSize, businessType, person, "
    "company, industryLayer, utopia, notes");

CliRun editProfile(const QString &file, const QString &profile, const QStringList &sets,
                   const QString &user = QStringLiteral("dana"))
{
    QStringList arguments{QStringLiteral("edit-profile"), file, profile};
    for (const QString &set : sets)
        arguments << QStringLiteral("--set") << set;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), user);
    return runCli(arguments, environment);
}

QJsonObject exportedProfile(const QString &file, const QTemporaryDir &dir, int index)
{
    return exportedJson(file, dir.filePath(QStringLiteral("export.json")))
        .value(QStringLiteral("profiles"))
        .toArray()
        .at(index)
        .toObject();
}

QJsonArray historyOf(const QString &file)
{
    const CliRun history = runCli({QStringLiteral("history"), file, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    return QJsonDocument::fromJson(history.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: edit-profile sets several fields as one change the export and history show",
          "[cli][profile]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const CliRun edited = editProfile(
        file, kOwner, {QStringLiteral("businessSize=12"), QStringLiteral("industry=Mining")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.out
          == QStringLiteral("Changed profile 1 \u201CSwamped owner of an industrial equipment "
                            "firm\u201D:\n"
                            "  Industry: \"Engineering, manufacturing and trade services\" "
                            "\u2192 \"Mining\"\n"
                            "  Business size: \"5\u2013200\" \u2192 \"12\"\n"));

    const QJsonObject profile = exportedProfile(file, dir, 0);
    CHECK(profile.value(QStringLiteral("industry")).toString() == QStringLiteral("Mining"));
    CHECK(profile.value(QStringLiteral("businessSize")).toObject()
          == QJsonObject{{QStringLiteral("min"), 12}, {QStringLiteral("max"), 12}});
    CHECK(profile.value(QStringLiteral("name")).toString() == kOwner);

    // One row per field, both by the user who ran it and stamped as one change.
    const QJsonArray records = historyOf(file);
    REQUIRE(records.size() == 2);
    QStringList rows;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        CHECK(record.value(QStringLiteral("author")).toString() == QStringLiteral("dana"));
        CHECK(record.value(QStringLiteral("kind")).toString() == QStringLiteral("profile"));
        CHECK(record.value(QStringLiteral("item")).toInt() == 1);
        CHECK(record.value(QStringLiteral("at"))
              == records.at(0).toObject().value(QStringLiteral("at")));
        rows << record.value(QStringLiteral("field")).toString() + u':'
                    + record.value(QStringLiteral("old")).toString() + u'>'
                    + record.value(QStringLiteral("new")).toString();
    }
    rows.sort();
    CHECK(rows
          == QStringList{QStringLiteral("businessSize:5\u2013200>12"),
                         QStringLiteral("industry:Engineering, manufacturing and trade "
                                        "services>Mining")});
}

TEST_CASE("cli: edit-profile finds a profile by uuid and leaves a size unknown when empty",
          "[cli][profile]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QString uuid = exportedProfile(file, dir, 1).value(QStringLiteral("uuid")).toString();
    REQUIRE_FALSE(uuid.isEmpty());
    const CliRun edited = editProfile(
        file, uuid, {QStringLiteral("businessSize="), QStringLiteral("notes=Two lines\nof notes")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    const QJsonObject profile = exportedProfile(file, dir, 1);
    CHECK(profile.value(QStringLiteral("businessSize")).isNull());
    CHECK(profile.value(QStringLiteral("notes")).toString()
          == QStringLiteral("Two lines\nof notes"));

    // A range, and then the same values again: nothing more is recorded.
    REQUIRE(editProfile(file, QStringLiteral("2"), {QStringLiteral("businessSize=5-200")}).exitCode
            == 0);
    CHECK(exportedProfile(file, dir, 1).value(QStringLiteral("businessSize")).toObject()
          == QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("max"), 200}});
    REQUIRE(historyOf(file).size() == 3);
    const CliRun again =
        editProfile(file, QStringLiteral("2"), {QStringLiteral("businessSize=5-200")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));
    CHECK(historyOf(file).size() == 3);
}

TEST_CASE("cli: edit-profile refuses a bad field, profile or value and writes nothing",
          "[cli][profile]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QByteArray before = fileBytes(file);

    SECTION("an unknown field is named with the fields there are")
    {
        const CliRun run =
            editProfile(file, QStringLiteral("1"),
                        {QStringLiteral("industry=Mining"), QStringLiteral("size=12")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("A profile has no field \"size\". The fields "
                                                "are: ")
                                 + kFields + u'.'));
    }
    SECTION("a list is not set")
    {
        const CliRun run =
            editProfile(file, QStringLiteral("1"), {QStringLiteral("needs=More time")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("\"needs\" is a list, which edit-profile does not "
                                                "set. It sets these fields: ")
                                 + kFields + u'.'));
    }
    SECTION("a --set without FIELD= and none at all")
    {
        const CliRun malformed = editProfile(file, QStringLiteral("1"), {QStringLiteral("Mining")});
        CHECK(malformed.exitCode == 1);
        CHECK(malformed.err.startsWith(QStringLiteral("--set takes FIELD=VALUE")));
        const CliRun none = editProfile(file, QStringLiteral("1"), {});
        CHECK(none.exitCode == 1);
        CHECK(none.err.startsWith(QStringLiteral("Say what to change: --set FIELD=VALUE")));
    }
    SECTION("an unknown profile")
    {
        const CliRun run = editProfile(file, QStringLiteral("Nobody"), {QStringLiteral("name=X")});
        CHECK(run.exitCode == 2);
        CHECK(run.err
              == QStringLiteral("error: No profile with the id, uuid or name \"Nobody\" in %1.\n")
                     .arg(file));
    }
    SECTION("a size that is no staff count, even beside a good value")
    {
        const CliRun run = editProfile(
            file, kOwner, {QStringLiteral("industry=Mining"), QStringLiteral("businessSize=lots")});
        CHECK(run.exitCode == 2);
        CHECK(run.err
              == QStringLiteral("error: %1, profile 1 \u201C%2\u201D, field \"businessSize\": "
                                "Expected a staff count such as \"40\" or a range such as "
                                "\"5-200\", not \"lots\". Nothing was changed.\n")
                     .arg(file, kOwner));
    }
    CHECK(fileBytes(file) == before);
    CHECK(historyOf(file).isEmpty());
}

TEST_CASE("cli: edit-profile asks for an id when two profiles share a name", "[cli][profile]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    REQUIRE(editProfile(file, QStringLiteral("2"), {QStringLiteral("name=") + kOwner}).exitCode
            == 0);
    const QByteArray before = fileBytes(file);
    const CliRun run = editProfile(file, kOwner, {QStringLiteral("industry=Mining")});
    CHECK(run.exitCode == 2);
    CHECK(run.err
          == QStringLiteral("error: 2 profiles in %1 are named \"%2\"; name the one you mean by "
                            "its id or uuid.\n")
                 .arg(file, kOwner));
    CHECK(fileBytes(file) == before);
}
