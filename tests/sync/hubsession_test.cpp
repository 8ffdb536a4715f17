#include "hubfixture.h"

#include <QThread>

#include <catch2/catch.hpp>

#include <thread>

using namespace clientele;

namespace {

// Polls until `statement` answers "t", for at most ten seconds.
bool becomesTrue(const ScratchDatabase &database, const char *statement)
{
    for (int i = 0; i < 1000; ++i) {
        if (database.value(statement) == QStringLiteral("t"))
            return true;
        QThread::msleep(10);
    }
    return false;
}

// Another session of the test role holding the lock pushes take; released when it ends.
HubConnection holdPushLock(const ScratchDatabase &database)
{
    auto holder = HubConnection::open(database.url());
    REQUIRE(holder.ok());
    REQUIRE(holder->execute("BEGIN").ok());
    REQUIRE(holder->execute("SELECT pg_advisory_xact_lock(1131177062, 2)").ok());
    return std::move(*holder);
}

// A push in this database waiting for the lock.
constexpr const char *pushWaits =
    "SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))";

} // namespace

TEST_CASE("Changes a hub takes in carry the role that pushed them", "[sync][hub]")
{
    const ScratchDatabase database;
    requireHub(database);
    database.createRole("ben LOGIN");
    // What a team member needs on the hub (docs/architecture.md).
    database.sql("GRANT SELECT, INSERT (seq, change_id, kind, item_uuid, field, value, deleted,"
                 " hlc, base, replica, resolves) ON change TO ben");
    database.sql("GRANT SELECT, UPDATE ON clientele_hub TO ben");

    const auto hub = requireHub(database, QStringLiteral("ben"));
    CHECK(hub->author() == QStringLiteral("ben"));
    SyncChange claimedByAnn = nameEdit(1, 1000);
    claimedByAnn.author = QStringLiteral("ann");
    requirePush(*hub, {claimedByAnn});

    const ChangeBatch batch = requirePull(*hub, 0, 10);
    REQUIRE(batch.changes.size() == 1);
    CHECK(batch.changes[0].author == QStringLiteral("ben"));
    CHECK(database.value("SELECT author FROM change") == QStringLiteral("ben"));
    CHECK(hub->claimTeam(QStringLiteral("11111111-1111-4111-8111-111111111111")).ok());

    // Nor can Ben write another author in by hand.
    auto byHand = HubConnection::open(database.url(QStringLiteral("ben")));
    REQUIRE(byHand.ok());
    const auto forged = byHand->query(
        "INSERT INTO change (seq, change_id, kind, item_uuid, field, value, deleted, hlc,"
        " author, replica) VALUES (2, '00000000-0000-4000-8000-000000000002', 'profile', 'p1',"
        " 'name', '1',"
        " false, '000000000000002000-00000000-r1', 'ann', 'r1')");
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.errorMessage().contains(QStringLiteral("permission denied for table change")));
}

TEST_CASE("A hub is given to the first team that claims it and keeps it", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto anns = requireHub(database);
    const auto bens = requireHub(database);
    const QString first = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString second = QStringLiteral("22222222-2222-4222-8222-222222222222");

    CHECK(anns->team().value().isEmpty());
    CHECK(anns->claimTeam(first).value() == first);
    CHECK(bens->claimTeam(second).value() == first);
    CHECK(bens->team().value() == first);
    CHECK(anns->claimTeam(first).value() == first);
}

TEST_CASE("A hub connection killed by the server fails the next calls with a message",
          "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    requirePull(*hub, 0, 10);
    CHECK(database.value("SELECT bool_and(pg_terminate_backend(pid, 10000))"
                         " FROM pg_stat_activity WHERE datname = current_database()"
                         " AND pid <> pg_backend_pid()")
          == QStringLiteral("t"));

    const auto pulled = hub->pull(0, 10);
    REQUIRE_FALSE(pulled.ok());
    INFO(pulled.errorMessage().toStdString());
    CHECK(pulled.errorMessage().startsWith(
        QStringLiteral("Could not fetch changes from the hub at %1: the connection was lost: ")
            .arg(database.hubName())));
    const Status pushed = hub->push({nameEdit(1, 1000)});
    REQUIRE_FALSE(pushed.ok());
    CHECK(pushed.errorMessage().startsWith(
        QStringLiteral("The hub at %1 did not take the change: the connection was lost: ")
            .arg(database.hubName())));
    CHECK_FALSE(hub->team().ok());
    CHECK_FALSE(hub->claimTeam(QStringLiteral("11111111-1111-4111-8111-111111111111")).ok());
    CHECK(database.value("SELECT count(*) FROM change") == QStringLiteral("0"));
}

TEST_CASE("Pushes commit one at a time so no puller skips a change", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    const auto other = requireHub(database);
    HubConnection holder = holdPushLock(database);

    Status pushed = success();
    std::thread pusher([&] { pushed = hub->push({nameEdit(1, 1000)}); });
    const bool waited = becomesTrue(database, pushWaits);
    CHECK(requirePull(*other, 0, 10).changes.isEmpty());
    CHECK(holder.execute("COMMIT").ok());
    pusher.join();
    REQUIRE(waited);
    CHECK(pushed.ok());
    CHECK(requirePull(*other, 0, 10).changes == QList<SyncChange>{nameEdit(1, 1000)});
}

TEST_CASE("A push cut off while it waits for its turn stores nothing", "[sync][hub]")
{
    const ScratchDatabase database;
    const auto hub = requireHub(database);
    HubConnection holder = holdPushLock(database);

    Status pushed = success();
    std::thread pusher([&] { pushed = hub->push({nameEdit(1, 1000), nameEdit(2, 2000)}); });
    const bool waited = becomesTrue(database, pushWaits);
    database.sql(
        "SELECT pg_terminate_backend(pid, 10000) FROM pg_locks"
        " WHERE locktype = 'advisory' AND NOT granted"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    pusher.join();
    CHECK(holder.execute("COMMIT").ok());
    REQUIRE(waited);
    REQUIRE_FALSE(pushed.ok());
    CHECK(pushed.errorMessage().startsWith(
        QStringLiteral("The hub at %1 did not take the 2 changes: the connection was lost: ")
            .arg(database.hubName())));
    CHECK(database.value("SELECT count(*) FROM change") == QStringLiteral("0"));
}
