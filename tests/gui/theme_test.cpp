#include "guifixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/ladderdiagram.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/prospectspage.h"
#include "clientele/gui/sidebar.h"
#include "clientele/gui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTreeView>

#include <cmath>

using namespace clientele;

namespace {

// Puts the application back to the platform's look and forgets the choice, whatever a test
// left behind.
struct SystemThemeAfter {
    SystemThemeAfter() { QSettings().remove(QStringLiteral("view/theme")); }
    ~SystemThemeAfter()
    {
        QSettings().remove(QStringLiteral("view/theme"));
        applyTheme(Theme::System);
    }
};

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

// The colour in `area` of `image` that stands out most from `background`: the text there.
QColor inkIn(const QImage &image, const QRect &area, const QColor &background)
{
    QColor best = background;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor here = image.pixelColor(x, y);
            if (contrast(here, background) > contrast(best, background))
                best = here;
        }
    return best;
}

// Waits for the application's palette to reach `widget`, as it does once events are handled.
bool reached(const QWidget *widget)
{
    return QTest::qWaitFor([widget] {
        return widget->palette().color(QPalette::Window)
               == QApplication::palette().color(QPalette::Window);
    });
}

QImage picture(QWidget *widget)
{
    return widget->grab().toImage().scaled(widget->size());
}

} // namespace

TEST_CASE("View Theme Dark repaints the sidebar and the ladder dark and is kept for the next start",
          "[gui][theme]")
{
    SystemThemeAfter restore;
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1280, 800);
    window.show();
    window.showPage<OffersPage>();
    auto *dark = childOf<QAction>(&window, QStringLiteral("themeDarkAction"));
    CHECK(childOf<QAction>(&window, QStringLiteral("themeSystemAction"))->isChecked());

    dark->trigger();
    CHECK(dark->isChecked());
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    auto *sidebar = childOf<Sidebar>(&window);
    auto *ladder = childOf<LadderDiagram>(&window);
    REQUIRE(reached(sidebar));
    REQUIRE(reached(ladder));

    // The sidebar: a dark ground, and its entries written light on it.
    const QImage side = picture(sidebar);
    const QColor ground = side.pixelColor(side.width() / 2, side.height() - 4);
    CHECK(ground.lightnessF() < 0.3);
    const QRect entry = sidebar->visualItemRect(sidebar->item(1));
    const QColor entryGround = side.pixelColor(entry.right() - 2, entry.top() + 2);
    CHECK(entryGround.lightnessF() < 0.3);
    CHECK(inkIn(side, entry, entryGround).lightnessF() > 0.7);

    // The ladder: every rung's stage label reads clearly on its band.
    const QImage rungs = picture(ladder);
    CHECK(rungs.pixelColor(2, 2).lightnessF() < 0.3);
    REQUIRE(ladder->rungRects().size() >= 2);
    for (const QRect &rung : ladder->rungRects()) {
        const QRect band(rung.left() + 6, rung.top() + 3, rung.width() / 2, 16);
        const QColor bandColour = rungs.pixelColor(rung.right() - 6, rung.top() + 8);
        INFO("band " << bandColour.name().toStdString());
        CHECK(contrast(inkIn(rungs, band, bandColour), bandColour) >= 4.5);
    }

    // The next start reads the choice: a new window comes up dark, with Dark ticked.
    applyTheme(Theme::System);
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    REQUIRE(reached(sidebar));
    MainWindow next;
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    CHECK(childOf<QAction>(&next, QStringLiteral("themeDarkAction"))->isChecked());

    // Light and System are offered too, and switching back is live.
    childOf<QAction>(&next, QStringLiteral("themeLightAction"))->trigger();
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() > 0.8);
    REQUIRE(reached(sidebar));
    CHECK(picture(sidebar).pixelColor(side.width() / 2, side.height() - 4).lightnessF() > 0.8);
    CHECK(QSettings().value(QStringLiteral("view/theme")).toString() == QStringLiteral("light"));
}

namespace {

// A desktop's dark colours, as the platform hands them to the System theme.
QPalette desktopDark()
{
    QPalette palette(QColor(0x3a, 0x3c, 0x40), QColor(0x30, 0x32, 0x36));
    palette.setColor(QPalette::Base, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

// The strongest contrast any pixel of an unchecked check box's indicator has with the window
// around it: its outline, as far as the eye can find it.
double indicatorContrast()
{
    QWidget window;
    auto *box = new QCheckBox(QStringLiteral("Reference client"), &window);
    window.resize(240, 60);
    box->move(10, 10);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(reached(&window));
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = picture(box);
    const QColor ground = window.palette().color(QPalette::Window);
    double best = 1;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y)
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), ground));
    return best;
}

} // namespace

TEST_CASE("An unchecked check box stands out in every theme, the system's dark one too",
          "[gui][theme]")
{
    SystemThemeAfter restore;
    MainWindow window; // applies the saved choice, System
    REQUIRE(currentTheme() == Theme::System);
    // WCAG asks 3:1 of the parts of a control that say what it is.
    QApplication::setPalette(desktopDark());
    CHECK(indicatorContrast() >= 3);
    // On a light desktop the platform's own indicators are left as they are.
    QApplication::setPalette(QPalette());
    applyTheme(Theme::Dark);
    CHECK(indicatorContrast() >= 3);
    applyTheme(Theme::Light);
    CHECK(indicatorContrast() >= 3);
}

namespace {

// The contrast of an empty score bar's track with the row around it, on the sample's prospect
// that scores 0.
double emptyTrackContrast(MainWindow &window)
{
    auto *page = window.showPage<ProspectsPage>();
    REQUIRE(page != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !page->isScoring(); }));
    auto *list = childOf<QTreeView>(page, QStringLiteral("itemList"));
    REQUIRE(reached(list->viewport()));
    const QAbstractItemModel *rows = list->model();
    int scoreColumn = -1;
    for (int column = 0; column < rows->columnCount(); ++column)
        if (rows->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Score"))
            scoreColumn = column;
    QModelIndex empty;
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->index(row, scoreColumn).data().toString() == QStringLiteral("0"))
            empty = rows->index(row, scoreColumn);
    REQUIRE(empty.isValid());
    const QRect cell = list->visualRect(empty);
    const QImage image = picture(list->viewport());
    const QColor row = image.pixelColor(cell.left() + 2, cell.center().y());
    // The track, as far as the eye can find it: its outline or its fill.
    const QRect track(cell.left() + 6, cell.top(), cell.width() / 2, cell.height());
    return contrast(inkIn(image, track, row), row);
}

} // namespace

TEST_CASE("The score bar's track shows in the light theme and the dark one", "[gui][theme]")
{
    SystemThemeAfter restore;
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    applyTheme(Theme::Light);
    CHECK(emptyTrackContrast(window) >= 1.5);
    applyTheme(Theme::Dark);
    CHECK(emptyTrackContrast(window) >= 1.5);
}
