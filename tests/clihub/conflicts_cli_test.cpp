#include "teamcli.h"

#include <QRegularExpression>

using namespace clientele::test;

namespace {

// Anna sets the industry to Mining, then Ben, who has not seen it, to Farming; both sync.
// Ben's edit is the later one, so it wins and Anna's is kept as the conflict.
void editApart(const TeamOfTwo &team)
{
    requireCli({QStringLiteral("edit-profile"), team.anna, kOwner, QStringLiteral("--set"),
                QStringLiteral("industry=Mining")});
    requireCli({QStringLiteral("edit-profile"), team.ben, kOwner, QStringLiteral("--set"),
                QStringLiteral("industry=Farming")},
               QStringLiteral("ben"));
    requireCli({QStringLiteral("sync"), team.anna});
    const CliRun synced = requireCli({QStringLiteral("sync"), team.ben}, QStringLiteral("ben"));
    CHECK(synced.out.endsWith(
        QStringLiteral("Conflicts waiting: 1 (clientele-cli conflicts %1 lists them)\n")
            .arg(team.ben)));
}

QJsonObject onlyConflict(const QString &workspace)
{
    const QJsonArray conflicts =
        jsonArrayOf(requireCli({QStringLiteral("conflicts"), workspace, QStringLiteral("--json")}));
    REQUIRE(conflicts.size() == 1);
    return conflicts.at(0).toObject();
}

} // namespace

TEST_CASE("a field edited apart is listed as a conflict with both values, who and when",
          "[cli][hub]")
{
    const TeamOfTwo team;
    CHECK(requireCli({QStringLiteral("conflicts"), team.ben}).out
          == QStringLiteral("No conflicts wait to be settled.\n"));
    editApart(team);
    CHECK(team.profileField(team.ben, QStringLiteral("industry")).toString()
          == QStringLiteral("Farming"));

    const QJsonObject conflict = onlyConflict(team.ben);
    CHECK(
        conflict.keys()
        == QStringList({QStringLiteral("change"), QStringLiteral("field"), QStringLiteral("item"),
                        QStringLiteral("itemName"), QStringLiteral("kept"), QStringLiteral("kind"),
                        QStringLiteral("lost"), QStringLiteral("reason")}));
    CHECK(conflict.value(QStringLiteral("kind")).toString() == QStringLiteral("profile"));
    CHECK(conflict.value(QStringLiteral("itemName")).toString() == kOwner);
    CHECK(conflict.value(QStringLiteral("field")).toString() == QStringLiteral("industry"));
    CHECK(conflict.value(QStringLiteral("reason")).toString() == QStringLiteral("editedApart"));
    const QJsonObject kept = conflict.value(QStringLiteral("kept")).toObject();
    const QJsonObject lost = conflict.value(QStringLiteral("lost")).toObject();
    CHECK(kept.value(QStringLiteral("value")).toString() == QStringLiteral("Farming"));
    CHECK(kept.value(QStringLiteral("author")).toString() == QStringLiteral("ben"));
    CHECK(lost.value(QStringLiteral("value")).toString() == QStringLiteral("Mining"));
    CHECK(lost.value(QStringLiteral("author")).toString() == QStringLiteral("clientele_test"));
    CHECK_FALSE(kept.value(QStringLiteral("deleted")).toBool());
    CHECK(conflict.value(QStringLiteral("change")) == lost.value(QStringLiteral("change")));
    const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    CHECK(utc.match(kept.value(QStringLiteral("at")).toString()).hasMatch());
    CHECK(lost.value(QStringLiteral("at")).toString()
          < kept.value(QStringLiteral("at")).toString());

    // Anna's workspace lists the same conflict once it has synced.
    requireCli({QStringLiteral("sync"), team.anna});
    CHECK(onlyConflict(team.anna) == conflict);

    const QString id = lost.value(QStringLiteral("change")).toString();
    const CliRun text = requireCli({QStringLiteral("conflicts"), team.ben});
    const QString minute = QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    const QRegularExpression expected(
        QStringLiteral("^profile \u201C%1\u201D, field \u201Cindustry\u201D: edited apart\n"
                       "  kept: \"Farming\" by ben on %2\n"
                       "  lost: \"Mining\" by clientele_test on %2\n"
                       "  settle: clientele-cli resolve %3 %4 --keep, --take-lost or "
                       "--value JSON\n$")
            .arg(kOwner, minute, QRegularExpression::escape(team.ben), id));
    INFO(text.out.toStdString());
    CHECK(expected.match(text.out).hasMatch());
}

