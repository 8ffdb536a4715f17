#include "badfiles.h"

#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/core/models/profilelistmodel.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace = std::move(*Workspace::create(path));

    // What a user would see: memory and file agree, so compare what is on disk.
    QList<CustomerProfile> onDisk() const
    {
        auto reopened = Workspace::open(path);
        REQUIRE(reopened.ok());
        return (*reopened)->profiles()->all();
    }
};

// redo → undo → redo must land on the same state each way, in memory and on disk.
void checkUndoRedo(Fixture &f, const std::function<void()> &edit)
{
    const auto before = f.onDisk();
    const int steps = f.workspace->undoStack()->count();
    edit();
    REQUIRE(f.workspace->undoStack()->count() == steps + 1);
    const auto after = f.onDisk();
    REQUIRE(after != before);
    CHECK(f.workspace->profiles()->all() == after);
    f.workspace->undoStack()->undo();
    CHECK(f.onDisk() == before);
    CHECK(f.workspace->profiles()->all() == before);
    f.workspace->undoStack()->redo();
    CHECK(f.onDisk() == after);
    CHECK(f.workspace->profiles()->all() == after);
}

} // namespace

TEST_CASE("Every profile edit is one undo step that redoes to the same state", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->profiles()->add(QStringLiteral("Owner"));
    REQUIRE(id > 0);
    f.workspace->profiles()->insertListItem(id, ProfileList::Obstacles, 0,
                                            {0, QStringLiteral("Tacit"), {}});
    f.workspace->profiles()->insertListItem(id, ProfileList::Obstacles, 1,
                                            {0, QStringLiteral("Turnover"), {}});

    SECTION("add profile")
    {
        checkUndoRedo(f, [&] { f.workspace->profiles()->add(QStringLiteral("B")); });
    }
    SECTION("remove profile")
    {
        checkUndoRedo(f, [&] { f.workspace->profiles()->remove(id); });
    }
    SECTION("duplicate profile")
    {
        checkUndoRedo(f, [&] { f.workspace->profiles()->duplicate(id); });
    }
    SECTION("each field")
    {
        for (ProfileField field : allProfileFields()) {
            const QString value = field == ProfileField::BusinessSize ? QStringLiteral("5-200")
                                                                      : QStringLiteral("changed");
            checkUndoRedo(f, [&] { REQUIRE(f.workspace->profiles()->setField(id, field, value)); });
        }
    }
    SECTION("add list item")
    {
        checkUndoRedo(f, [&] {
            f.workspace->profiles()->insertListItem(
                id, ProfileList::Exclusions, 0,
                {0, QStringLiteral("Sole traders"), QStringLiteral("Too small")});
        });
    }
    SECTION("remove list item")
    {
        checkUndoRedo(
            f, [&] { f.workspace->profiles()->removeListItem(id, ProfileList::Obstacles, 0); });
    }
    SECTION("reorder list items")
    {
        checkUndoRedo(
            f, [&] { f.workspace->profiles()->moveListItem(id, ProfileList::Obstacles, 0, 1); });
    }
    SECTION("edit list item")
    {
        checkUndoRedo(f, [&] {
            f.workspace->profiles()->editListItem(id, ProfileList::Obstacles, 1,
                                                  QStringLiteral("High turnover"), {});
        });
    }
}

TEST_CASE("Typing into one field merges into a single undo step", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->profiles()->add(QStringLiteral("Owner"));
    const int steps = f.workspace->undoStack()->count();
    for (const QString &typed :
         {QStringLiteral("S"), QStringLiteral("Sw"), QStringLiteral("Swamped")})
        REQUIRE(f.workspace->profiles()->setField(id, ProfileField::Psychographics, typed));
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    REQUIRE(
        f.workspace->profiles()->setField(id, ProfileField::Utopia, QStringLiteral("Holidays")));
    CHECK(f.workspace->undoStack()->count() == steps + 2);
    f.workspace->undoStack()->undo();
    f.workspace->undoStack()->undo();
    CHECK(f.workspace->profiles()->find(id)->segment.psychographics.isEmpty());
}

TEST_CASE("An invalid business size is refused and changes nothing", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->profiles()->add(QStringLiteral("Owner"));
    const int steps = f.workspace->undoStack()->count();
    auto refused =
        f.workspace->profiles()->setField(id, ProfileField::BusinessSize, QStringLiteral("big"));
    CHECK_FALSE(refused.ok());
    CHECK(f.workspace->undoStack()->count() == steps);
}

