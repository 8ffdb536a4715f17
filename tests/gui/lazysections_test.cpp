#include "clientele/core/profilestore.h"
#include "guifixture.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/gui/editactions.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/sidebar.h"

#include <QMenuBar>
#include <QStackedWidget>

using namespace clientele;

namespace {

int sidebarCount(MainWindow &window, int section)
{
    auto *sidebar = window.findChild<Sidebar *>();
    REQUIRE(sidebar != nullptr);
    return sidebar->item(section)->data(Sidebar::CountRole).toInt();
}

Offer namedOffer(const QString &name)
{
    Offer offer;
    offer.name = name;
    return offer;
}

} // namespace

TEST_CASE("Opening a workspace builds only the page it shows", "[gui][sections]")
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("w.clientele")));
    REQUIRE(created.ok());
    (*created)->profiles()->add(QStringLiteral("Owner"));
    MainWindow window;
    window.setWorkspace(std::move(*created));
    CHECK(window.sections()->builtPages().size() == 1);
    CHECK(window.currentPage() == window.sections()->builtPage(0));
    // The sidebar counts sections whose page is not built yet.
    CHECK(sidebarCount(window, window.sectionOf<ProfilesPage>()) == 1);
    CHECK(window.builtPage<ProfilesPage>() == nullptr);
}

TEST_CASE("A section not yet shown is built when first selected and works", "[gui][sections]")
{
    GuiFixture f;
    const int offers = f.window.sectionOf<OffersPage>();
    REQUIRE(offers >= 0);
    REQUIRE(f.window.builtPage<OffersPage>() == nullptr);
    // An edit made elsewhere reaches the count of a page that does not exist yet.
    REQUIRE(f.workspace().offers()->add(namedOffer(QStringLiteral("Audit"))).ok());
    CHECK(sidebarCount(f.window, offers) == 1);

    // Selected in the sidebar, as a user clicks it.
    auto *sidebar = f.window.findChild<Sidebar *>();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(sidebar->item(offers)).center());
    auto *page = f.window.builtPage<OffersPage>();
    REQUIRE(page != nullptr);
    CHECK(f.window.currentPage() == page);
    CHECK(page->isVisible());
    CHECK(page->count() == 1);
    // Its menu, shortcuts and the shared undo stack reach it as if it had always been there.
    const QList<QAction *> menus = f.window.menuBar()->actions();
    CHECK(std::any_of(menus.begin(), menus.end(), [page](QAction *menu) {
        return menu->isVisible() && menu->menu()
               && menu->menu()->actions().contains(
                   childOf<QAction>(page, QStringLiteral("newItemAction")));
    }));
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    CHECK(f.workspace().offers()->count() == 2);
    CHECK(sidebarCount(f.window, offers) == 2);
    f.window.editActions()->undoAction()->trigger();
    CHECK(f.workspace().offers()->count() == 1);
    CHECK(page->count() == 1);

    // Shown again later: the same page, not a new one.
    f.window.showPage<ProfilesPage>();
    CHECK(f.window.showPage<OffersPage>() == page);
}

TEST_CASE("The section shortcut builds and shows a page not yet shown", "[gui][sections]")
{
    GuiFixture f;
    const int offers = f.window.sectionOf<OffersPage>();
    QTest::keyClick(&f.window, static_cast<Qt::Key>(Qt::Key_1 + offers), Qt::ControlModifier);
    auto *page = f.window.builtPage<OffersPage>();
    REQUIRE(page != nullptr);
    CHECK(f.window.currentPage() == page);
}