TEST_CASE("resolve settles a conflict and the team takes the value", "[cli][hub]")
{
    const TeamOfTwo team;
    editApart(team);
    const QString id = onlyConflict(team.ben).value(QStringLiteral("change")).toString();
    const QByteArray before = fileBytes(team.ben);
    const auto refusedWith = [&](const QStringList &options, int exitCode, const QString &message) {
        const CliRun run = cliAs(QStringLiteral("ben"),
                                 QStringList{QStringLiteral("resolve"), team.ben, id} + options);
        CHECK(run.exitCode == exitCode);
        CHECK(run.err.contains(message));
        CHECK(fileBytes(team.ben) == before);
    };
    refusedWith({}, 1, QStringLiteral("Say how to settle the conflict"));
    refusedWith({QStringLiteral("--keep"), QStringLiteral("--take-lost")}, 1,
                QStringLiteral("Say how to settle the conflict"));
    refusedWith({QStringLiteral("--value"), QStringLiteral("Mining")}, 2,
                QStringLiteral("This is not JSON: Mining"));
    refusedWith({QStringLiteral("--value"), QStringLiteral("{\"min\": 3}")}, 2,
                QStringLiteral("industry: expected a string"));
    const CliRun unknown =
        cliAs(QStringLiteral("ben"),
              {QStringLiteral("resolve"), team.ben,
               QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--keep")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("No conflict in %1 has the lost change "
                                              "00000000-0000-4000-8000-000000000000")
                                   .arg(team.ben)));

    const CliRun settled =
        requireCli({QStringLiteral("resolve"), team.ben, id, QStringLiteral("--take-lost")},
                   QStringLiteral("ben"));
    CHECK(settled.out
          == QStringLiteral("Settled: profile \u201C%1\u201D, field \u201Cindustry\u201D is now "
                            "\"Mining\"; the next sync shares it with the team.\n")
                 .arg(kOwner));
    CHECK(requireCli({QStringLiteral("conflicts"), team.ben}).out
          == QStringLiteral("No conflicts wait to be settled.\n"));
    CHECK(team.profileField(team.ben, QStringLiteral("industry")).toString()
          == QStringLiteral("Mining"));

    CHECK(requireCli({QStringLiteral("sync"), team.ben}, QStringLiteral("ben")).out
          == QStringLiteral("Pushed to the hub: 1\nTaken in from the team: 0\n"
                            "Conflicts waiting: 0\n"));
    requireCli({QStringLiteral("sync"), team.anna});
    CHECK(requireCli({QStringLiteral("conflicts"), team.anna}).out
          == QStringLiteral("No conflicts wait to be settled.\n"));
    CHECK(team.profileField(team.anna, QStringLiteral("industry")).toString()
          == QStringLiteral("Mining"));
}

TEST_CASE("resolve keeps the value that won or settles on another", "[cli][hub]")
{
    const TeamOfTwo team;
    editApart(team);
    const QString id = onlyConflict(team.ben).value(QStringLiteral("change")).toString();
    QString settledOn;
    SECTION("--keep")
    {
        requireCli({QStringLiteral("resolve"), team.ben, id, QStringLiteral("--keep")},
                   QStringLiteral("ben"));
        settledOn = QStringLiteral("Farming");
    }
    SECTION("--value")
    {
        requireCli({QStringLiteral("resolve"), team.ben, id, QStringLiteral("--value"),
                    QStringLiteral("\"Mining and farming\"")},
                   QStringLiteral("ben"));
        settledOn = QStringLiteral("Mining and farming");
    }
    requireCli({QStringLiteral("sync"), team.ben}, QStringLiteral("ben"));
    requireCli({QStringLiteral("sync"), team.anna});
    for (const QString &workspace : {team.anna, team.ben}) {
        CHECK(team.profileField(workspace, QStringLiteral("industry")).toString() == settledOn);
        CHECK(jsonArrayOf(
                  requireCli({QStringLiteral("conflicts"), workspace, QStringLiteral("--json")}))
                  .isEmpty());
    }
}
