#pragma once

// What the tests of clientele-cli's team commands share: a scratch hub on the throwaway
// cluster, a second team member's role, and the commands run as a given user.

#include "proposalversions_cli_test.h"
#include "scratchhub.h"

namespace clientele::test {

const QString kOwner = QStringLiteral("Swamped owner of an industrial equipment firm");

// clientele-cli with USER set, as the name local edits record.
inline CliRun cliAs(const QString &user, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), user);
    return runCli(arguments, environment);
}

inline CliRun requireCli(const QStringList &arguments, const QString &user = QStringLiteral("anna"))
{
    const CliRun run = cliAs(user, arguments);
    INFO(arguments.join(u' ').toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The role ben, a second member of the team, with what a member needs on the hub.
inline void addBen(const ScratchDatabase &database)
{
    database.createRole("ben LOGIN");
    database.sql("GRANT SELECT, INSERT ON change TO ben");
    database.sql("GRANT SELECT, UPDATE ON clientele_hub TO ben");
}

// Two workspaces sharing a hub: Anna's, uploaded from the sample as the role clientele_test,
// and Ben's, a new one that downloaded it as the role ben.
struct TeamOfTwo {
    ScratchDatabase database;
    QTemporaryDir dir;
    QString anna = dir.filePath(QStringLiteral("anna.clientele"));
    QString ben = dir.filePath(QStringLiteral("ben.clientele"));

    TeamOfTwo()
    {
        requireCli({QStringLiteral("hub"), QStringLiteral("init"), database.url()});
        addBen(database);
        requireCli({QStringLiteral("new"), QStringLiteral("--sample"), anna});
        requireCli({QStringLiteral("hub"), QStringLiteral("join"), anna, database.url()});
        requireCli({QStringLiteral("new"), ben});
        requireCli({QStringLiteral("hub"), QStringLiteral("join"), ben,
                    database.url(QStringLiteral("ben"))},
                   QStringLiteral("ben"));
    }

    // The profile's field as the JSON export gives it.
    QJsonValue profileField(const QString &workspace, const QString &field) const
    {
        for (const QJsonValue &profile :
             exportedJson(workspace, dir.filePath(QStringLiteral("export.json")))
                 .value(QStringLiteral("profiles"))
                 .toArray())
            if (profile.toObject().value(QStringLiteral("name")).toString() == kOwner)
                return profile.toObject().value(field);
        FAIL("no profile " << kOwner.toStdString());
        return {};
    }
};

inline QJsonArray jsonArrayOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace clientele::test
