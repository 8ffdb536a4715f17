// What every list page (Profiles, Offers, Proposals) does with New, Duplicate, Delete, undo and
// the search, checked on each.

#include "guifixture.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/gui/itemtableview.h"
#include "clientele/gui/offereditor.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/gui/proposalspage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QToolButton>

using namespace clientele;

namespace {

template <typename Page> struct EditorOf;
template <> struct EditorOf<ProfilesPage> {
    using Type = ProfileEditor;
};
template <> struct EditorOf<OffersPage> {
    using Type = OfferEditor;
};
template <> struct EditorOf<ProposalsPage> {
    using Type = ProposalEditor;
};

// A list page of a real main window on a workspace holding one profile and nothing else.
template <typename Page> struct ListPageFixture : GuiFixture {
    Page *page = nullptr;
    QWidget *editor = nullptr;
    QAbstractItemView *list = nullptr;
    QLineEdit *search = nullptr;

    ListPageFixture()
    {
        page = window.showPage<Page>();
        REQUIRE(page != nullptr);
        editor = childOf<typename EditorOf<Page>::Type>(page);
        list = childOf<QAbstractItemView>(page, QStringLiteral("itemList"));
        search = childOf<QLineEdit>(page, QStringLiteral("searchField"));
        QApplication::processEvents();
    }

    void trigger(const QString &action) { childOf<QAction>(page, action)->trigger(); }
    qint64 listedId() const
    {
        return list->currentIndex().data(ListEditorPage::kIdRole).toLongLong();
    }
    bool editorShown() const { return editor->isVisible(); }
    QString note() const { return childOf<QLabel>(page, QStringLiteral("emptyNote"))->text(); }
};

} // namespace

TEMPLATE_TEST_CASE("Duplicate on a list page selects the copy, ready to be typed into",
                   "[gui][listpages]", ProfilesPage, OffersPage, ProposalsPage)
{
    ListPageFixture<TestType> f;
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 original = f.page->currentItemId();
    REQUIRE(original != 0);
    const int count = f.page->count();
    f.list->setFocus();

    f.trigger(QStringLiteral("duplicateItemAction"));
    const qint64 copy = f.page->currentItemId();
    CHECK(copy != 0);
    CHECK(copy != original);
    CHECK(f.page->count() == count + 1);
    CHECK(f.listedId() == copy);
    CHECK(f.page->historyItem()->id == copy);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    CHECK(f.editor->isAncestorOf(focus));
}

TEMPLATE_TEST_CASE("Delete on a list page shows a neighbour, and undo the item again",
                   "[gui][listpages]", ProfilesPage, OffersPage, ProposalsPage)
{
    ListPageFixture<TestType> f;
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 first = f.page->currentItemId();
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 second = f.page->currentItemId();
    REQUIRE(second != first);

    f.trigger(QStringLiteral("deleteItemAction"));
    CHECK(f.page->currentItemId() != second);
    CHECK(f.page->currentItemId() != 0);
    CHECK(f.listedId() == f.page->currentItemId());
    CHECK(f.editorShown());

    // The undone deletion brings the item back into the editor, wherever the list was.
    f.page->selectItem(first);
    f.workspace().undoStack()->undo();
    CHECK(f.page->currentItemId() == second);
    CHECK(f.listedId() == second);
}

