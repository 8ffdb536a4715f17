#include "proposalversions_cli_test.h"

using namespace clientele::test;

// The team commands against a workspace that never joined a hub; tests/clihub runs them against
// a real one.
TEST_CASE("cli: a workspace without a hub has no conflicts and cannot sync", "[cli][hub]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QByteArray before = fileBytes(file);

    const CliRun listed = runCli({QStringLiteral("conflicts"), file});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out == QStringLiteral("No conflicts wait to be settled.\n"));
    const CliRun json = runCli({QStringLiteral("conflicts"), file, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out == QStringLiteral("[]\n"));

    const CliRun synced = runCli({QStringLiteral("sync"), file});
    CHECK(synced.exitCode == 2);
    CHECK(synced.err
          == QStringLiteral("error: s.clientele is not linked to a team hub. Join one with File "
                            "\u25B8 Team \u25B8 Join a Hub\u2026, or clientele-cli hub join FILE "
                            "URL.\n"));
    const CliRun left = runCli({QStringLiteral("hub"), QStringLiteral("leave"), file});
    CHECK(left.exitCode == 0);
    CHECK(left.out
          == QStringLiteral("%1 is not linked to a hub; there is nothing to leave.\n").arg(file));
    CHECK(fileBytes(file) == before);
}

TEST_CASE("cli: hub and resolve say what they need", "[cli][hub]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QString usage =
        QStringLiteral("Usage: clientele-cli hub init URL | hub join FILE URL | hub leave FILE\n");

    const CliRun bare = runCli({QStringLiteral("hub")});
    CHECK(bare.exitCode == 1);
    CHECK(bare.err
          == QStringLiteral("Say what to do with the hub: init, join or leave.\n") + usage);
    const CliRun missingUrl = runCli({QStringLiteral("hub"), QStringLiteral("join"), file});
    CHECK(missingUrl.exitCode == 1);
    CHECK(missingUrl.err == QStringLiteral("Wrong arguments for hub join.\n") + usage);

    const CliRun unsaid = runCli({QStringLiteral("resolve"), file, QStringLiteral("1234")});
    CHECK(unsaid.exitCode == 1);
    CHECK(unsaid.err.startsWith(QStringLiteral("Say how to settle the conflict: --keep, "
                                               "--take-lost or --value JSON, one of them.\n")));
    const CliRun unknown =
        runCli({QStringLiteral("resolve"), file, QStringLiteral("1234"), QStringLiteral("--keep")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err
          == QStringLiteral("error: No conflict in %1 has the lost change 1234; clientele-cli "
                            "conflicts %1 lists those waiting.\n")
                 .arg(file));
}
