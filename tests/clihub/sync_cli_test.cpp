#include "teamcli.h"

#include "clientele/storage/synclog.h"
#include "clientele/storage/workspacefile.h"

#include <QRegularExpression>

using namespace clientele;
using namespace clientele::test;

namespace {

// The number a line "LABEL: N" of sync's report gives.
int reported(const CliRun &run, const QString &label)
{
    const auto match =
        QRegularExpression(u'^' + QRegularExpression::escape(label) + QStringLiteral(": (\\d+)"),
                           QRegularExpression::MultilineOption)
            .match(run.out);
    INFO(run.out.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("hub join uploads one workspace and downloads it into a new one", "[cli][hub]")
{
    const ScratchDatabase database;
    QTemporaryDir dir;
    const QString anna = newSample(dir, QStringLiteral("anna.clientele"));
    const QString ben = dir.filePath(QStringLiteral("ben.clientele"));

    const CliRun made = requireCli({QStringLiteral("hub"), QStringLiteral("init"), database.url()});
    CHECK(made.out
          == QStringLiteral("The hub is ready for a team: link a workspace to it with "
                            "clientele-cli hub join FILE URL.\n"));
    addBen(database);

    const CliRun uploaded =
        requireCli({QStringLiteral("hub"), QStringLiteral("join"), anna, database.url()});
    CHECK(uploaded.out.startsWith(
        QStringLiteral("%1 shares its content through the hub as clientele_test.\n").arg(anna)));
    const int shared = reported(uploaded, QStringLiteral("Pushed to the hub"));
    CHECK(shared > 0);
    CHECK(reported(uploaded, QStringLiteral("Taken in from the team")) == 0);
    CHECK(uploaded.out.endsWith(QStringLiteral("\nConflicts waiting: 0\n")));

    requireCli({QStringLiteral("new"), ben});
    const CliRun downloaded = requireCli(
        {QStringLiteral("hub"), QStringLiteral("join"), ben, database.url(QStringLiteral("ben"))},
        QStringLiteral("ben"));
    CHECK(downloaded.out
          == QStringLiteral("%1 shares its content through the hub as ben.\n"
                            "Pushed to the hub: 0\n"
                            "Taken in from the team: %2\n"
                            "Conflicts waiting: 0\n")
                 .arg(ben)
                 .arg(shared));
    // The sample's two profiles, now in Ben's workspace.
    QStringList names;
    for (const QJsonValue &profile : exportedJson(ben, dir.filePath(QStringLiteral("ben.json")))
                                         .value(QStringLiteral("profiles"))
                                         .toArray())
        names << profile.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    CHECK(names
          == QStringList{QStringLiteral("Office manager of a medium-sized service contractor"),
                         kOwner});

    // A workspace with content of its own is not mixed into the team's.
    const QString other = newSample(dir, QStringLiteral("other.clientele"));
    const QByteArray before = fileBytes(other);
    const CliRun refused =
        cliAs(QStringLiteral("anna"),
              {QStringLiteral("hub"), QStringLiteral("join"), other, database.url()});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("has content of its own, so it was not joined")));
    CHECK(fileBytes(other) == before);
}

TEST_CASE("an edit syncs to the team and History names who made it", "[cli][hub]")
{
    const TeamOfTwo team;
    requireCli({QStringLiteral("edit-profile"), team.anna, kOwner, QStringLiteral("--set"),
                QStringLiteral("industry=Mining")});
    // The industry, and the time the profile last changed.
    const CliRun pushed = requireCli({QStringLiteral("sync"), team.anna});
    CHECK(pushed.out
          == QStringLiteral("Pushed to the hub: 2\nTaken in from the team: 0\n"
                            "Conflicts waiting: 0\n"));
    const CliRun pulled = requireCli({QStringLiteral("sync"), team.ben}, QStringLiteral("ben"));
    CHECK(pulled.out
          == QStringLiteral("Pushed to the hub: 0\nTaken in from the team: 2\n"
                            "Conflicts waiting: 0\n"));
    CHECK(team.profileField(team.ben, QStringLiteral("industry")).toString()
          == QStringLiteral("Mining"));

    // Ben's history has the edit under the hub role Anna's workspace pushed it as.
    const QJsonArray history =
        jsonArrayOf(requireCli({QStringLiteral("history"), team.ben, QStringLiteral("--json")}));
    REQUIRE_FALSE(history.isEmpty());
    const QJsonObject newest = history.at(0).toObject();
    CHECK(newest.value(QStringLiteral("author")).toString() == QStringLiteral("clientele_test"));
    CHECK(newest.value(QStringLiteral("kind")).toString() == QStringLiteral("profile"));
    CHECK(newest.value(QStringLiteral("itemName")).toString() == kOwner);
    CHECK(newest.value(QStringLiteral("field")).toString() == QStringLiteral("industry"));
    CHECK(newest.value(QStringLiteral("old")).toString()
          == QStringLiteral("Engineering, manufacturing and trade services"));
    CHECK(newest.value(QStringLiteral("new")).toString() == QStringLiteral("Mining"));

    // Syncing again changes nothing, on either side.
    for (const QString &workspace : {team.anna, team.ben})
        CHECK(requireCli({QStringLiteral("sync"), workspace}).out
              == QStringLiteral("Pushed to the hub: 0\nTaken in from the team: 0\n"
                                "Conflicts waiting: 0\n"));
    CHECK(team.profileField(team.ben, QStringLiteral("industry")).toString()
          == QStringLiteral("Mining"));
    CHECK(jsonArrayOf(requireCli({QStringLiteral("history"), team.ben, QStringLiteral("--json")}))
              .size()
          == history.size());
}

TEST_CASE("sync says the workspace is offline when its hub cannot be reached", "[cli][hub]")
{
    const TeamOfTwo team;
    requireCli({QStringLiteral("edit-profile"), team.anna, kOwner, QStringLiteral("--set"),
                QStringLiteral("industry=Mining")});
    // The hub's address now names a socket folder no server listens in.
    {
        auto file = WorkspaceFile::open(team.anna);
        REQUIRE(file.ok());
        REQUIRE((*file)
                    ->transaction([&] {
                        SyncLog log((*file)->database());
                        SyncLink link = *log.link();
                        link.hub = QStringLiteral("host='%1/no-server-here' dbname=team")
                                       .arg(testHubSocketFolder());
                        log.setLink(link);
                    })
                    .ok());
    }
    const QByteArray before = fileBytes(team.anna);
    const CliRun offline = cliAs(QStringLiteral("anna"), {QStringLiteral("sync"), team.anna});
    CHECK(offline.exitCode == 2);
    CHECK(offline.out.isEmpty());
    CHECK(
        offline.err.startsWith(QStringLiteral("error: The hub at database \u201Cteam\u201D on ")));
    CHECK(offline.err.contains(QStringLiteral("cannot be reached, so this workspace is offline")));
    CHECK(fileBytes(team.anna) == before);
    // The edit waits for the hub, in the workspace as it was made.
    CHECK(team.profileField(team.anna, QStringLiteral("industry")).toString()
          == QStringLiteral("Mining"));
}

TEST_CASE("hub leave unlinks a workspace and keeps its content", "[cli][hub]")
{
    const TeamOfTwo team;
    const CliRun left = requireCli({QStringLiteral("hub"), QStringLiteral("leave"), team.ben});
    CHECK(left.out
          == QStringLiteral("%1 has left its hub; its content stays as it is.\n").arg(team.ben));
    CHECK(team.profileField(team.ben, QStringLiteral("name")).toString() == kOwner);

    const CliRun unlinked = cliAs(QStringLiteral("ben"), {QStringLiteral("sync"), team.ben});
    CHECK(unlinked.exitCode == 2);
    CHECK(unlinked.err.contains(QStringLiteral("is not linked to a team hub")));
    CHECK(unlinked.err.contains(QStringLiteral("clientele-cli hub join FILE URL")));
    const CliRun again = requireCli({QStringLiteral("hub"), QStringLiteral("leave"), team.ben});
    CHECK(
        again.out
        == QStringLiteral("%1 is not linked to a hub; there is nothing to leave.\n").arg(team.ben));
}
