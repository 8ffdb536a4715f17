#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/syncdocument.h"

#include "synctestsupport.h"

#include <SQLiteCpp/Database.h>

using namespace clientele;
using namespace clientele::synctest;

namespace {

const QString kProfile = QStringLiteral("profile");
const QString kProfileItem = QStringLiteral("profileItem");
const QString kOffer = QStringLiteral("offer");
const QString kProposal = QStringLiteral("proposal");

QString field(const Fields &fields, const QString &kind, const QString &uuid, const char *name)
{
    const SyncFieldKey key{kind, uuid, QString::fromLatin1(name)};
    INFO(kind.toStdString() << " " << uuid.toStdString() << " " << name);
    REQUIRE(fields.contains(key));
    return fields.value(key);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The clock of an item's changes: its place in the export (where its uuid first appears), so
// items new to a file are made in the export's order, or `reversed` in the opposite one.
std::function<HlcTimestamp(const SyncFieldKey &)> inExportOrder(const std::string &text,
                                                                bool reversed)
{
    return [&text, reversed](const SyncFieldKey &key) {
        const auto at = static_cast<qint64>(text.find(key.itemUuid.toStdString()));
        return HlcTimestamp{reversed ? 10'000'000 - at : 1000 + at, 0, QStringLiteral("base")};
    };
}

// The fields without the ids the items were made with, as if each was made in a file of its own.
Fields withoutIds(Fields fields)
{
    fields.removeIf([](const auto &field) { return field.key().field == QStringLiteral("~id"); });
    return fields;
}

} // namespace

TEST_CASE("The shared fields name every item by uuid and keep its id as bookkeeping",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    const Fields fields = readSyncFields(file->database());

    CHECK(field(fields, QStringLiteral("settings"), QStringLiteral("settings"), "consultancyName")
          == QStringLiteral("\"Ledgerline Consulting\""));
    CHECK(field(fields, QStringLiteral("settings"), QStringLiteral("settings"), "fitBands")
          == QStringLiteral("{\"a\":80,\"b\":60,\"c\":40}"));
    CHECK(field(fields, QStringLiteral("chart"), QStringLiteral("chart"), "currency")
          == QStringLiteral("\"AUD\""));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        CHECK(it.key().field != QStringLiteral("id"));
        CHECK(it.key().field != QStringLiteral("updated"));
    }

    const nlohmann::json &owner = json.at("profiles").at(0);
    const QString ownerUuid = uuidWithId(json.at("profiles"), 1);
    CHECK(field(fields, kProfile, ownerUuid, "~updated")
          == QStringLiteral("\"2024-06-03T05:15:00.000Z\""));
    CHECK(field(fields, kProfile, ownerUuid, "~id") == QStringLiteral("1"));
    // The first obstacle is the first of its list; the tenth the last.
    const QString firstObstacle = uuidWithId(owner.at("obstacles"), 4);
    CHECK(field(fields, kProfileItem, firstObstacle, "owner") == quoted(ownerUuid));
    CHECK(field(fields, kProfileItem, firstObstacle, "list") == QStringLiteral("\"obstacles\""));
    CHECK(field(fields, kProfileItem, firstObstacle, "position") == QStringLiteral("1.0"));
    CHECK(field(fields, kProfileItem, uuidWithId(owner.at("obstacles"), 13), "position")
          == QStringLiteral("10.0"));

    // Links: an exclusion's rule, an offer's answers, a proposal's profile and lines, a cell.
    const QString employees = uuidWithId(json.at("chart").at("attributes"), 1);
    CHECK(field(fields, kProfileItem, uuidWithId(owner.at("exclusions"), 24), "rule")
          == QStringLiteral("{\"attribute\":\"%1\",\"comparison\":\"less\",\"value\":\"2\"}")
                 .arg(employees));
    const QString assessment = uuidWithId(json.at("offers"), 1);
    CHECK(field(fields, kOffer, assessment, "answers")
          == QStringLiteral("[\"%1\",\"%2\",\"%3\"]")
                 .arg(firstObstacle, uuidWithId(owner.at("obstacles"), 12),
                      uuidWithId(owner.at("needs"), 15)));
    CHECK(field(fields, kOffer, assessment, "retainer") == QStringLiteral("null"));
    const QString letter = uuidWithId(json.at("proposals"), 1);
    CHECK(field(fields, kProposal, letter, "profileUuid") == quoted(ownerUuid));
    CHECK(field(fields, kProposal, letter, "prospectUuid") == QStringLiteral("null"));
    const QString firstLine =
        QString::fromStdString(json.at("proposals").at(0).at("lines").at(0).at("uuid"));
    CHECK(field(fields, QStringLiteral("proposalLine"), firstLine, "offerUuid")
          == quoted(assessment));
    CHECK(field(fields, QStringLiteral("proposalLine"), firstLine, "owner") == quoted(letter));
    const QString weighbridges = uuidWithId(json.at("chart").at("clients"), 3);
    CHECK(field(fields, QStringLiteral("client"), weighbridges,
                QStringLiteral("cell:%1").arg(employees).toLatin1().constData())
          == QStringLiteral("{\"number\":12}"));
    CHECK(field(fields, QStringLiteral("prospect"), uuidWithId(json.at("prospects"), 1),
                QStringLiteral("value:%1").arg(employees).toLatin1().constData())
          == QStringLiteral("\"25\""));
}

