#include "teamhub.h"
#include "teamreplicas.h"

#include "clientele/storage/sampleworkspace.h"

#include <QSet>
#include <QTemporaryDir>

using namespace clientele;
using namespace synctest;

namespace {

void addProfiles(const QString &path, const QString &prefix, int count)
{
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    for (int i = 0; i < count; ++i)
        (*workspace)->profiles()->add(QStringLiteral("%1 %2").arg(prefix).arg(i));
}

int profileCount(const QString &path)
{
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    return int((*workspace)->profiles()->all().size());
}

// Starts `clientele-cli sync FILE` and kills it after `millis` if it has not finished by then.
void syncKilledAfter(const QString &path, int millis, const std::function<void()> &meanwhile = {})
{
    QProcess cli;
    cli.start(QStringLiteral(CLIENTELE_CLI), {QStringLiteral("sync"), path});
    REQUIRE(cli.waitForStarted());
    if (meanwhile) {
        QThread::msleep(millis);
        meanwhile();
    } else if (!cli.waitForFinished(millis)) {
        cli.kill();
    }
    cli.waitForFinished(60000);
}

// The file opens, passes SQLite's and Clientele's checks, and its log is whole.
void checkWhole(const QString &path)
{
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->problems().isEmpty());
}

// Every change the hub holds, once each.
void checkHubWhole(const QString &url)
{
    auto hub = PostgresHub::connect(url);
    REQUIRE(hub.ok());
    QSet<QString> ids;
    qint64 position = 0;
    int count = 0;
    for (;;) {
        auto batch = (*hub)->pull(position, 5000);
        REQUIRE(batch.ok());
        for (const SyncChange &change : batch->changes)
            ids.insert(change.changeId);
        count += int(batch->changes.size());
        position = batch->last;
        if (!batch->more)
            break;
    }
    CHECK(ids.size() == count);
}

} // namespace

TEST_CASE("A sync killed at any moment leaves both sides whole and the next one completes it",
          "[team][hub]")
{
    QTemporaryDir dir;
    const ScratchDatabase hub;
    setUpTeamHub(hub);
    const QString anna = dir.filePath(QStringLiteral("anna.clientele"));
    const QString ben = dir.filePath(QStringLiteral("ben.clientele"));
    REQUIRE(writeSampleWorkspace(anna).ok());
    REQUIRE(Workspace::create(ben).ok());
    REQUIRE(member(anna).join(hub.url(QStringLiteral("anna"))).ok());
    REQUIRE(member(ben).join(hub.url(QStringLiteral("ben"))).ok());
    const int sampleProfiles = profileCount(anna);

    // Each round gives Anna's next sync thousands of changes to send, and cuts it short at
    // another moment: before, during and after the file's transaction and the hub's.
    int added = 0;
    for (const int millis : {1, 10, 25, 40, 55, 70, 90, 120, 400}) {
        INFO("killed after " << millis << " ms");
        addProfiles(anna, QStringLiteral("Round %1").arg(millis), 60);
        added += 60;
        syncKilledAfter(anna, millis);
        checkWhole(anna);
        checkHubWhole(hub.url(QStringLiteral("ben")));
    }
    // The hub's side cut: the server ends Anna's connection while she syncs.
    addProfiles(anna, QStringLiteral("Dropped"), 40);
    added += 40;
    syncKilledAfter(anna, 30, [&hub] {
        runSuperuserSql(hub.name(),
                        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE usename = 'anna' AND datname = '%1'")
                            .arg(hub.name()));
    });
    checkWhole(anna);
    checkHubWhole(hub.url(QStringLiteral("ben")));

    REQUIRE(member(anna).sync().ok());
    REQUIRE(member(ben).sync().ok());
    const auto again = member(anna).sync();
    REQUIRE(again.ok());
    CHECK(again->pushed == 0);
    CHECK(again->pulled == 0);
    CHECK(profileCount(ben) == sampleProfiles + added);
    CHECK(exported(ben) == exported(anna));
}
