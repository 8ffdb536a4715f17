#include "clientele/storage/locationcheck.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace clientele;

TEST_CASE("Workspaces in sync folders get a warning naming the sync program", "[storage]")
{
    QTemporaryDir dir;
    CHECK(riskyLocationWarning(dir.filePath(QStringLiteral("local.clientele"))).isEmpty());

    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Dropbox/Clients")));
    const QString warning =
        riskyLocationWarning(dir.filePath(QStringLiteral("Dropbox/Clients/a.clientele")));
    CHECK(warning.contains(QStringLiteral("Dropbox")));

    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("OneDrive - Ledgerline/x")));
    CHECK(riskyLocationWarning(dir.filePath(QStringLiteral("OneDrive - Ledgerline/x/b.clientele")))
              .contains(QStringLiteral("OneDrive")));

    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("shared/.stfolder")));
    CHECK(riskyLocationWarning(dir.filePath(QStringLiteral("shared/c.clientele")))
              .contains(QStringLiteral("Syncthing")));
}
