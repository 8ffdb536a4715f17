#include "clientele/sync/hubconnection.h"

#include "testhub.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

// Fails the test (rather than skipping it) when the fixture's cluster is missing.
QString requireTestHub(const QString &user = QStringLiteral("clientele_test"))
{
    const QString url = testHubUrl(user);
    INFO("No test cluster: run through ctest (the hub fixture) or set CLIENTELE_TEST_PGHOST");
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

} // namespace

TEST_CASE("A hub connection reads the version of the PostgreSQL 15 server", "[sync][hub]")
{
    auto connection = HubConnection::open(requireTestHub());
    INFO(connection.errorMessage().toStdString());
    REQUIRE(connection.ok());
    const auto version = connection->serverVersion();
    INFO(version.errorMessage().toStdString());
    REQUIRE(version.ok());
    CHECK(*version >= 150000);
    CHECK(*version < 160000);
}

TEST_CASE("A hub with no server behind it is reported offline at once", "[sync][hub]")
{
    // A socket folder without a server, and a local port nobody listens on: both answer at
    // once with a refusal, and neither may leave the caller waiting.
    const QString folder = testHubSocketFolder() + QStringLiteral("/no-server-here");
    for (const QString &url : {QStringLiteral("host='%1' dbname=team").arg(folder),
                               QStringLiteral("postgresql://127.0.0.1:1/team")}) {
        const auto connection = HubConnection::open(url);
        REQUIRE_FALSE(connection.ok());
        const QString message = connection.errorMessage();
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("The hub at database “team” on ")));
        CHECK(
            message.contains(QStringLiteral("cannot be reached, so this workspace is offline: ")));
    }
}

TEST_CASE("A hub that refuses the role says so and is not called offline", "[sync][hub]")
{
    const auto connection = HubConnection::open(requireTestHub(QStringLiteral("nobody_here")));
    REQUIRE_FALSE(connection.ok());
    const QString message = connection.errorMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("database “clientele_test” on ")));
    CHECK(message.contains(QStringLiteral("refused the connection: ")));
    CHECK(message.contains(QStringLiteral("role \"nobody_here\" does not exist")));
    CHECK_FALSE(message.contains(QStringLiteral("offline")));
}

TEST_CASE("A malformed hub address gets a clear message without its password", "[sync][hub]")
{
    const auto word = HubConnection::open(QStringLiteral("hub.example.com"));
    REQUIRE_FALSE(word.ok());
    CHECK(word.errorMessage()
          == QStringLiteral("The hub address is not valid: missing \"=\" after \"hub.example.com\" "
                            "in connection info string"));

    const auto bracket = HubConnection::open(QStringLiteral("postgresql://ann:s3cret@[::1/team"));
    REQUIRE_FALSE(bracket.ok());
    const QString message = bracket.errorMessage();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("The hub address is not valid: ")));
    CHECK(message.contains(QStringLiteral("IPv6 host address")));
    CHECK_FALSE(message.contains(QStringLiteral("s3cret")));
}
