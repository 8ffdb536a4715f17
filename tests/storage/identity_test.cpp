// Profiles and their items, chart attributes and clients, offers, proposals and their lines carry
// a uuid: given when they are first stored, kept by every later save, export and import, never
// given to another item, so two workspaces made apart can be merged without any item clashing.

#include "clientele/storage/chartrepository.h"
#include "clientele/storage/identities.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "identities.h"
#include "oldschema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace clientele;
using clientele::test::allDistinct;
using clientele::test::isVersion4Uuid;
using clientele::test::shareNone;
using clientele::test::uuidsOf;
using clientele::test::withoutUuids;

namespace {

const char *const kIdentityTables[] = {"profile", "profile_item", "chart_attribute", "chart_client",
                                       "offer",   "proposal",     "proposal_line"};

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

void importText(WorkspaceFile &file, const std::string &text)
{
    const Status imported =
        importWorkspaceJson(file, QByteArray::fromStdString(text), QStringLiteral("in.json"));
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
}

void write(WorkspaceFile &file, const std::function<void()> &work)
{
    const Status written = file.transaction(work);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
}

QString text(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Every uuid the file holds, table by table, sorted; a row without one reads as "".
QStringList storedUuids(WorkspaceFile &file)
{
    QStringList uuids;
    for (const char *table : kIdentityTables) {
        SQLite::Statement rows(file.database(),
                               std::string("SELECT coalesce(uuid, '') FROM ") + table);
        while (rows.executeStep())
            uuids << QString::fromStdString(rows.getColumn(0).getString());
    }
    std::sort(uuids.begin(), uuids.end());
    return uuids;
}

ProfileItem item(const char *text)
{
    return {0, QString::fromUtf8(text), {}};
}

// The same content any consultant might enter: every kind of item that carries a uuid, with the
// same local ids in every workspace it is written to.
void fillWorkspace(WorkspaceFile &file)
{
    write(file, [&] {
        auto &db = file.database();
        ProfileRepository profiles(db);
        for (const char *name : {"Swamped owner", "Growing practice"}) {
            CustomerProfile profile;
            profile.name = QString::fromUtf8(name);
            profile.segment.technographics = {item("Xero")};
            profile.obstacles = {item("Month end takes a week"), item("Re-keying orders")};
            profile.needs = {item("One system")};
            profile.wants = {item("A smaller software bill")};
            profile.exclusions = {{0, QStringLiteral("Sole traders"), QStringLiteral("Too small")}};
            profile.created = QDateTime(QDate(2024, 5, 13), QTime(8, 30), Qt::UTC);
            profile.updated = profile.created;
            profiles.save(profile);
        }

        ChartRepository chart(db);
        chart.ensureStored();
        chart.addClient({6, QStringLiteral("Hunter Valley Pumps"), true, {}}, 5);
        chart.addAttribute({12, {}, QStringLiteral("Software"), AttributeType::Text, {}, {}}, 11);

        OfferRepository offers(db);
        Offer assessment;
        assessment.name = QStringLiteral("Systems health check");
        assessment.kind = OfferKind::FreeAssessment;
        assessment.price = Money(0, QStringLiteral("AUD"));
        offers.save(assessment);
        Offer retainer;
        retainer.name = QStringLiteral("Support retainer");
        retainer.kind = OfferKind::MonthlyRetainer;
        retainer.price = Money(165000, QStringLiteral("AUD"));
        retainer.retainer.hoursPerMonth = 10;
        offers.save(retainer);

        ProposalRepository proposals(db);
        for (const char *number : {"P-2026-001", "P-2026-002"}) {
            Proposal proposal;
            proposal.number = QString::fromUtf8(number);
            proposal.lines = {{1, QStringLiteral("Systems health check"), 1,
                               Money(0, QStringLiteral("AUD")), Billing::OneOff},
                              {2, QStringLiteral("Support retainer"), 1,
                               Money(165000, QStringLiteral("AUD")), Billing::Monthly},
                              {0, QStringLiteral("Training day"), 2,
                               Money(120000, QStringLiteral("AUD")), Billing::OneOff}};
            proposals.save(proposal);
        }
    });
}

int identifiedRows(WorkspaceFile &file)
{
    int rows = 0;
    for (const char *table : kIdentityTables)
        rows += file.database().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
    return rows;
}

void checkWellFormed(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        INFO(uuid.toStdString());
        CHECK(isVersion4Uuid(uuid));
    }
}

} // namespace

