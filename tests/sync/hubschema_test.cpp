#include "clientele/sync/hub.h"

#include "scratchhub.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

void requireInit(const ScratchDatabase &database)
{
    const Status made = PostgresHub::init(database.url());
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
}

} // namespace

TEST_CASE("Setting a hub up twice leaves it as the first set-up made it", "[sync][hub]")
{
    const ScratchDatabase database;
    requireInit(database);
    database.sql(
        "INSERT INTO change (seq, change_id, kind, item_uuid, field, value, deleted, hlc,"
        " author, replica) VALUES (1, '00000000-0000-4000-8000-000000000001', 'profile',"
        " 'p1', 'name', '\"Acme\"', false, '000000000000001000-00000000-r1', 'ann', 'r1')");
    database.sql("UPDATE clientele_hub SET team = '11111111-1111-4111-8111-111111111111'");

    requireInit(database);
    CHECK(database.value("SELECT schema_version FROM clientele_hub") == QStringLiteral("1"));
    CHECK(database.value("SELECT team FROM clientele_hub")
          == QStringLiteral("11111111-1111-4111-8111-111111111111"));
    CHECK(database.value("SELECT count(*) FROM change") == QStringLiteral("1"));
    CHECK(PostgresHub::connect(database.url()).ok());
}

TEST_CASE("A hub set up by a newer Clientele is refused with what to do", "[sync][hub]")
{
    const ScratchDatabase database;
    requireInit(database);
    database.sql("UPDATE clientele_hub SET schema_version = 2");
    const QString expected = QStringLiteral("The hub at %1 was set up by a newer Clientele (hub "
                                            "schema 2; this one knows up to 1): update Clientele "
                                            "on this computer.")
                                 .arg(database.hubName());

    const auto connected = PostgresHub::connect(database.url());
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.errorMessage() == expected);
    const Status upgraded = PostgresHub::init(database.url());
    REQUIRE_FALSE(upgraded.ok());
    CHECK(upgraded.errorMessage() == expected);
    CHECK(database.value("SELECT schema_version FROM clientele_hub") == QStringLiteral("2"));
}

TEST_CASE("A hub of an older schema asks for hub init", "[sync][hub]")
{
    const ScratchDatabase database;
    requireInit(database);
    database.sql("UPDATE clientele_hub SET schema_version = 0");
    const auto connected = PostgresHub::connect(database.url());
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.errorMessage()
          == QStringLiteral("The hub at %1 has hub schema 0, older than this Clientele's 1: run "
                            "clientele-cli hub init URL to bring it up to date.")
                 .arg(database.hubName()));
}

TEST_CASE("A database that is no hub is refused until hub init sets it up", "[sync][hub]")
{
    const ScratchDatabase database;
    database.sql("CREATE TABLE customers (name text)");
    const auto connected = PostgresHub::connect(database.url());
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.errorMessage()
          == QStringLiteral("There is no Clientele hub at %1: run clientele-cli hub init URL to "
                            "set one up.")
                 .arg(database.hubName()));

    requireInit(database);
    const auto hub = PostgresHub::connect(database.url());
    INFO(hub.errorMessage().toStdString());
    REQUIRE(hub.ok());
    CHECK((*hub)->team().value().isEmpty());
}

TEST_CASE("Setting up a hub where the role may not create tables says why", "[sync][hub]")
{
    const ScratchDatabase database;
    database.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    database.createRole("cleo LOGIN");
    const Status made = PostgresHub::init(database.url(QStringLiteral("cleo")));
    REQUIRE_FALSE(made.ok());
    const QString message = made.errorMessage();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("The hub at %1 could not be brought to hub schema 1: ")
                                 .arg(database.hubName())));
    CHECK(message.contains(QStringLiteral("permission denied for schema public")));
    CHECK(database.value("SELECT to_regclass('clientele_hub') IS NULL") == QStringLiteral("t"));
}
