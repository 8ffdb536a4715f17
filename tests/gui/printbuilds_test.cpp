// The chart's printout is typeset only when it is printed, previewed or exported, and once
// each time: a big chart takes a while to set.
#include "chartfixture.h"
#include "pdftools.h"

#include "clientele/gui/printactions.h"
#include "clientele/gui/sidebar.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QTimer>

#include <functional>

using namespace clientele;

namespace {

void clickSection(MainWindow &window, int section)
{
    auto *sidebar = window.findChild<Sidebar *>();
    REQUIRE(sidebar != nullptr);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(sidebar->item(section)).center());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Visiting the chart page does not typeset its printout", "[gui][chart][print]")
{
    GuiFixture f;
    const int chart = f.window.sectionOf<ChartPage>();
    const int profiles = f.window.sectionOf<ProfilesPage>();
    clickSection(f.window, chart);
    auto *page = f.window.builtPage<ChartPage>();
    REQUIRE(page != nullptr);
    REQUIRE(f.window.currentPage() == page);
    // A change to the chart and a second visit do not set it either.
    REQUIRE(f.workspace().chart()->addClient() > 0);
    clickSection(f.window, profiles);
    clickSection(f.window, chart);
    REQUIRE(f.window.currentPage() == page);
    CHECK(f.window.printActions()->exportPdfAction()->isEnabled());
    CHECK(f.window.printActions()->printPreviewAction()->isEnabled());
    CHECK(page->documentsBuilt() == 0);
}

TEST_CASE("Export PDF typesets the chart's printout once", "[gui][chart][print]")
{
    ChartFixture f;
    REQUIRE(f.editor().setCellText(f.client(0), f.attribute(StandardAttribute::Industry),
                                   QStringLiteral("Manufacturing")));
    // The dialog offers the folder last exported to and the page's file name; Save takes them.
    QSettings().setValue(QStringLiteral("lastPdfFolder"), f.dir.path());
    const QString pdf = f.dir.filePath(f.page->documentFileName());
    REQUIRE(f.window.printActions()->exportPdfAction()->isEnabled());
    saveInNextFileDialog();
    f.window.printActions()->exportPdfAction()->trigger();
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(test::pdfText(pdf).contains(QStringLiteral("Manufacturing")));
    CHECK(f.page->documentsBuilt() == 1);
}

TEST_CASE("Export PDF cancelled typesets nothing", "[gui][chart][print]")
{
    ChartFixture f;
    REQUIRE(f.window.printActions()->exportPdfAction()->isEnabled());
    whenShown<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
    f.window.printActions()->exportPdfAction()->trigger();
    CHECK(f.page->documentsBuilt() == 0);
}

TEST_CASE("Print preview typesets the chart's printout once", "[gui][chart][print]")
{
    ChartFixture f;
    REQUIRE(f.window.printActions()->printPreviewAction()->isEnabled());
    whenShown<QPrintPreviewDialog>([](QPrintPreviewDialog *dialog) { dialog->reject(); });
    f.window.printActions()->printPreviewAction()->trigger();
    CHECK(f.page->documentsBuilt() == 1);
}
