#include "clientele/storage/profilerepository.h"
#include "clientele/storage/reviewroundrepository.h"

#include "synctestsupport.h"

#include <SQLiteCpp/Database.h>

#include <QCryptographicHash>

using namespace clientele;
using namespace clientele::synctest;

namespace {

const QString kProfileItem = QStringLiteral("profileItem");
const QString kProposal = QStringLiteral("proposal");
const QString kOffer = QStringLiteral("offer");
const QString kPosition = QStringLiteral("position");

// Saves the owner profile of the sample with its obstacles changed by `change`.
std::function<void(SQLite::Database &)>
obstacles(const std::function<void(QList<ProfileItem> &)> &change)
{
    return [change](SQLite::Database &db) {
        ProfileRepository profiles(db);
        CustomerProfile owner = *profiles.find(1);
        change(owner.obstacles);
        profiles.save(owner);
    };
}

QStringList obstacleTexts(WorkspaceFile &file)
{
    QStringList texts;
    const CustomerProfile owner = *ProfileRepository(file.database()).find(1);
    for (const ProfileItem &item : owner.obstacles)
        texts << item.text;
    return texts;
}

// The fields that differ between two readings, with their values in the second.
Fields changed(const Fields &before, const Fields &after)
{
    Fields differing;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value())
            differing.insert(it.key(), it.value());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            differing.insert(it.key(), QStringLiteral("(gone)"));
    return differing;
}

QString numberOf(const nlohmann::json &proposals, const QString &uuid)
{
    for (const auto &p : proposals)
        if (p.at("uuid") == uuid.toStdString())
            return QString::fromStdString(p.at("number").get<std::string>());
    FAIL("no proposal " << uuid.toStdString());
    return {};
}

} // namespace

TEST_CASE("Moving one list item changes only its position", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const Fields before = readSyncFields(file->database());
    const SyncState state = stateOf(before);
    const QString last = ProfileRepository(file->database())
                             .find(1)
                             ->obstacles.last()
                             .uuid.toString(QUuid::WithoutBraces);

    const Fields after =
        fieldsAfter(*file, state,
                    obstacles([](QList<ProfileItem> &items) { items.move(items.size() - 1, 0); }));
    // Before the first, at 1: one less.
    const Fields expected{{{kProfileItem, last, kPosition}, QStringLiteral("0.0")}};
    CHECK(changed(before, after) == expected);
    // Read without the log, every item of the list would be numbered again.
    CHECK(changed(before, fieldsAfter(*file, SyncState(), obstacles([](QList<ProfileItem> &items) {
                      items.move(items.size() - 1, 0);
                  })))
              .size()
          == 10);
}

TEST_CASE("Items inserted apart at one place of a list both stay", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const SyncState base = stateOf(readSyncFields(file->database()));
    const QStringList sample = obstacleTexts(*file);
    const auto insertSecond = [](const QString &text) {
        return obstacles([text](QList<ProfileItem> &items) {
            ProfileItem item;
            item.text = text;
            items.insert(1, item);
        });
    };
    // Anna and Ben each add an obstacle after the first, offline.
    const Fields anna = fieldsAfter(*file, base, insertSecond(QStringLiteral("Anna's")));
    const Fields ben = fieldsAfter(*file, base, insertSecond(QStringLiteral("Ben's")));
    const QList<SyncChange> annas = changesTo(anna, base, QStringLiteral("anna"), 3000);
    const QList<SyncChange> bens = changesTo(ben, base, QStringLiteral("ben"), 2000);
    for (const QList<SyncChange> &changes : {annas, bens}) {
        for (const SyncChange &change : changes)
            if (change.field == kPosition)
                CHECK(change.value == QStringLiteral("1.5")); // between 1 and 2
    }

    SyncState merged = base;
    merged.apply(annas);
    merged.apply(bens);
    REQUIRE(write(*file, merged).ok());
    // Both at 1.5: Ben's position was set first.
    QStringList expected = sample;
    expected.insert(1, QStringLiteral("Ben's"));
    expected.insert(2, QStringLiteral("Anna's"));
    CHECK(obstacleTexts(*file) == expected);
}