TEST_CASE("The shared fields written back into their own file change nothing", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const std::string before = exported(*file);
    const Fields fields = readSyncFields(file->database());
    const SyncState state = stateOf(fields);

    const Status written = write(*file, state);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    CHECK(exported(*file) == before);
    CHECK(readSyncFields(file->database(), state) == fields);
}

TEST_CASE("The sample's fields written into an empty workspace export the sample's JSON",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto sample = sampleFile(dir, "s.clientele");
    const std::string text = exported(*sample);
    SyncState state;
    state.apply(changesTo(readSyncFields(sample->database()), state, QStringLiteral("base"),
                          inExportOrder(text, false)));

    auto empty = emptyFile(dir, "e.clientele");
    // A sync reads the file's own edits first, which stores its standard chart.
    REQUIRE(empty->transaction([&] { readSyncFields(empty->database()); }).ok());
    REQUIRE(empty->database().execAndGet("SELECT count(*) FROM chart_attribute").getInt() == 11);
    const Status written = write(*empty, state);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    // Items new to the file get ids in the order they were made: here the export's.
    CHECK(exported(*empty) == text);
}

TEST_CASE("Links survive by uuid in a file whose ids differ", "[storage][sync]")
{
    QTemporaryDir dir;
    auto sample = sampleFile(dir, "s.clientele");
    const std::string text = exported(*sample);
    const Fields fields = withoutIds(readSyncFields(sample->database()));
    SyncState state;
    // Made in the opposite order without ids of their own, every item gets the id its mirror
    // image has in the sample.
    state.apply(changesTo(fields, state, QStringLiteral("base"), inExportOrder(text, true)));

    auto other = emptyFile(dir, "o.clientele");
    REQUIRE(write(*other, state).ok());
    const nlohmann::json json = exportedJson(*other);
    // Offers 1..4 become 4..1, profile items 1..33 become 33..1, proposals and profiles swap.
    const nlohmann::json &offers = json.at("offers");
    REQUIRE(offers.size() == 4);
    CHECK(offers.at(3).at("name") == "Free business systems assessment");
    CHECK(offers.at(3).at("id") == 4);
    CHECK(offers.at(3).at("answers") == nlohmann::json::array({30, 22, 19}));
    const nlohmann::json &letter = json.at("proposals").at(1);
    CHECK(letter.at("number") == "P-2026-001");
    CHECK(letter.at("id") == 2);
    CHECK(letter.at("profileId") == 2);
    nlohmann::json lineOffers = nlohmann::json::array();
    for (const auto &line : letter.at("lines"))
        lineOffers.push_back(line.at("offerId"));
    CHECK(lineOffers == nlohmann::json::array({4, 1, 2}));
    CHECK(json.at("profiles").at(1).at("obstacles").at(0).at("id") == 30);
    // The same items, named the same way, wherever the ids are.
    CHECK(withoutIds(readSyncFields(other->database())) == fields);
}

TEST_CASE("Of two items made apart with one id the one made first keeps it", "[storage][sync]")
{
    QTemporaryDir dir;
    auto sample = sampleFile(dir, "s.clientele");
    const std::string text = exported(*sample);
    const nlohmann::json json = exportedJson(*sample);
    Fields fields = readSyncFields(sample->database());
    // The first offer, made first, was given id 3 where it was made, as the third was.
    const QString first = uuidWithId(json.at("offers"), 1);
    const QString third = uuidWithId(json.at("offers"), 3);
    fields.insert({kOffer, first, QStringLiteral("~id")}, QStringLiteral("3"));
    SyncState state;
    state.apply(changesTo(fields, state, QStringLiteral("base"), inExportOrder(text, false)));

    auto other = emptyFile(dir, "o.clientele");
    REQUIRE(write(*other, state).ok());
    QMap<QString, qint64> ids;
    const nlohmann::json offers = exportedJson(*other).at("offers");
    REQUIRE(offers.size() == 4);
    for (const auto &offer : offers)
        ids.insert(QString::fromStdString(offer.at("uuid").get<std::string>()),
                   offer.at("id").get<qint64>());
    // The first keeps 3, the second and fourth their own, the third the next free id.
    CHECK(ids.value(first) == 3);
    CHECK(ids.value(uuidWithId(json.at("offers"), 2)) == 2);
    CHECK(ids.value(third) == 5);
    CHECK(ids.value(uuidWithId(json.at("offers"), 4)) == 4);
}

