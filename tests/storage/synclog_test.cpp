#include "clientele/storage/synclog.h"
#include "clientele/storage/workspacefile.h"

#include "oldschema.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;

namespace {

const QString kAnna = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kBen = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

std::unique_ptr<WorkspaceFile> newFile(const QTemporaryDir &dir)
{
    auto file = WorkspaceFile::create(dir.filePath(QStringLiteral("log.clientele")));
    REQUIRE(file.ok());
    return std::move(file.value());
}

SyncChange change(const QString &id, const QString &field, const QString &value, qint64 millis,
                  const QString &replica)
{
    SyncChange c;
    c.changeId = id;
    c.kind = QStringLiteral("profile");
    c.itemUuid = QStringLiteral("7f0c2a1e-3b4d-4e5f-8a6b-7c8d9e0f1a2b");
    c.field = field;
    c.value = value;
    c.hlc = {millis, 0, replica};
    c.author = replica == kAnna ? QStringLiteral("anna") : QStringLiteral("ben");
    c.replica = replica;
    return c;
}

QStringList idsOf(const QList<SyncChange> &changes)
{
    QStringList ids;
    for (const SyncChange &c : changes)
        ids << c.changeId;
    return ids;
}

} // namespace

TEST_CASE("A new workspace has no hub link and an empty change log", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    CHECK(file->schemaVersion() >= 12);
    const SyncLog log(file->database());
    CHECK_FALSE(log.link().has_value());
    CHECK(log.state().changeCount() == 0);
    CHECK(log.unpushed().isEmpty());
}

TEST_CASE("The hub link is kept as set, one at most, and leaving removes it with the log",
          "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SyncLog log(file->database());
    SyncLink link;
    link.hub = QStringLiteral("postgresql://hub.example/team?sslmode=require");
    link.team = QStringLiteral("0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b");
    link.replica = kAnna;
    link.author = QStringLiteral("anna");
    link.pulled = 42;
    link.clock = {1'765'000'000'000, 7, kAnna};
    link.lastSync = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 0, 250), Qt::UTC);
    log.setLink(link);
    CHECK(log.link() == link);

    SyncLink later = link;
    later.pulled = 43;
    later.lastSync = {};
    log.setLink(later);
    CHECK(log.link() == later);
    CHECK(file->database().execAndGet("SELECT count(*) FROM sync_link").getInt() == 1);

    log.add({change(QStringLiteral("c1"), QStringLiteral("name"), QStringLiteral("\"Acme\""), 1000,
                    kAnna)},
            false);
    log.removeLink();
    CHECK_FALSE(log.link().has_value());
    CHECK(log.state().changeCount() == 0);
}

TEST_CASE("Changes come back from the log exactly as recorded, each once", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SyncLog log(file->database());

    SyncChange quoted =
        change(QStringLiteral("c1"), QStringLiteral("notes"),
               QStringLiteral("\"He said \\\"no\\\".\\nThen 'yes'.\""), 1000, kAnna);
    quoted.base = {900, 3, kBen};
    SyncChange settles = change(QStringLiteral("c2"), QStringLiteral("notes"),
                                QStringLiteral("\"Settled\""), 3000, kBen);
    settles.base = quoted.hlc;
    settles.resolves = {QStringLiteral("c0"), QStringLiteral("c1")};
    SyncChange tombstone =
        change(QStringLiteral("c3"), syncPresenceField, QStringLiteral("null"), 4000, kAnna);
    tombstone.deleted = true;
    log.add({quoted, settles, tombstone}, false);
    // Recording them again, pushed or not, changes nothing.
    log.add({quoted, settles}, true);

    const SyncState state = log.state();
    CHECK(state.changeCount() == 3);
    const QList<SyncChange> unpushed = log.unpushed();
    REQUIRE(unpushed.size() == 3);
    CHECK(unpushed.at(0) == quoted);
    CHECK(unpushed.at(1) == settles);
    CHECK(unpushed.at(2) == tombstone);
    CHECK(state.isDeleted(QStringLiteral("profile"), quoted.itemUuid));
}

TEST_CASE("Unpushed changes come in clock order and leave once marked pushed", "[storage][sync]")
{
    QTemporaryDir dir;
    auto file = newFile(dir);
    SyncLog log(file->database());
    // Added out of order; the clock orders them: millis, then counter, then replica.
    SyncChange late =
        change(QStringLiteral("a"), QStringLiteral("name"), QStringLiteral("\"C\""), 2000, kAnna);
    SyncChange sameMilliLaterCounter =
        change(QStringLiteral("c"), QStringLiteral("name"), QStringLiteral("\"B\""), 1000, kAnna);
    sameMilliLaterCounter.hlc.counter = 1;
    SyncChange first =
        change(QStringLiteral("b"), QStringLiteral("name"), QStringLiteral("\"A\""), 1000, kBen);
    SyncChange firstByReplica = change(QStringLiteral("d"), QStringLiteral("industry"),
                                       QStringLiteral("\"D\""), 1000, kAnna);
    SyncChange pulled =
        change(QStringLiteral("e"), QStringLiteral("industry"), QStringLiteral("\"E\""), 500, kBen);
    log.add({late, sameMilliLaterCounter, first, firstByReplica}, false);
    log.add({pulled}, true);

    CHECK(idsOf(log.unpushed())
          == QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("c"),
                         QStringLiteral("a")});
    log.markPushed({QStringLiteral("b"), QStringLiteral("d")});
    CHECK(idsOf(log.unpushed()) == QStringList{QStringLiteral("c"), QStringLiteral("a")});
    CHECK(log.state().changeCount() == 5);
}

TEST_CASE("A schema 11 workspace upgrades to hold a hub link and a change log", "[storage][sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.clientele"));
    test::createAtSchema(path, 11);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO profile(id, name, created, updated, uuid) VALUES(1, 'Kept', '', '', "
                "'7f0c2a1e-3b4d-4e5f-8a6b-7c8d9e0f1a2b')");
    }
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() >= 12);
    CHECK((*file)->problems().isEmpty());
    SyncLog log((*file)->database());
    CHECK_FALSE(log.link().has_value());
    log.add({change(QStringLiteral("c1"), QStringLiteral("name"), QStringLiteral("\"Kept\""), 1000,
                    kAnna)},
            false);
    CHECK(log.unpushed().size() == 1);
    CHECK((*file)->database().execAndGet("SELECT name FROM profile").getString() == "Kept");
}
