// Pictures of the ICP Chart page in a few states, for the documentation and for looking at
// changes. Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.chartshots]"

#include "guifixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/gui/chartactions.h"
#include "clientele/gui/chartapplydialog.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/fileactions.h"

#include <QApplication>
#include <QDir>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// The sample workspace on its ICP Chart page.
ChartPage *sampleChart(GuiFixture &f)
{
    REQUIRE(f.window.fileActions()->openSample());
    f.window.resize(1400, 900);
    auto *chart = f.window.showPage<ChartPage>();
    REQUIRE(chart != nullptr);
    chart->actions()->showChartsAction()->setChecked(true);
    chart->grid()->setFocus();
    QTest::qWait(80);
    return chart;
}

} // namespace

TEST_CASE("Screenshots of the ICP chart page", "[.chartshots]")
{
    GuiFixture f;
    ChartPage *page = sampleChart(f);
    ChartTableView *grid = page->grid();

    SECTION("refused input")
    {
        grid->setCurrentIndex(grid->model()->index(5, 2));
        QTest::keyClicks(grid, QStringLiteral("a"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bout ten"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::qWait(50);
        save(f.window, QStringLiteral("chart-refused"));
    }
    SECTION("twenty clients, flipped")
    {
        ChartEditor *editor = f.workspace().chart();
        for (int i = 0; i < 15; ++i) {
            const qint64 id = editor->addClient(QStringLiteral("Prospect %1 Pty Ltd").arg(i + 1));
            editor->setClientReference(id, i % 3 != 0);
            editor->setCellText(id, editor->chart().attributes().at(1).id,
                                i % 2 ? QStringLiteral("Engineering") : QStringLiteral("Retail"));
            editor->setCellText(id, editor->chart().attributes().at(5).id,
                                QString::number(i % 7 + 1));
            editor->setCellText(id, editor->chart().attributes().at(8).id,
                                QString::number((i + 2) * 4100));
        }
        QTest::qWait(80);
        save(f.window, QStringLiteral("chart-twenty"));
        page->actions()->flipAction()->trigger();
        QTest::qWait(80);
        save(f.window, QStringLiteral("chart-flipped"));
    }
    SECTION("apply to profile")
    {
        ChartApplyDialog *dialog = page->openApplyDialog();
        QTest::qWait(80);
        save(*dialog, QStringLiteral("chart-apply"));
        dialog->close();
    }
    SECTION("category editor")
    {
        grid->setCurrentIndex(grid->model()->index(1, 1));
        QTest::keyClicks(grid, QStringLiteral("m"));
        QTest::qWait(80);
        save(f.window, QStringLiteral("chart-editor"));
    }
}