TEST_CASE("Proposals numbered alike apart are renumbered the same way in any order",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    const Fields fields = readSyncFields(file->database());
    const SyncState base = stateOf(fields);
    const QString second = uuidWithId(json.at("proposals"), 2);
    // Two new proposals, each a copy of the second with the next number, made on two replicas;
    // the one with the smaller uuid came in last.
    const QString smaller = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
    const QString greater = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
    const auto copyOfSecond = [&](const QString &uuid) {
        Fields copy;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            if (it.key().kind == kProposal && it.key().itemUuid == second)
                copy.insert({kProposal, uuid, it.key().field}, it.value());
        copy.insert({kProposal, uuid, QStringLiteral("number")}, QStringLiteral("\"P-2026-003\""));
        return copy;
    };
    const QList<SyncChange> first =
        changesTo(copyOfSecond(greater), base, QStringLiteral("ben"), 2000);
    const QList<SyncChange> last =
        changesTo(copyOfSecond(smaller), base, QStringLiteral("anna"), 3000);

    for (const bool arrivalOrder : {true, false}) {
        SyncState merged = base;
        merged.apply(arrivalOrder ? first : last);
        merged.apply(arrivalOrder ? last : first);
        REQUIRE(write(*file, merged).ok());
        const nlohmann::json proposals = exportedJson(*file).at("proposals");
        CHECK(numberOf(proposals, smaller) == QStringLiteral("P-2026-003"));
        CHECK(numberOf(proposals, greater) == QStringLiteral("P-2026-004"));
        CHECK(numberOf(proposals, second) == QStringLiteral("P-2026-002"));
    }

    // A number that went out to a prospect stays with its proposal, whatever the uuids.
    const QByteArray pdf("%PDF sent");
    nlohmann::ordered_json version;
    version["version"] = 1;
    version["sentAt"] = "2026-03-05T10:00:00.000Z";
    version["validUntil"] = nullptr;
    version["sha256"] =
        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex().toStdString();
    version["approvedBy"] = "";
    version["approvedAt"] = nullptr;
    version["content"] = {{"id", 9}, {"number", "P-2026-003"}};
    version["pdf"] = pdf.toBase64().toStdString();
    Fields sent;
    sent.insert({kProposal, greater, QStringLiteral("versions")},
                QString::fromStdString(nlohmann::ordered_json::array({version}).dump()));
    SyncState merged = base;
    merged.apply(first + last);
    merged.apply(changesTo(sent, merged, QStringLiteral("ben"), 4000));
    const Status written = write(*file, merged);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    const nlohmann::json proposals = exportedJson(*file).at("proposals");
    CHECK(numberOf(proposals, greater) == QStringLiteral("P-2026-003"));
    CHECK(numberOf(proposals, smaller) == QStringLiteral("P-2026-004"));
}

TEST_CASE("Offers placed apart on one ladder position are moved apart", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    SyncState state = stateOf(readSyncFields(file->database()));
    // The sample's ladder is offers 1, 2 and 3 at positions 1, 2 and 3. Someone puts offer 3 at
    // the first position too.
    const QString entry = uuidWithId(json.at("offers"), 1);
    const QString continuing = uuidWithId(json.at("offers"), 3);
    nlohmann::ordered_json ladder = json.at("offers").at(2).at("ladder");
    ladder["position"] = 1;
    Fields edit;
    edit.insert({kOffer, continuing, QStringLiteral("ladder")},
                QString::fromStdString(ladder.dump()));
    state.apply(changesTo(edit, state, QStringLiteral("ben"), 2000));

    REQUIRE(write(*file, state).ok());
    const nlohmann::json offers = exportedJson(*file).at("offers");
    // The smaller uuid keeps position 1; the other takes the next free one above it, 3 (2 is
    // offer 2's).
    const bool entryKeeps = entry < continuing;
    CHECK(offers.at(0).at("ladder").at("position") == (entryKeeps ? 1 : 3));
    CHECK(offers.at(2).at("ladder").at("position") == (entryKeeps ? 3 : 1));
    CHECK(offers.at(1).at("ladder").at("position") == 2);
}

