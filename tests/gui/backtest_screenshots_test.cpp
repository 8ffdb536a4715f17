// Pictures of Test the Ideal on Customers, light and dark, at the smallest and a large window
// size. Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.backtestshots]"

#include "guifixture.h"

#include "clientele/gui/backtestdialog.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/theme.h"

#include <QDir>
#include <QTableWidget>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of Test the Ideal on Customers", "[.backtestshots]")
{
    GuiFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    auto *page = f.window.showPage<ChartPage>();
    REQUIRE(page != nullptr);
    for (const auto &[theme, themeName] : {std::pair(Theme::Light, QStringLiteral("light")),
                                           std::pair(Theme::Dark, QStringLiteral("dark"))}) {
        applyTheme(theme);
        f.window.resize(1024, 700);
        QTest::qWait(50);
        save(f.window, QStringLiteral("chart-1024-") + themeName);
        BacktestDialog *dialog = page->openBacktest();
        dialog->table()->selectRow(2);
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            dialog->resize(size);
            QTest::qWait(80);
            save(*dialog, QStringLiteral("backtest-%1-%2").arg(size.width()).arg(themeName));
        }
        dialog->close();
        QTest::qWait(20);
    }
    applyTheme(Theme::System);
}
