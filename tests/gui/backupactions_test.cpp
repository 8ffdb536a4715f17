#include "badfiles.h"

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/backupactions.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/profilespage.h"
#include "clientele/storage/backupsnapshots.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace clientele;

TEST_CASE("Restoring a backup from the window brings back the earlier profiles", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(Workspace::create(path).ok());
    MainWindow window;
    REQUIRE(window.fileActions()->openPath(path));
    window.workspace()->profiles()->add(QStringLiteral("Before"));
    auto snapshot = BackupSnapshots::take(window.workspace()->file(), QStringLiteral("test"));
    REQUIRE(snapshot.ok());
    window.workspace()->profiles()->add(QStringLiteral("After"));
    REQUIRE(window.workspace()->profiles()->count() == 2);
    REQUIRE(window.backupActions()->restoreAction()->isEnabled());

    REQUIRE(window.backupActions()->restoreFrom(*snapshot));
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->profiles()->count() == 1);
    CHECK(window.workspace()->profiles()->all().front().name == QStringLiteral("Before"));
    // Still ours: the lock survived the reopen, so edits go on.
    CHECK(window.workspace()->profiles()->add(QStringLiteral("Again")) > 0);
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

TEST_CASE("Profiles that cannot be read bring up the damage warning, not a crash", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.clientele"));
    test::writeDamagedWorkspace(path, test::Damage::OneDataPage);
    MainWindow window;
    QSignalSpy checked(window.backupActions(), &BackupActions::checked);
    QStringList titles;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            titles << box->windowTitle();
            box->reject();
        }
    });
    answer.start(20);
    REQUIRE(window.fileActions()->openPath(path));
    // Opening reads no profile; the Profiles page is the first to ask.
    ProfilesPage *page = window.showPage<ProfilesPage>();
    REQUIRE(page != nullptr);
    CHECK(page->count() == 0);
    REQUIRE(checked.wait(10000));
    for (int waited = 0; titles.isEmpty() && waited < 5000; waited += 20)
        QTest::qWait(20);
    CHECK(titles == QStringList{QStringLiteral("Workspace Damaged")});
    CHECK(window.workspace() != nullptr);
}