TEST_CASE("Two workspaces made apart keep distinct identities through export and import",
          "[storage][identity]")
{
    QTemporaryDir dir;
    auto a = createWorkspace(dir, "a.clientele");
    auto b = createWorkspace(dir, "b.clientele");
    fillWorkspace(*a);
    fillWorkspace(*b);
    const std::string exportedA = exportText(*a);
    const std::string exportedB = exportText(*b);
    // The same content under the same local ids: only the uuids tell the items apart.
    REQUIRE(withoutUuids(exportedA) == withoutUuids(exportedB));

    const QStringList uuidsA = uuidsOf(exportedA);
    const QStringList uuidsB = uuidsOf(exportedB);
    CHECK(uuidsA.size() == test::identifiedItems(nlohmann::json::parse(exportedA)));
    CHECK(uuidsA.size() == identifiedRows(*a));
    checkWellFormed(uuidsA + uuidsB);
    CHECK(allDistinct(uuidsA + uuidsB));

    auto importedA = createWorkspace(dir, "a2.clientele");
    auto importedB = createWorkspace(dir, "b2.clientele");
    importText(*importedA, exportedA);
    importText(*importedB, exportedB);
    // Each import keeps exactly its source's uuids, item by item and row by row.
    CHECK(uuidsOf(exportText(*importedA)) == uuidsA);
    CHECK(uuidsOf(exportText(*importedB)) == uuidsB);
    CHECK(storedUuids(*importedA) == storedUuids(*a));
    CHECK(storedUuids(*importedB) == storedUuids(*b));
    CHECK(exportText(*importedA) == exportedA);
    CHECK(exportText(*importedB) == exportedB);

    // Importing an import's own export again changes nothing.
    importText(*importedA, exportText(*importedA));
    CHECK(exportText(*importedA) == exportedA);
}

TEST_CASE("An import gives uuids to items without one and keeps the others",
          "[storage][identity][json]")
{
    QTemporaryDir dir;
    auto source = createWorkspace(dir, "source.clientele");
    fillWorkspace(*source);
    const auto original = nlohmann::ordered_json::parse(exportText(*source));
    auto document = original;
    document["profiles"][1]["obstacles"][0].erase("uuid");
    document["proposals"][0]["lines"][2].erase("uuid");
    // Items of different kinds may share a uuid: they live in different tables.
    document["offers"][0]["uuid"] = document["profiles"][0]["uuid"];

    auto target = createWorkspace(dir, "target.clientele");
    importText(*target, document.dump());
    auto imported = nlohmann::ordered_json::parse(exportText(*target));
    CHECK(imported["offers"][0]["uuid"] == imported["profiles"][0]["uuid"]);
    const QStringList given = uuidsOf(original.dump());
    for (auto *fresh : {&imported["profiles"][1]["obstacles"][0]["uuid"],
                        &imported["proposals"][0]["lines"][2]["uuid"]}) {
        const QString uuid = QString::fromStdString(fresh->get<std::string>());
        CHECK(isVersion4Uuid(uuid));
        CHECK_FALSE(given.contains(uuid));
    }

    // Every other item kept the uuid it came with.
    imported["profiles"][1]["obstacles"][0]["uuid"] =
        original["profiles"][1]["obstacles"][0]["uuid"];
    imported["proposals"][0]["lines"][2]["uuid"] = original["proposals"][0]["lines"][2]["uuid"];
    imported["offers"][0]["uuid"] = original["offers"][0]["uuid"];
    CHECK(imported == original);
}