TEST_CASE("New list items keep their ids through undo and redo", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->profiles()->add(QStringLiteral("Owner"));
    f.workspace->profiles()->insertListItem(id, ProfileList::Needs, 0,
                                            {0, QStringLiteral("Documented processes"), {}});
    const qint64 itemId = f.workspace->profiles()->find(id)->needs.front().id;
    REQUIRE(itemId > 0);
    f.workspace->undoStack()->undo();
    f.workspace->undoStack()->redo();
    CHECK(f.workspace->profiles()->find(id)->needs.front().id == itemId);
}

TEST_CASE("Profile models stay consistent through edits and undo", "[core][model]")
{
    Fixture f;
    ProfileListModel list(f.workspace.get());
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 id = f.workspace->profiles()->add(QStringLiteral("Owner"));
    ProfileItemsModel obstacles(f.workspace.get(), ProfileList::Obstacles);
    QAbstractItemModelTester itemsTester(&obstacles,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    obstacles.setProfile(id);

    REQUIRE(obstacles.insertRows(0, 2));
    CHECK(obstacles.rowCount() == 2);
    REQUIRE(obstacles.setData(obstacles.index(0, 0), QStringLiteral("first")));
    REQUIRE(obstacles.setData(obstacles.index(1, 0), QStringLiteral("second")));
    REQUIRE(obstacles.moveRows({}, 0, 1, {}, 2));
    CHECK(obstacles.index(0, 0).data().toString() == QStringLiteral("second"));
    REQUIRE(obstacles.removeRows(0, 1));
    CHECK(obstacles.rowCount() == 1);
    f.workspace->undoStack()->undo();
    CHECK(obstacles.rowCount() == 2);

    CHECK(list.rowCount() == 1);
    REQUIRE(list.setData(list.index(0), QStringLiteral("Renamed")));
    CHECK(list.index(0).data().toString() == QStringLiteral("Renamed"));
    f.workspace->profiles()->duplicate(id);
    CHECK(list.rowCount() == 2);
    f.workspace->profiles()->remove(id);
    CHECK(list.rowCount() == 1);
    CHECK(obstacles.rowCount() == 0);
    f.workspace->undoStack()->undo();
    CHECK(list.rowCount() == 2);
    CHECK(list.index(0).data(ProfileListModel::IdRole).toLongLong() == id);
}

TEST_CASE("Workspace settings changes are undoable and stored", "[core]")
{
    Fixture f;
    WorkspaceSettings settings = f.workspace->settings();
    settings.consultancyName = QStringLiteral("Ledger & Co");
    f.workspace->setSettings(settings);
    CHECK((*Workspace::open(f.path))->settings().consultancyName == QStringLiteral("Ledger & Co"));
    f.workspace->undoStack()->undo();
    CHECK((*Workspace::open(f.path))->settings().consultancyName.isEmpty());
}

TEST_CASE("A reopened workspace counts its profiles before reading them", "[core]")
{
    Fixture f;
    for (const char *name : {"Owner", "Advisor", "Founder"})
        f.workspace->profiles()->add(QString::fromLatin1(name));
    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    Workspace &workspace = **reopened;
    CHECK(workspace.profiles()->count() == 3);
    workspace.profiles()->remove(workspace.profiles()->all().front().id);
    CHECK(workspace.profiles()->count() == 2);
    workspace.undoStack()->undo();
    CHECK(workspace.profiles()->count() == 3);
}

TEST_CASE("Damaged profile pages are reported when the profiles are first read", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.clientele"));
    test::writeDamagedWorkspace(path, test::Damage::OneDataPage);
    const QByteArray before = test::sha256(path);

    // A report on the whole file reads every profile as it opens, and refuses the damage.
    auto atOpen =
        Workspace::open(path, WorkspaceFile::Access::ReadOnly, Workspace::ProfileReading::AtOpen);
    REQUIRE_FALSE(atOpen.ok());
    CHECK(atOpen.errorMessage().contains(QStringLiteral("the file is damaged")));

    // The window opens it at once and hears of the damage when a view first asks.
    auto opened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    QSignalSpy failed(opened->get(), &Workspace::readFailed);
    CHECK((*opened)->profiles()->all().isEmpty());
    CHECK(failed.isEmpty()); // not from inside the call that asked
    REQUIRE(failed.wait(5000));
    CHECK(failed.front().front().toString().contains(QStringLiteral("the file is damaged")));
    CHECK((*opened)->profiles()->count() == 0);
    CHECK(failed.size() == 1);
    CHECK(test::sha256(path) == before);
}
