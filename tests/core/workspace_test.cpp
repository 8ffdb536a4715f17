#include "badfiles.h"

#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/core/models/profilelistmodel.h"
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
        return (*reopened)->profiles();
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
    CHECK(f.workspace->profiles() == after);
    f.workspace->undoStack()->undo();
    CHECK(f.onDisk() == before);
    CHECK(f.workspace->profiles() == before);
    f.workspace->undoStack()->redo();
    CHECK(f.onDisk() == after);
    CHECK(f.workspace->profiles() == after);
}

} // namespace

TEST_CASE("Every profile edit is one undo step that redoes to the same state", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->addProfile(QStringLiteral("Owner"));
    REQUIRE(id > 0);
    f.workspace->insertListItem(id, ProfileList::Obstacles, 0, {0, QStringLiteral("Tacit"), {}});
    f.workspace->insertListItem(id, ProfileList::Obstacles, 1, {0, QStringLiteral("Turnover"), {}});

    SECTION("add profile")
    {
        checkUndoRedo(f, [&] { f.workspace->addProfile(QStringLiteral("B")); });
    }
    SECTION("remove profile")
    {
        checkUndoRedo(f, [&] { f.workspace->removeProfile(id); });
    }
    SECTION("duplicate profile")
    {
        checkUndoRedo(f, [&] { f.workspace->duplicateProfile(id); });
    }
    SECTION("each field")
    {
        for (ProfileField field : allProfileFields()) {
            const QString value = field == ProfileField::BusinessSize ? QStringLiteral("5-200")
                                                                      : QStringLiteral("changed");
            checkUndoRedo(f, [&] { REQUIRE(f.workspace->setProfileField(id, field, value)); });
        }
    }
    SECTION("add list item")
    {
        checkUndoRedo(f, [&] {
            f.workspace->insertListItem(
                id, ProfileList::Exclusions, 0,
                {0, QStringLiteral("Sole traders"), QStringLiteral("Too small")});
        });
    }
    SECTION("remove list item")
    {
        checkUndoRedo(f, [&] { f.workspace->removeListItem(id, ProfileList::Obstacles, 0); });
    }
    SECTION("reorder list items")
    {
        checkUndoRedo(f, [&] { f.workspace->moveListItem(id, ProfileList::Obstacles, 0, 1); });
    }
    SECTION("edit list item")
    {
        checkUndoRedo(f, [&] {
            f.workspace->editListItem(id, ProfileList::Obstacles, 1,
                                      QStringLiteral("High turnover"), {});
        });
    }
}

TEST_CASE("Typing into one field merges into a single undo step", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->addProfile(QStringLiteral("Owner"));
    const int steps = f.workspace->undoStack()->count();
    for (const QString &typed :
         {QStringLiteral("S"), QStringLiteral("Sw"), QStringLiteral("Swamped")})
        REQUIRE(f.workspace->setProfileField(id, ProfileField::Psychographics, typed));
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    REQUIRE(f.workspace->setProfileField(id, ProfileField::Utopia, QStringLiteral("Holidays")));
    CHECK(f.workspace->undoStack()->count() == steps + 2);
    f.workspace->undoStack()->undo();
    f.workspace->undoStack()->undo();
    CHECK(f.workspace->profile(id)->segment.psychographics.isEmpty());
}

TEST_CASE("An invalid business size is refused and changes nothing", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->addProfile(QStringLiteral("Owner"));
    const int steps = f.workspace->undoStack()->count();
    auto refused =
        f.workspace->setProfileField(id, ProfileField::BusinessSize, QStringLiteral("big"));
    CHECK_FALSE(refused.ok());
    CHECK(f.workspace->undoStack()->count() == steps);
}

TEST_CASE("New list items keep their ids through undo and redo", "[core]")
{
    Fixture f;
    const qint64 id = f.workspace->addProfile(QStringLiteral("Owner"));
    f.workspace->insertListItem(id, ProfileList::Needs, 0,
                                {0, QStringLiteral("Documented processes"), {}});
    const qint64 itemId = f.workspace->profile(id)->needs.front().id;
    REQUIRE(itemId > 0);
    f.workspace->undoStack()->undo();
    f.workspace->undoStack()->redo();
    CHECK(f.workspace->profile(id)->needs.front().id == itemId);
}

TEST_CASE("Profile models stay consistent through edits and undo", "[core][model]")
{
    Fixture f;
    ProfileListModel list(f.workspace.get());
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 id = f.workspace->addProfile(QStringLiteral("Owner"));
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
    f.workspace->duplicateProfile(id);
    CHECK(list.rowCount() == 2);
    f.workspace->removeProfile(id);
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
        f.workspace->addProfile(QString::fromLatin1(name));
    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    Workspace &workspace = **reopened;
    CHECK(workspace.profileCount() == 3);
    workspace.removeProfile(workspace.profiles().front().id);
    CHECK(workspace.profileCount() == 2);
    workspace.undoStack()->undo();
    CHECK(workspace.profileCount() == 3);
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
    CHECK((*opened)->profiles().isEmpty());
    CHECK(failed.isEmpty()); // not from inside the call that asked
    REQUIRE(failed.wait(5000));
    CHECK(failed.front().front().toString().contains(QStringLiteral("the file is damaged")));
    CHECK((*opened)->profileCount() == 0);
    CHECK(failed.size() == 1);
    CHECK(test::sha256(path) == before);
}
