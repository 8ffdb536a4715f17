#pragma once

// A hub of its own for each test on the throwaway cluster, and consultants who connect to it as
// their own roles.

#include "testhub.h"

#include "clientele/core/teamsync.h"
#include "clientele/sync/hub.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

namespace synctest {

// Runs SQL on the cluster as its superuser.
inline void runSql(const QString &database, const QStringList &statements)
{
    QStringList arguments{
        QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
        QStringLiteral("host='%1' dbname=%2 user=postgres").arg(testHubSocketFolder(), database)};
    for (const QString &statement : statements)
        arguments << QStringLiteral("-c") << statement;
    QProcess psql;
    psql.start(QStringLiteral("psql"), arguments);
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
}

// The hub address for `role` on database `hub`.
inline QString hubUrl(const QString &hub, const QString &role)
{
    return QStringLiteral("host='%1' dbname=%2 user=%3").arg(testHubSocketFolder(), hub, role);
}

// A new hub database, set up by `hub init`, that anna, ben and cleo may use.
inline QString freshHub(const QString &name)
{
    INFO("No test cluster: run through ctest (the hub fixture) or set CLIENTELE_TEST_PGHOST");
    REQUIRE_FALSE(testHubSocketFolder().isEmpty());
    runSql(QStringLiteral("postgres"),
           {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
            QStringLiteral("CREATE DATABASE %1 OWNER clientele_test").arg(name),
            QStringLiteral("DO $$ BEGIN "
                           "CREATE ROLE team_member NOLOGIN; "
                           "CREATE ROLE anna LOGIN IN ROLE team_member; "
                           "CREATE ROLE ben LOGIN IN ROLE team_member; "
                           "CREATE ROLE cleo LOGIN IN ROLE team_member; "
                           "EXCEPTION WHEN duplicate_object THEN NULL; END $$")});
    const QString owner = hubUrl(name, QStringLiteral("clientele_test"));
    const auto initialised = clientele::PostgresHub::init(owner);
    INFO(initialised.errorMessage().toStdString());
    REQUIRE(initialised.ok());
    runSql(name, {QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO team_member"),
                  QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO team_member")});
    return name;
}

// A consultant's workspace file linked through the real hub.
inline clientele::TeamSync member(const QString &path)
{
    return clientele::TeamSync(path, &clientele::PostgresHub::connect);
}

} // namespace synctest
