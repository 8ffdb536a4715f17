#pragma once

// A hub of its own for each test on the throwaway cluster, and consultants who connect to it as
// their own roles.

#include "scratchhub.h"

#include "clientele/core/teamsync.h"
#include "clientele/sync/hub.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>

namespace synctest {

// Runs SQL on the cluster as its superuser (ending another role's connection needs one).
inline void runSuperuserSql(const QString &database, const QString &statement)
{
    QProcess psql;
    psql.start(
        QStringLiteral("psql"),
        {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
         QStringLiteral("host='%1' dbname=%2 user=postgres").arg(testHubSocketFolder(), database),
         QStringLiteral("-c"), statement});
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
}

// Sets the scratch database up as a hub with `hub init`, and lets anna, ben and cleo in exactly
// as docs/team.md tells a hub's owner to.
inline void setUpTeamHub(const ScratchDatabase &hub)
{
    for (const char *role : {"clientele_team NOLOGIN", "anna LOGIN", "ben LOGIN", "cleo LOGIN"})
        hub.createRole(role);
    hub.sql("GRANT clientele_team TO anna, ben, cleo");
    const auto initialised = clientele::PostgresHub::init(hub.url());
    INFO(initialised.errorMessage().toStdString());
    REQUIRE(initialised.ok());
    hub.sql("GRANT SELECT, UPDATE ON clientele_hub TO clientele_team");
    hub.sql("GRANT SELECT, INSERT (seq, change_id, kind, item_uuid, field, value, deleted, hlc, "
            "base, replica, resolves) ON change TO clientele_team");
}

// A consultant's workspace file linked through the real hub.
inline clientele::TeamSync member(const QString &path)
{
    return clientele::TeamSync(path, &clientele::PostgresHub::connect);
}

} // namespace synctest