TEST_CASE("Upgrading to schema 8 gives every existing item a uuid of its own",
          "[storage][identity][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema7.clientele"));
    test::createAtSchema(path, 7);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO profile (id, name, created, updated) VALUES "
                "(1, 'Swamped owner', '', ''), (2, 'Growing practice', '', '')");
        db.exec("INSERT INTO profile_item (id, profile_id, list, position, text) VALUES "
                "(1, 1, 'obstacles', 0, 'Month end'), (2, 1, 'needs', 0, 'One system'), "
                "(3, 2, 'wants', 0, 'Lower bills')");
        db.exec("INSERT INTO chart (id, orientation, weighting, currency) "
                "VALUES (1, 'clientsAsColumns', 'equal', 'AUD')");
        db.exec("INSERT INTO chart_attribute (id, key, label, type, position) VALUES "
                "(1, 'employees', 'Employees', 'numberOrRange', 0), "
                "(2, '', 'Software', 'text', 1)");
        db.exec("INSERT INTO chart_client (id, name, position) VALUES "
                "(1, 'Client #1', 0), (2, 'Client #2', 1)");
        db.exec("INSERT INTO offer (id, name, kind) VALUES "
                "(1, 'Health check', 'assessment'), (2, 'Retainer', 'retainer')");
        db.exec("INSERT INTO proposal (id, number) VALUES (1, 'P-1'), (2, 'P-2')");
        db.exec("INSERT INTO proposal_line (proposal_id, position, description) VALUES "
                "(1, 0, 'Check'), (1, 1, 'Retainer'), (2, 0, 'Training')");
    }

    auto opened = WorkspaceFile::open(path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    WorkspaceFile &file = **opened;
    CHECK(file.schemaVersion() == WorkspaceFile::latestSchemaVersion());
    CHECK(file.problems().isEmpty());

    const QStringList uuids = storedUuids(file);
    CHECK(uuids.size() == 2 + 3 + 2 + 2 + 2 + 2 + 3);
    checkWellFormed(uuids);
    CHECK(allDistinct(uuids));

    // The repositories read them, and the file keeps every uuid unique.
    for (const CustomerProfile &profile : ProfileRepository(file.database()).all()) {
        CHECK(uuids.contains(text(profile.uuid)));
        for (const ProfileItem &item : profile.obstacles + profile.needs + profile.wants)
            CHECK(uuids.contains(text(item.uuid)));
    }
    for (const Proposal &proposal : ProposalRepository(file.database()).all())
        for (const ProposalLine &line : proposal.lines)
            CHECK(uuids.contains(text(line.uuid)));
    CHECK(allDistinct(uuidsOf(ChartRepository(file.database()).load())));
    for (const char *table : kIdentityTables) {
        INFO(table);
        CHECK_THROWS_AS(file.database().exec(std::string("UPDATE ") + table
                                             + " SET uuid = (SELECT max(uuid) FROM " + table + ")"),
                        SQLite::Exception);
    }
}

