#include "clientele/core/profilestore.h"
#include "guifixture.h"

#include "clientele/gui/itemtableview.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profileitemseditor.h"
#include "clientele/gui/profilespage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QUndoStack>

using namespace clientele;

namespace {

QStringList texts(const QList<ProfileItem> &items)
{
    QStringList result;
    for (const auto &item : items)
        result << item.text;
    return result;
}

// Adds an entry through the + button and types it into the cell that opens.
void addThroughButton(GuiFixture &f, ProfileItemsEditor *list, const QString &text)
{
    auto *view = childOf<ItemTableView>(list);
    f.click(childOf<QAction>(list, QStringLiteral("addEntryAction")));
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(cell != nullptr);
    REQUIRE(cell->parent() == view->viewport());
    QTest::keyClicks(cell, text);
    QTest::keyClick(cell, Qt::Key_Return);
    // The delegate commits from the event loop.
    QCoreApplication::processEvents();
    CHECK(view->model()->index(view->currentIndex().row(), 0).data().toString() == text);
}

} // namespace

TEST_CASE("Obstacles are added, moved and removed through the buttons, and undone", "[gui]")
{
    GuiFixture f;
    ProfileItemsEditor *obstacles =
        childOf<ProfileEditor>(f.window.page<ProfilesPage>())->listEditor(ProfileList::Obstacles);
    REQUIRE(obstacles != nullptr);
    auto *view = childOf<ItemTableView>(obstacles);
    QAbstractItemModel *model = view->model();

    addThroughButton(f, obstacles, QStringLiteral("Tacit knowledge"));
    addThroughButton(f, obstacles, QStringLiteral("Staff turnover"));
    CHECK(texts(f.onDisk(f.profileId).obstacles)
          == QStringList{QStringLiteral("Tacit knowledge"), QStringLiteral("Staff turnover")});

    // The second entry is current after adding it; move it to the top.
    f.click(childOf<QAction>(obstacles, QStringLiteral("moveEntryUpAction")));
    CHECK(texts(f.onDisk(f.profileId).obstacles)
          == QStringList{QStringLiteral("Staff turnover"), QStringLiteral("Tacit knowledge")});
    CHECK(view->currentIndex().row() == 0);

    // Ctrl+Down moves it back from the keyboard.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    CHECK(texts(f.onDisk(f.profileId).obstacles)
          == QStringList{QStringLiteral("Tacit knowledge"), QStringLiteral("Staff turnover")});

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(texts(f.onDisk(f.profileId).obstacles)
          == QStringList{QStringLiteral("Staff turnover"), QStringLiteral("Tacit knowledge")});
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Staff turnover"));

    view->setCurrentIndex(model->index(1, 0));
    f.click(childOf<QAction>(obstacles, QStringLiteral("removeEntryAction")));
    CHECK(texts(f.onDisk(f.profileId).obstacles) == QStringList{QStringLiteral("Staff turnover")});
    CHECK(model->rowCount() == 1);

    f.workspace().undoStack()->undo();
    CHECK(texts(f.onDisk(f.profileId).obstacles)
          == QStringList{QStringLiteral("Staff turnover"), QStringLiteral("Tacit knowledge")});
    CHECK(model->rowCount() == 2);
}

TEST_CASE("Exclusions keep who and why not", "[gui]")
{
    GuiFixture f;
    ProfileItemsEditor *exclusions =
        childOf<ProfileEditor>(f.window.page<ProfilesPage>())->listEditor(ProfileList::Exclusions);
    addThroughButton(f, exclusions, QStringLiteral("Sole traders"));
    QAbstractItemModel *model = childOf<ItemTableView>(exclusions)->model();
    const QModelIndex why = model->index(0, 1);
    REQUIRE(model->setData(why, QStringLiteral("Too small")));
    const auto stored = f.onDisk(f.profileId).exclusions;
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().text == QStringLiteral("Sole traders"));
    CHECK(stored.front().detail == QStringLiteral("Too small"));
}

TEST_CASE("The search field filters the profile list as you type", "[gui]")
{
    GuiFixture f({QStringLiteral("Engineering owner"), QStringLiteral("Office manager"),
                  QStringLiteral("Irrigation dealer")});
    auto *page = f.window.page<ProfilesPage>();
    auto *search = childOf<QLineEdit>(page, QStringLiteral("searchField"));
    QAbstractItemModel *shown = childOf<QListView>(page, QStringLiteral("itemList"))->model();
    CHECK(shown->rowCount() == 3);

    QTest::keyClicks(search, QStringLiteral("office"));
    CHECK(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == QStringLiteral("Office manager"));

    // Every word must match, in any order and any field.
    REQUIRE(f.workspace().profiles()->setField(f.profileId, ProfileField::Industry,
                                               QStringLiteral("Weighbridges")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("weigh OWNER"));
    CHECK(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == QStringLiteral("Engineering owner"));

    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(shown->rowCount() == 3);
}

TEST_CASE("New, duplicate and delete profiles, each one undo step", "[gui]")
{
    GuiFixture f;
    auto *page = f.window.page<ProfilesPage>();
    auto *list = childOf<QListView>(page, QStringLiteral("itemList"));

    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    CHECK(f.workspace().profiles()->count() == 2);
    const qint64 added = page->currentItemId();
    CHECK(added != f.profileId);
    // The new profile's name is selected, ready to be typed over.
    auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(name != nullptr);
    QTest::keyClicks(name, QStringLiteral("Dealer"));
    CHECK(f.onDisk(added).name == QStringLiteral("Dealer"));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(f.workspace().profiles()->count() == 1);
    CHECK_FALSE(f.workspace().profiles()->find(added).has_value());

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.workspace().profiles()->count() == 2);
    CHECK(page->currentItemId() == added);

    childOf<QAction>(page, QStringLiteral("duplicateItemAction"))->trigger();
    CHECK(f.workspace().profiles()->count() == 3);
    CHECK(f.workspace().profiles()->find(page->currentItemId())->name
          == QStringLiteral("Dealer (copy)"));
}

TEST_CASE("The window names the file and says that changes are saved", "[gui]")
{
    GuiFixture f;
    CHECK(f.window.windowTitle() == QStringLiteral("w.clientele \u2014 Clientele"));
    REQUIRE(
        f.workspace().profiles()->setField(f.profileId, ProfileField::Notes, QStringLiteral("n")));
    CHECK(childOf<QLabel>(&f.window, QStringLiteral("saveStateLabel"))->text()
          == QStringLiteral("All changes saved"));
    f.window.closeWorkspace();
    CHECK(f.window.windowTitle() == QStringLiteral("Clientele"));
}
