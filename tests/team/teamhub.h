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

// A role of the cluster, made once for every test that asks.
inline QString createRole(const QString &role)
{
    return QStringLiteral("DO $$ BEGIN CREATE ROLE %1; EXCEPTION WHEN duplicate_object OR "
                          "unique_violation THEN NULL; END $$")
        .arg(role);
}

// A new hub database, set up by `hub init`, that anna, ben and cleo may use.
inline QString freshHub(const QString &name)
{
    INFO("No test cluster: run through ctest (the hub fixture) or set CLIENTELE_TEST_PGHOST");
    REQUIRE_FALSE(testHubSocketFolder().isEmpty());
    runSql(QStringLiteral("postgres"),
           {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
            QStringLiteral("CREATE DATABASE %1 OWNER clientele_test").arg(name),
            createRole(QStringLiteral("clientele_team NOLOGIN")),
            createRole(QStringLiteral("anna LOGIN")), createRole(QStringLiteral("ben LOGIN")),
            createRole(QStringLiteral("cleo LOGIN")),
            QStringLiteral("GRANT clientele_team TO anna, ben, cleo")});
    const QString owner = hubUrl(name, QStringLiteral("clientele_test"));
    const auto initialised = clientele::PostgresHub::init(owner);
    INFO(initialised.errorMessage().toStdString());
    REQUIRE(initialised.ok());
    // What docs/team.md tells a hub's owner to grant the team.
    runSql(name, {QStringLiteral("GRANT SELECT, UPDATE ON clientele_hub TO clientele_team"),
                  QStringLiteral("GRANT SELECT, INSERT (seq, change_id, kind, item_uuid, field, "
                                 "value, deleted, hlc, base, replica, resolves) ON change TO "
                                 "clientele_team")});
    return name;
}

// A consultant's workspace file linked through the real hub.
inline clientele::TeamSync member(const QString &path)
{
    return clientele::TeamSync(path, &clientele::PostgresHub::connect);
}

} // namespace synctest