TEST_CASE("Links to deleted items are dropped when written", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    SyncState state = stateOf(readSyncFields(file->database()));

    SECTION("an obstacle an offer answers")
    {
        const QString obstacle = uuidWithId(json.at("profiles").at(0).at("obstacles"), 4);
        state.apply({tombstone(kProfileItem, obstacle, 2000)});
        REQUIRE(write(*file, state).ok());
        const nlohmann::json after = exportedJson(*file);
        CHECK(after.at("offers").at(0).at("answers") == nlohmann::json::array({12, 15}));
        CHECK(after.at("offers").at(3).at("answers") == nlohmann::json::array({16}));
        CHECK(after.at("profiles").at(0).at("obstacles").size() == 9);
    }
    SECTION("the profile of proposals and offers, and its items with it")
    {
        state.apply({tombstone(kProfile, uuidWithId(json.at("profiles"), 1), 2000)});
        REQUIRE(write(*file, state).ok());
        const nlohmann::json after = exportedJson(*file);
        REQUIRE(after.at("profiles").size() == 1);
        CHECK(after.at("profiles").at(0).at("id") == 2);
        for (const auto &proposal : after.at("proposals"))
            CHECK(proposal.at("profileId").is_null());
        for (const auto &offer : after.at("offers"))
            CHECK(offer.at("answers").empty());
        CHECK(file->database().execAndGet("SELECT count(*) FROM profile_item").getInt() == 6);
    }
    SECTION("an offer a proposal's lines were made from")
    {
        state.apply({tombstone(kOffer, uuidWithId(json.at("offers"), 4), 2000)});
        REQUIRE(write(*file, state).ok());
        const nlohmann::json lines = exportedJson(*file).at("proposals").at(0).at("lines");
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0).at("offerId") == 1);
        CHECK(lines.at(1).at("offerId").is_null());
        CHECK(lines.at(1).at("description") == "Procedure writing day");
    }
}

TEST_CASE("Content that fails its checks is refused and the rollback keeps the file",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const std::string before = exported(*file);
    const nlohmann::json json = exportedJson(*file);
    SyncState state = stateOf(readSyncFields(file->database()));
    // A name that is not text, as a newer or broken replica might send.
    Fields edit;
    edit.insert({kProfile, uuidWithId(json.at("profiles"), 2), QStringLiteral("name")},
                QStringLiteral("42"));
    state.apply(changesTo(edit, state, QStringLiteral("remote"), 2000));

    std::optional<JsonInputError> refused;
    const Status written = file->transaction([&] {
        try {
            writeSyncFields(file->database(), state);
        } catch (const JsonInputError &e) {
            refused = e;
            throw;
        }
    });
    CHECK_FALSE(written.ok());
    REQUIRE(refused.has_value());
    CHECK(refused->message()
          == QStringLiteral("profiles[1].name: expected a string, found a number"));
    CHECK(exported(*file) == before);
}

TEST_CASE("A synced item's local id and a value as a person reads it", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    SQLite::Database &db = file->database();
    CHECK(localItemId(db, kOffer, uuidWithId(json.at("offers"), 3)) == 3);
    CHECK(localItemId(db, kProfileItem,
                      uuidWithId(json.at("profiles").at(1).at("technographics"), 28))
          == 28);
    CHECK(localItemId(db, kOffer, QStringLiteral("0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b")) == 0);
    CHECK(localItemId(db, QStringLiteral("settings"), QStringLiteral("settings")) == 0);

    CHECK(syncValueText(QStringLiteral("\"Acme \\\"Ltd\\\"\\nNewcastle\""))
          == QStringLiteral("Acme \"Ltd\"\nNewcastle"));
    CHECK(syncValueText(QStringLiteral("null")).isEmpty());
    CHECK(syncValueText(QStringLiteral("1.5")) == QStringLiteral("1.5"));
    CHECK(syncValueText(QStringLiteral("{\"min\":5,\"max\":200}"))
          == QStringLiteral("{\"min\":5,\"max\":200}"));
    CHECK(syncValueText(QStringLiteral("[\"a\",\"b\"]")) == QStringLiteral("[\"a\",\"b\"]"));
}

TEST_CASE("A new workspace reads as the same shared fields every time", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = emptyFile(dir, "e.clientele");
    const Fields fields = readSyncFields(file->database());
    // The settings, the chart and its eleven standard attributes and five clients.
    CHECK(fields.contains(
        {QStringLiteral("chart"), QStringLiteral("chart"), QStringLiteral("weighting")}));
    QSet<QString> attributes;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (it.key().kind == QStringLiteral("attribute"))
            attributes.insert(it.key().itemUuid);
    CHECK(attributes.size() == 11);
    CHECK(readSyncFields(file->database()) == fields);
}