TEST_CASE("Values a change of type or kind made apart has outdated are left out", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const nlohmann::json json = exportedJson(*file);
    SyncState state = stateOf(readSyncFields(file->database()));
    // Anna makes "Number of employees" a yes/no attribute, and the retainer a project, while Ben
    // still holds their numbers and terms.
    Fields edit;
    edit.insert({QStringLiteral("attribute"), uuidWithId(json.at("chart").at("attributes"), 1),
                 QStringLiteral("type")},
                QStringLiteral("\"yesNo\""));
    edit.insert({kOffer, uuidWithId(json.at("offers"), 3), QStringLiteral("kind")},
                QStringLiteral("\"project\""));
    state.apply(changesTo(edit, state, QStringLiteral("anna"), 2000));

    const Status written = write(*file, state);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    const nlohmann::json after = exportedJson(*file);
    const nlohmann::json &weighbridges = after.at("chart").at("clients").at(2);
    REQUIRE(weighbridges.at("name") == "Novacastrian Weighbridges");
    CHECK(weighbridges.at("cells").at(0).at("attribute") == 2);
    const nlohmann::json &hydraulics = after.at("prospects").at(0);
    REQUIRE(hydraulics.at("company") == "Lake Macquarie Hydraulics");
    CHECK(hydraulics.at("values").at(0).at("attribute") == 2);
    CHECK(after.at("offers").at(2).at("kind") == "project");
    CHECK_FALSE(after.at("offers").at(2).contains("retainer"));
}

TEST_CASE("Review rounds numbered alike and a standard attribute claimed twice are told apart",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    REQUIRE(file->transaction([&] {
                    ReviewRoundRepository rounds(file->database());
                    ReviewRound round;
                    round.name = QStringLiteral("Round 1");
                    round.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
                    round.snapshotData = rounds.currentSnapshotData();
                    round.pdf = QByteArray("%PDF pack");
                    round.sha256 = QString::fromLatin1(
                        QCryptographicHash::hash(round.pdf, QCryptographicHash::Sha256).toHex());
                    rounds.save(round);
                })
                .ok());
    const nlohmann::json json = exportedJson(*file);
    const Fields fields = readSyncFields(file->database());
    SyncState state = stateOf(fields);
    const QString first = uuidWithId(json.at("reviewRounds"), 1);
    // Ben starts a round of his own, also number 1, a day later; its uuid sorts first.
    const QString later = QStringLiteral("00000000-0000-4000-8000-000000000001");
    Fields edit;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (it.key().itemUuid == first)
            edit.insert({it.key().kind, later, it.key().field}, it.value());
    edit.insert({QStringLiteral("reviewRound"), later, QStringLiteral("startedAt")},
                QStringLiteral("\"2026-03-03T09:00:00.000Z\""));
    // And Anna's attribute 2 claims the standard key of attribute 1.
    const QString employees = uuidWithId(json.at("chart").at("attributes"), 1);
    const QString industry = uuidWithId(json.at("chart").at("attributes"), 2);
    edit.insert({QStringLiteral("attribute"), industry, QStringLiteral("key")},
                QStringLiteral("\"employees\""));
    state.apply(changesTo(edit, state, QStringLiteral("ben"), 2000));

    const Status written = write(*file, state);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    const nlohmann::json after = exportedJson(*file);
    // The round started first keeps its number.
    REQUIRE(after.at("reviewRounds").size() == 2);
    CHECK(after.at("reviewRounds").at(0).at("uuid") == first.toStdString());
    CHECK(after.at("reviewRounds").at(0).at("number") == 1);
    CHECK(after.at("reviewRounds").at(1).at("uuid") == later.toStdString());
    CHECK(after.at("reviewRounds").at(1).at("number") == 2);
    // The smaller uuid keeps the standard attribute; the other becomes the user's own.
    const nlohmann::json &attributes = after.at("chart").at("attributes");
    CHECK(attributes.at(0).at("key") == (employees < industry ? "employees" : ""));
    CHECK(attributes.at(1).at("key") == (employees < industry ? "" : "employees"));
}
