#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

// A full disk is provoked by capping the file's page count: the edit must be refused with a
// clear message, leave no trace in the file, and not enter the undo stack.
TEST_CASE("A full disk refuses the edit cleanly and keeps what was saved", "[core][robustness]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.clientele"));
    auto workspace = std::move(*Workspace::create(path));
    const qint64 kept = workspace->profiles()->add(QStringLiteral("Kept"));
    REQUIRE(kept > 0);

    auto &db = workspace->file().database();
    const int pages = db.execAndGet("PRAGMA page_count").getInt();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages));

    QSignalSpy failures(workspace.get(), &Workspace::writeFailed);
    const int steps = workspace->undoStack()->count();
    const qint64 id = workspace->profiles()->add(QString(200000, QLatin1Char('x')));
    CHECK(id == 0);
    REQUIRE(failures.count() == 1);
    CHECK(failures.front().front().toString().contains(QStringLiteral("disk is full")));
    CHECK(workspace->undoStack()->count() == steps);
    CHECK(workspace->profiles()->count() == 1);

    workspace.reset();
    auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->profiles()->count() == 1);
    CHECK((*reopened)->profiles()->find(kept)->name == QStringLiteral("Kept"));
    CHECK((*reopened)->file().problems().isEmpty());
}
