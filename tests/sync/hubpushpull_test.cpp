#include "hubfixture.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Changes pulled from a hub read as they were pushed, in clock order", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);

    SyncChange note = nameEdit(1, 3000);
    note.kind = QStringLiteral("proposal");
    note.field = QStringLiteral("notes");
    note.value = QStringLiteral("{\"said\":\"\\\"hi\\\"\",\"path\":\"C:\\\\temp\"}\tone\ttwo\n"
                                "line\r\nZürich – 東京 🚀 \\N \\. end");
    note.hlc = {3000, 7, QStringLiteral("9d2c7c1f-0e6a-4b41-8a1e-3f554a8e5b0c")};
    note.base = {2500, 0, QStringLiteral("r2")};
    note.author = QStringLiteral("mallory");
    note.replica = QStringLiteral("9d2c7c1f-0e6a-4b41-8a1e-3f554a8e5b0c");

    SyncChange tombstone = nameEdit(2, 1000, QStringLiteral("null"));
    tombstone.kind = QStringLiteral("settings");
    tombstone.itemUuid = QStringLiteral("settings");
    tombstone.field = syncPresenceField;
    tombstone.deleted = true;
    tombstone.base = {900, 3, QStringLiteral("r1")};
    tombstone.resolves = {QStringLiteral("00000000-0000-4000-8000-000000000008"),
                          QStringLiteral("odd \"id\" with \\ and , and }")};

    const SyncChange empty = nameEdit(3, 2000, QString());

    requirePush(*hub, {note, tombstone, empty});
    const ChangeBatch batch = requirePull(*hub, 0, 10);

    SyncChange noteAsStored = note;
    noteAsStored.author = QStringLiteral("clientele_test");
    CHECK(batch.changes == QList<SyncChange>{tombstone, empty, noteAsStored});
    CHECK(batch.last == 3);
    CHECK_FALSE(batch.more);
    REQUIRE(batch.changes.size() == 3);
    CHECK(batch.changes[0].base.counter == 3);
    CHECK(batch.changes[1].base.isNull());
    CHECK(batch.changes[2].value.contains(QStringLiteral("東京 🚀")));
}

TEST_CASE("A batch pushed twice is stored once", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    const SyncChange a = nameEdit(1, 1000);
    const SyncChange b = nameEdit(2, 2000);
    const SyncChange c = nameEdit(3, 3000);

    requirePush(*hub, {a, b});
    requirePush(*hub, {a, b});
    requirePush(*hub, {c, b, c, a});

    const ChangeBatch batch = requirePull(*hub, 0, 10);
    CHECK(batch.changes == QList<SyncChange>{a, b, c});
    CHECK(batch.last == 3);
    CHECK(database.value("SELECT count(*) FROM change") == QStringLiteral("3"));
}

TEST_CASE("A batch with one bad change stores none of it", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    SyncChange notUuid = nameEdit(2, 2000);
    notUuid.changeId = QStringLiteral("not-a-uuid");
    SyncChange badClock = nameEdit(3, 3000);
    badClock.base.millis = -5;

    const Status first = hub->push({nameEdit(1, 1000), notUuid, nameEdit(4, 4000)});
    REQUIRE_FALSE(first.ok());
    INFO(first.errorMessage().toStdString());
    CHECK(first.errorMessage().startsWith(
        QStringLiteral("The hub at %1 did not take the 3 changes: ").arg(database.hubName())));
    CHECK(first.errorMessage().contains(
        QStringLiteral("invalid input syntax for type uuid: \"not-a-uuid\"")));

    const Status second = hub->push({nameEdit(1, 1000), badClock});
    REQUIRE_FALSE(second.ok());
    CHECK(second.errorMessage().startsWith(
        QStringLiteral("The hub at %1 did not take the 2 changes: ").arg(database.hubName())));
    CHECK(second.errorMessage().contains(QStringLiteral("change_base_check")));

    CHECK(requirePull(*hub, 0, 10).changes.isEmpty());
    // The same connection goes on working.
    requirePush(*hub, {nameEdit(1, 1000)});
    CHECK(requirePull(*hub, 0, 10).changes == QList<SyncChange>{nameEdit(1, 1000)});
}

TEST_CASE("Pulls page through the hub by position", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    QList<SyncChange> changes;
    for (int i = 1; i <= 5; ++i)
        changes.append(nameEdit(i, 1000 * i));
    requirePush(*hub, changes.mid(0, 3));
    requirePush(*hub, changes.mid(3));

    const ChangeBatch first = requirePull(*hub, 0, 2);
    CHECK(first.changes == changes.mid(0, 2));
    CHECK(first.last == 2);
    CHECK(first.more);
    const ChangeBatch second = requirePull(*hub, 2, 2);
    CHECK(second.changes == changes.mid(2, 2));
    CHECK(second.last == 4);
    CHECK(second.more);
    const ChangeBatch third = requirePull(*hub, 4, 2);
    CHECK(third.changes == changes.mid(4));
    CHECK(third.last == 5);
    CHECK_FALSE(third.more);
    const ChangeBatch rest = requirePull(*hub, 1, 4);
    CHECK(rest.changes == changes.mid(1));
    CHECK(rest.last == 5);
    CHECK_FALSE(rest.more);
    const ChangeBatch none = requirePull(*hub, 5, 2);
    CHECK(none.changes.isEmpty());
    CHECK(none.last == 5);
    CHECK_FALSE(none.more);
}

TEST_CASE("A push of thousands of changes arrives whole and in clock order", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    // Written and sent in pieces of a thousand; handed over newest first.
    QList<SyncChange> changes;
    for (int i = 2500; i >= 1; --i)
        changes.append(nameEdit(i, 1000 + i));
    requirePush(*hub, changes);

    const ChangeBatch batch = requirePull(*hub, 0, 3000);
    CHECK(batch.last == 2500);
    CHECK_FALSE(batch.more);
    REQUIRE(batch.changes.size() == 2500);
    CHECK(batch.changes.front() == nameEdit(1, 1001));
    CHECK(batch.changes[999] == nameEdit(1000, 2000));
    CHECK(batch.changes[1000] == nameEdit(1001, 2001));
    CHECK(batch.changes.back() == nameEdit(2500, 3500));
    CHECK(database.value("SELECT count(DISTINCT seq) = 2500 AND min(seq) = 1 AND max(seq) = 2500"
                         " FROM change")
          == QStringLiteral("t"));
}