TEMPLATE_TEST_CASE("Delete on a list page says what went and Undo in the status bar brings it back",
                   "[gui][listpages]", ProfilesPage, OffersPage, ProposalsPage)
{
    ListPageFixture<TestType> f;
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 id = f.page->currentItemId();
    f.trigger(QStringLiteral("deleteItemAction"));
    REQUIRE(f.page->currentItemId() != id);

    auto *notice = childOf<QWidget>(f.window.statusBar(), QStringLiteral("undoNotice"));
    CHECK(notice->isVisible());
    CHECK(childOf<QLabel>(notice, QStringLiteral("undoNoticeMessage"))
              ->text()
              .startsWith(QStringLiteral("Deleted ")));
    QTest::mouseClick(childOf<QToolButton>(notice, QStringLiteral("undoNoticeButton")),
                      Qt::LeftButton);
    CHECK(f.page->currentItemId() == id);
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("The status bar names the deleted offer and offers Undo only for that step",
          "[gui][listpages]")
{
    ListPageFixture<OffersPage> f;
    Offer offer;
    offer.name = QStringLiteral("Procedure writing day");
    const auto added = f.workspace().offers()->add(offer);
    REQUIRE(added.ok());
    f.page->selectItem(*added);
    f.trigger(QStringLiteral("deleteItemAction"));
    REQUIRE_FALSE(f.workspace().offers()->find(*added).has_value());
    auto *notice = childOf<QWidget>(f.window.statusBar(), QStringLiteral("undoNotice"));
    CHECK(childOf<QLabel>(notice, QStringLiteral("undoNoticeMessage"))->text()
          == QStringLiteral("Deleted offer \u201cProcedure writing day\u201d"));
    CHECK(notice->isVisible());

    // Another step makes the Undo there mean something else, so it goes.
    f.trigger(QStringLiteral("newItemAction"));
    CHECK_FALSE(notice->isVisible());
}

TEMPLATE_TEST_CASE("A list page with nothing left says so, and prints nothing", "[gui][listpages]",
                   ProfilesPage, OffersPage, ProposalsPage)
{
    ListPageFixture<TestType> f;
    f.trigger(QStringLiteral("newItemAction"));
    QAction *print = f.window.printActions()->exportPdfAction();
    CHECK(print->isEnabled());
    while (f.page->count() > 0) {
        f.list->setCurrentIndex(f.list->model()->index(0, 0));
        f.trigger(QStringLiteral("deleteItemAction"));
    }
    CHECK(f.page->currentItemId() == 0);
    CHECK_FALSE(f.editorShown());
    CHECK(f.note().contains(QStringLiteral(" yet")));
    CHECK_FALSE(print->isEnabled());
    CHECK_FALSE(childOf<QAction>(f.page, QStringLiteral("duplicateItemAction"))->isEnabled());
    CHECK_FALSE(childOf<QAction>(f.page, QStringLiteral("deleteItemAction"))->isEnabled());

    f.workspace().undoStack()->undo();
    CHECK(f.page->currentItemId() != 0);
    CHECK(f.editorShown());
    CHECK(print->isEnabled());
}

TEMPLATE_TEST_CASE("A list page keeps the edited item while the search hides it",
                   "[gui][listpages]", ProfilesPage, OffersPage, ProposalsPage)
{
    ListPageFixture<TestType> f;
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 first = f.page->currentItemId();
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 second = f.page->currentItemId();

    QTest::keyClicks(f.search, QStringLiteral("zzq"));
    CHECK(f.list->model()->rowCount() == 0);
    CHECK(f.page->currentItemId() == second);
    CHECK(f.editorShown());

    // Choosing an item the search hides clears the search.
    f.page->selectItem(first);
    CHECK(f.search->text().isEmpty());
    CHECK(f.page->currentItemId() == first);
    CHECK(f.listedId() == first);

    // An edited item deleted while the search hides the rest: the note says what it found.
    QTest::keyClicks(f.search, QStringLiteral("zzq"));
    f.trigger(QStringLiteral("deleteItemAction"));
    CHECK(f.page->currentItemId() == 0);
    CHECK(f.page->count() > 0);
    CHECK(f.note().contains(QStringLiteral("\u201czzq\u201d")));
}

TEST_CASE("A list of texts adds, moves and removes entries from the keyboard, one step each",
          "[gui][listpages]")
{
    ListPageFixture<ProposalsPage> f;
    f.trigger(QStringLiteral("newItemAction"));
    const qint64 id = f.page->currentItemId();
    ProposalBook &store = *f.workspace().proposals();
    ItemTableView *needs = nullptr;
    for (auto *view : f.page->findChildren<ItemTableView *>())
        if (view->accessibleName() == QStringLiteral("Needs"))
            needs = view;
    REQUIRE(needs != nullptr);

    const auto add = [&](const QString &text) {
        needs->setFocus();
        QTest::keyClick(needs, Qt::Key_Insert);
        // The new entry opens for typing once the workspace has taken it.
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(cell != nullptr);
        REQUIRE(cell->parent() == needs->viewport());
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    add(QStringLiteral("Training"));
    add(QStringLiteral("Data migration"));
    CHECK(store.find(id)->needs
          == QStringList{QStringLiteral("Training"), QStringLiteral("Data migration")});

    needs->setFocus();
    QTest::keyClick(needs, Qt::Key_Up, Qt::ControlModifier);
    CHECK(store.find(id)->needs
          == QStringList{QStringLiteral("Data migration"), QStringLiteral("Training")});
    CHECK(needs->currentIndex().row() == 0);
    QTest::keyClick(needs, Qt::Key_Down, Qt::ControlModifier);
    CHECK(store.find(id)->needs
          == QStringList{QStringLiteral("Training"), QStringLiteral("Data migration")});
    CHECK(needs->currentIndex().row() == 1);

    QTest::keyClick(needs, Qt::Key_Delete);
    CHECK(store.find(id)->needs == QStringList{QStringLiteral("Training")});
    f.workspace().undoStack()->undo();
    CHECK(store.find(id)->needs
          == QStringList{QStringLiteral("Training"), QStringLiteral("Data migration")});
}
