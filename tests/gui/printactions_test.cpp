#include "clientele/core/profilestore.h"
#include "guifixture.h"
#include "pdftools.h"

#include "clientele/gui/printactions.h"
#include "clientele/gui/profilespage.h"

using namespace clientele;

TEST_CASE("Export PDF writes the selected profile's printout", "[gui][print]")
{
    GuiFixture f;
    REQUIRE(f.workspace().profiles()->setField(f.profileId, ProfileField::Utopia,
                                               QStringLiteral("A real holiday")));
    PrintActions *print = f.window.printActions();
    CHECK(print->exportPdfAction()->isEnabled());
    CHECK(print->printPreviewAction()->isEnabled());

    const QString pdf = f.dir.filePath(QStringLiteral("Owner.pdf"));
    CHECK(print->exportPdfTo(pdf).isEmpty());
    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(f.workspace().profiles()->find(f.profileId)->name.left(30)));
    CHECK(text.contains(QStringLiteral("A real holiday")));
}

TEST_CASE("Printing is offered only while a profile is selected", "[gui][print]")
{
    GuiFixture f(QStringList{});
    auto *page = f.window.page<ProfilesPage>();
    CHECK(page->currentItemId() == 0);
    CHECK_FALSE(f.window.printActions()->exportPdfAction()->isEnabled());
    childOf<QAction>(page, QStringLiteral("newItemAction"))->trigger();
    CHECK(f.window.printActions()->exportPdfAction()->isEnabled());
}