TEST_CASE("A profile keeps its uuids through every save and never hands one on",
          "[storage][identity]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "p.clientele");
    ProfileRepository profiles(file->database());
    auto save = [&](const CustomerProfile &profile) {
        CustomerProfile saved;
        write(*file, [&] { saved = profiles.save(profile); });
        CHECK(profiles.find(saved.id) == saved); // the saved object is what the file holds
        return saved;
    };

    CustomerProfile input;
    input.name = QStringLiteral("Swamped owner");
    input.obstacles = {item("Month end takes a week"), item("Re-keying orders")};
    input.needs = {item("One system")};
    const CustomerProfile first = save(input);
    checkWellFormed({text(first.uuid), text(first.obstacles[0].uuid), text(first.obstacles[1].uuid),
                     text(first.needs[0].uuid)});
    CHECK(allDistinct(
        {text(first.obstacles[0].uuid), text(first.obstacles[1].uuid), text(first.needs[0].uuid)}));

    SECTION("edits, reordering and new items keep every uuid")
    {
        CustomerProfile edited = first;
        edited.name = QStringLiteral("Renamed");
        edited.obstacles.move(0, 1);
        edited.obstacles[0].text = QStringLiteral("Re-keying every order");
        edited.needs.append(item("Fewer spreadsheets"));
        const CustomerProfile second = save(edited);
        CHECK(second.uuid == first.uuid);
        CHECK(second.obstacles[0].uuid == first.obstacles[1].uuid);
        CHECK(second.obstacles[1].uuid == first.obstacles[0].uuid);
        CHECK(second.needs[0].uuid == first.needs[0].uuid);
        CHECK(isVersion4Uuid(text(second.needs[1].uuid)));
        CHECK_FALSE(
            QList<QUuid>{first.obstacles[0].uuid, first.obstacles[1].uuid, first.needs[0].uuid}
                .contains(second.needs[1].uuid));

        // Handed over without uuids (a caller that rebuilt the items), nothing changes.
        CustomerProfile bare = second;
        bare.uuid = {};
        for (ProfileItem &each : bare.obstacles)
            each.uuid = {};
        for (ProfileItem &each : bare.needs)
            each.uuid = {};
        CHECK(save(bare) == second);
    }
    SECTION("a removed item's uuid is gone and the next item gets a new one")
    {
        CustomerProfile shorter = first;
        const ProfileItem removed = shorter.needs.takeLast();
        save(shorter);
        CHECK_FALSE(storedUuids(*file).contains(text(removed.uuid)));
        shorter.needs.append(item("One system"));
        const CustomerProfile longer = save(shorter);
        // SQLite hands the removed item's id out again; its uuid never.
        CHECK(longer.needs[0].id == removed.id);
        CHECK(longer.needs[0].uuid != removed.uuid);
        CHECK(isVersion4Uuid(text(longer.needs[0].uuid)));
    }
    SECTION("a removed profile's uuid is not reused by the next profile")
    {
        write(*file, [&] { profiles.remove(first.id); });
        CustomerProfile next;
        next.name = QStringLiteral("Next");
        next.obstacles = {item("Another obstacle")};
        const CustomerProfile added = save(next);
        CHECK(added.id == first.id);
        CHECK(added.uuid != first.uuid);
        CHECK(added.obstacles[0].uuid != first.obstacles[0].uuid);
    }
    SECTION("a copy handed over with the original's uuids gets its own")
    {
        CustomerProfile copy = first;
        copy.id = 0;
        for (ProfileItem &each : copy.obstacles)
            each.id = 0;
        for (ProfileItem &each : copy.needs)
            each.id = 0;
        const CustomerProfile saved = save(copy);
        CHECK(saved.uuid != first.uuid);
        CHECK(shareNone({text(saved.obstacles[0].uuid), text(saved.obstacles[1].uuid),
                         text(saved.needs[0].uuid)},
                        {text(first.obstacles[0].uuid), text(first.obstacles[1].uuid),
                         text(first.needs[0].uuid)}));
        CHECK(profiles.find(first.id) == first);
    }
    SECTION("an item that comes back keeps the uuid it had (undo of a removal)")
    {
        CustomerProfile shorter = first;
        shorter.obstacles.removeFirst();
        save(shorter);
        CHECK(save(first) == first);
    }
}

TEST_CASE("An offer keeps its uuid through every save and never hands it on",
          "[storage][identity][offers]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "o.clientele");
    OfferRepository offers(file->database());
    auto save = [&](const Offer &offer) {
        Offer saved;
        write(*file, [&] { saved = offers.save(offer); });
        CHECK(offers.find(saved.id) == saved);
        return saved;
    };
    Offer input;
    input.name = QStringLiteral("Systems health check");
    input.kind = OfferKind::FreeAssessment;
    input.price = Money(0, QStringLiteral("AUD"));
    const Offer first = save(input);
    CHECK(isVersion4Uuid(text(first.uuid)));

    Offer renamed = first;
    renamed.name = QStringLiteral("Health check");
    CHECK(save(renamed).uuid == first.uuid);
    Offer other = renamed;
    other.uuid = QUuid::createUuid(); // an update never changes a stored identity
    CHECK(save(other).uuid == first.uuid);

    Offer copy = first;
    copy.id = 0;
    const Offer duplicated = save(copy);
    CHECK(duplicated.uuid != first.uuid);
    CHECK(isVersion4Uuid(text(duplicated.uuid)));

    write(*file, [&] { offers.remove(duplicated.id); });
    const Offer next = save(input);
    CHECK(next.id == duplicated.id);
    CHECK(next.uuid != duplicated.uuid);
    CHECK(next.uuid != first.uuid);

    // Undoing a removal stores the offer again as it was.
    write(*file, [&] { offers.remove(next.id); });
    CHECK(save(next) == next);
}

