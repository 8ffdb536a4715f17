#include "clientele/core/workspace.h"
#include "clientele/gui/backupactions.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/storage/backupsnapshots.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace clientele;

TEST_CASE("Restoring a backup from the window brings back the earlier profiles", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(Workspace::create(path).ok());
    MainWindow window;
    REQUIRE(window.fileActions()->openPath(path));
    window.workspace()->addProfile(QStringLiteral("Before"));
    auto snapshot = BackupSnapshots::take(window.workspace()->file(), QStringLiteral("test"));
    REQUIRE(snapshot.ok());
    window.workspace()->addProfile(QStringLiteral("After"));
    REQUIRE(window.workspace()->profileCount() == 2);
    REQUIRE(window.backupActions()->restoreAction()->isEnabled());

    REQUIRE(window.backupActions()->restoreFrom(*snapshot));
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->profileCount() == 1);
    CHECK(window.workspace()->profiles().front().name == QStringLiteral("Before"));
    // Still ours: the lock survived the reopen, so edits go on.
    CHECK(window.workspace()->addProfile(QStringLiteral("Again")) > 0);
}

TEST_CASE("The background check of a sound workspace reports no problems", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(Workspace::create(path).ok());
    MainWindow window;
    QSignalSpy checked(window.backupActions(), &BackupActions::checked);
    REQUIRE(window.fileActions()->openPath(path));
    REQUIRE(checked.wait(10000));
    CHECK(checked.front().front().toStringList().isEmpty());
}
