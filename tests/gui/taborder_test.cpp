#include "guifixture.h"

#include "clientele/gui/fileactions.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDateTimeEdit>

using namespace clientele;

namespace {

QString nameOf(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && !button->text().isEmpty())
        return button->text().remove(QLatin1Char('&'));
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className());
}

QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

// Whether `later` reads before `earlier`: above it in the same column, or left of it on the
// same line.
bool readsBefore(const QWidget *later, const QWidget *earlier)
{
    const QRect a = inWindow(earlier);
    const QRect b = inWindow(later);
    const bool sameColumn = b.left() < a.right() && a.left() < b.right();
    const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
    return (sameColumn && b.bottom() <= a.top()) || (sameLine && b.right() <= a.left());
}

// The controls of `page` a user reaches with Tab: shown, enabled, taking focus by Tab, and
// not the inner part of another control (a combo box's line edit).
QList<QWidget *> tabStops(QWidget *page)
{
    QList<QWidget *> stops;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        const QWidget *parent = widget->parentWidget();
        if (parent && parent->focusProxy() == widget)
            continue;
        // A scroll area's viewport is part of the area.
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
            area && area->viewport() == widget)
            continue;
        stops.append(widget);
    }
    return stops;
}

struct Walk {
    QList<QWidget *> order;
    QStringList names;
    QStringList stuck;
};

// Presses Tab from the page's first control until the focus comes back to it, recording the
// page's controls in the order they take the focus.
Walk tabThrough(MainWindow &window, QWidget *page, QWidget *first)
{
    Walk walk;
    first->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == first; }));
    QWidget *previous = first;
    int dateSteps = 0;
    walk.order.append(first);
    walk.names.append(nameOf(first));
    const qsizetype limit = 3 * tabStops(page).size() + 20;
    for (qsizetype press = 0; press < limit; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus == first)
            break;
        // A date field takes Tab from day to month to year before it lets go.
        const auto *date = qobject_cast<const QDateTimeEdit *>(focus);
        if (focus == previous && (!date || ++dateSteps >= date->sectionCount()))
            walk.stuck.append(nameOf(focus));
        if (focus != previous)
            dateSteps = 0;
        previous = focus;
        if (focus && page->isAncestorOf(focus) && !walk.order.contains(focus)) {
            walk.order.append(focus);
            walk.names.append(nameOf(focus));
        }
    }
    Q_UNUSED(window);
    return walk;
}

} // namespace

TEST_CASE("Tab reaches every control of every page in reading order", "[gui][keyboard]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (int section = 0; section < window.sections()->size(); ++section) {
        window.showSection(section);
        QCoreApplication::processEvents();
        SectionPage *page = window.currentPage();
        const QList<QWidget *> stops = tabStops(page);
        REQUIRE_FALSE(stops.isEmpty());
        // The first control is the one nothing on the page reads before.
        QWidget *first = stops.first();
        for (QWidget *stop : stops)
            if (readsBefore(stop, first))
                first = stop;
        const Walk walk = tabThrough(window, page, first);
        INFO(page->metaObject()->className()
             << ": " << walk.names.join(QStringLiteral(" > ")).toStdString());
        INFO("Tab stays on: " << walk.stuck.join(QStringLiteral(", ")).toStdString());
        CHECK(walk.stuck.isEmpty());
        QStringList skipped;
        for (QWidget *stop : stops)
            if (!walk.order.contains(stop))
                skipped.append(nameOf(stop));
        INFO("skipped: " << skipped.join(QStringLiteral(", ")).toStdString());
        CHECK(skipped.isEmpty());
        QStringList backwards;
        for (qsizetype i = 1; i < walk.order.size(); ++i)
            if (readsBefore(walk.order[i], walk.order[i - 1]))
                backwards.append(nameOf(walk.order[i - 1]) + QStringLiteral(" > ")
                                 + nameOf(walk.order[i]));
        INFO("against reading order: " << backwards.join(QStringLiteral(", ")).toStdString());
        CHECK(backwards.isEmpty());
    }
}