TEST_CASE("A proposal and its lines keep their uuids through every save",
          "[storage][identity][offers]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "q.clientele");
    ProposalRepository proposals(file->database());
    auto save = [&](const Proposal &proposal) {
        Proposal saved;
        write(*file, [&] { saved = proposals.save(proposal); });
        CHECK(proposals.find(saved.id) == saved);
        return saved;
    };
    const QString aud = QStringLiteral("AUD");
    Proposal input;
    input.number = QStringLiteral("P-2026-001");
    input.lines = {{0, QStringLiteral("Check"), 1, Money(0, aud), Billing::OneOff},
                   {0, QStringLiteral("Retainer"), 1, Money(165000, aud), Billing::Monthly}};
    const Proposal first = save(input);
    checkWellFormed({text(first.uuid), text(first.lines[0].uuid), text(first.lines[1].uuid)});
    CHECK(first.lines[0].uuid != first.lines[1].uuid);

    Proposal edited = first;
    edited.status = ProposalStatus::Sent;
    edited.lines.move(0, 1);
    edited.lines[0].quantity = 2;
    const ProposalLine removed = edited.lines.takeLast();
    edited.lines.append({0, QStringLiteral("Training"), 1, Money(120000, aud), Billing::OneOff});
    const Proposal second = save(edited);
    CHECK(second.uuid == first.uuid);
    CHECK(second.lines[0].uuid == first.lines[1].uuid);
    CHECK(second.lines[1].uuid != removed.uuid);
    CHECK(isVersion4Uuid(text(second.lines[1].uuid)));
    CHECK_FALSE(storedUuids(*file).contains(text(removed.uuid)));

    Proposal copy = second;
    copy.id = 0;
    copy.number = QStringLiteral("P-2026-002");
    const Proposal duplicated = save(copy);
    CHECK(duplicated.uuid != second.uuid);
    CHECK(shareNone({text(duplicated.lines[0].uuid), text(duplicated.lines[1].uuid)},
                    {text(second.lines[0].uuid), text(second.lines[1].uuid)}));
    CHECK(proposals.find(second.id) == second);
}

TEST_CASE("Chart clients and attributes keep the uuid they are stored with",
          "[storage][identity][chart]")
{
    QTemporaryDir dir;
    auto file = createWorkspace(dir, "c.clientele");
    ChartRepository chart(file->database());
    write(*file, [&] { chart.ensureStored(); });
    const IcpChart standard = chart.load();
    CHECK(allDistinct(uuidsOf(standard)));
    checkWellFormed(uuidsOf(standard));

    // As undo brings a removed client back: with its id and its uuid.
    const ChartClient removed = standard.clients().at(2);
    write(*file, [&] { chart.removeClient(removed.id); });
    ChartClient restored;
    write(*file, [&] { restored = chart.addClient(removed, 2); });
    CHECK(restored == removed);
    CHECK(chart.load() == standard);

    // A copy of an existing client or attribute gets a uuid of its own.
    ChartClient copy = standard.clients().at(0);
    copy.id = 40;
    Attribute copiedAttribute = standard.attributes().at(0);
    copiedAttribute.id = 41;
    copiedAttribute.key.clear();
    ChartClient storedCopy;
    Attribute storedAttribute;
    write(*file, [&] {
        storedCopy = chart.addClient(copy, 5);
        storedAttribute = chart.addAttribute(copiedAttribute, 11);
    });
    CHECK(storedCopy.uuid != copy.uuid);
    CHECK(storedAttribute.uuid != copiedAttribute.uuid);
    const IcpChart loaded = chart.load();
    CHECK(loaded.client(40)->uuid == storedCopy.uuid);
    CHECK(loaded.attribute(41)->uuid == storedAttribute.uuid);
    CHECK(allDistinct(uuidsOf(loaded)));
}

TEST_CASE("Renewing identities gives every item a new uuid and changes nothing else",
          "[storage][identity]")
{
    QTemporaryDir dir;
    auto original = createWorkspace(dir, "original.clientele");
    fillWorkspace(*original);
    const QString copyPath = dir.filePath(QStringLiteral("copy.clientele"));
    REQUIRE(original->saveCopy(copyPath).ok());
    auto copy = WorkspaceFile::open(copyPath);
    REQUIRE(copy.ok());
    write(**copy, [&] { renewIdentities((*copy)->database()); });

    QStringList before;
    QStringList after;
    CHECK(withoutUuids(exportText(*original), &before) == withoutUuids(exportText(**copy), &after));
    CHECK(after.size() == before.size());
    CHECK(after.size() == identifiedRows(**copy));
    checkWellFormed(after);
    CHECK(allDistinct(before + after));
}
