#include "clientele/gui/hubaddress.h"
#include "clientele/gui/joinhubdialog.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("A hub address takes the user name and password in its own form")
{
    CHECK(hubAddressWith(QStringLiteral("postgresql://hub.example/clientele"),
                         QStringLiteral("password"), QStringLiteral("p&ss w0rd"))
          == QStringLiteral("postgresql://hub.example/clientele?password=p%26ss%20w0rd"));
    CHECK(hubAddressWith(QStringLiteral("postgres://hub.example/team?sslmode=require"),
                         QStringLiteral("user"), QStringLiteral("anna"))
          == QStringLiteral("postgres://hub.example/team?sslmode=require&user=anna"));
    CHECK(hubAddressWith(QStringLiteral("host=hub.example dbname=team"), QStringLiteral("password"),
                         QStringLiteral("it's \\ here"))
          == QStringLiteral("host=hub.example dbname=team password='it\\'s \\\\ here'"));
    const HubLogin login{QStringLiteral(" postgresql://hub.example/team "), QStringLiteral("anna"),
                         QStringLiteral("secret")};
    CHECK(login.hub() == QStringLiteral("postgresql://hub.example/team?user=anna"));
}

TEST_CASE("A password typed into a hub address is noticed")
{
    CHECK(hubAddressHasPassword(QStringLiteral("postgresql://anna:secret@hub.example/team")));
    CHECK(hubAddressHasPassword(QStringLiteral("postgresql://hub.example/team?password=secret")));
    CHECK(hubAddressHasPassword(
        QStringLiteral("postgres://hub.example/team?sslmode=require&password=secret")));
    CHECK(hubAddressHasPassword(QStringLiteral("host=hub.example password=secret")));
    CHECK(hubAddressHasPassword(QStringLiteral("password = 'secret' host=hub.example")));
    CHECK_FALSE(hubAddressHasPassword(QStringLiteral("postgresql://anna@hub.example/team")));
    CHECK_FALSE(hubAddressHasPassword(QStringLiteral("postgresql://hub.example:5433/team")));
    CHECK_FALSE(hubAddressHasPassword(QStringLiteral("postgresql://[::1]:5432/team?user=anna")));
    CHECK_FALSE(hubAddressHasPassword(QStringLiteral("host=hub.example passfile=/home/a/.pgpass")));
}
