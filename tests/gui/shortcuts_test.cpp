#include "guifixture.h"

#include "clientele/gui/fileactions.h"

#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>

using namespace clientele;

namespace {

// The widgets an action listens through, as Qt's shortcut map finds them: a menu stands for
// the places its own menu entry sits in (the menu bar, a parent menu), a hidden widget for
// nothing.
QList<QWidget *> listeningWidgets(const QAction *action, int depth = 0)
{
    QList<QWidget *> widgets;
    if (depth > 8)
        return widgets;
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            widgets += listeningWidgets(menu->menuAction(), depth + 1);
        else if (auto *widget = qobject_cast<QWidget *>(object); widget && widget->isVisible())
            widgets.append(widget);
    }
    return widgets;
}

bool canTakeFocus(const QWidget *widget)
{
    return widget->focusPolicy() != Qt::NoFocus || widget->focusProxy() != nullptr;
}

bool holdsFocusable(const QWidget *widget)
{
    if (canTakeFocus(widget))
        return true;
    for (const QWidget *child : widget->findChildren<QWidget *>())
        if (child->isVisible() && canTakeFocus(child))
            return true;
    return false;
}

bool within(const QWidget *widget, const QWidget *ancestor)
{
    for (; widget; widget = widget->parentWidget())
        if (widget == ancestor)
            return true;
    return false;
}

// Where in the window an action's key reaches it: everywhere, or only with the focus in (or
// on) one of some widgets.
struct Reach {
    bool everywhere = false;
    bool withChildren = false;
    QList<QWidget *> widgets;
};

Reach reachOf(const QAction *action)
{
    Reach reach;
    const QList<QWidget *> widgets = listeningWidgets(action);
    switch (action->shortcutContext()) {
    case Qt::WindowShortcut:
    case Qt::ApplicationShortcut: reach.everywhere = !widgets.isEmpty(); break;
    case Qt::WidgetWithChildrenShortcut:
        reach.withChildren = true;
        for (QWidget *widget : widgets)
            if (holdsFocusable(widget))
                reach.widgets.append(widget);
        break;
    case Qt::WidgetShortcut:
        for (QWidget *widget : widgets)
            if (canTakeFocus(widget))
                reach.widgets.append(widget);
        break;
    }
    return reach;
}

bool isLive(const Reach &reach)
{
    return reach.everywhere || !reach.widgets.isEmpty();
}

// Whether one focus position reaches both: then Qt finds two actions for one key and runs
// neither.
bool overlap(const Reach &a, const Reach &b)
{
    if (a.everywhere || b.everywhere)
        return true;
    for (QWidget *x : a.widgets)
        for (QWidget *y : b.widgets)
            if (x == y || (a.withChildren && within(y, x)) || (b.withChildren && within(x, y)))
                return true;
    return false;
}

QString describe(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text.isEmpty() ? action->objectName() : text;
}

// Every pair of actions that answer the same key at the same time while `window` shows what
// it shows now.
QStringList clashes(MainWindow &window)
{
    QStringList found;
    QList<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>())
        if (!action->shortcuts().isEmpty() && !action->isSeparator())
            actions.append(action);
    for (qsizetype i = 0; i < actions.size(); ++i)
        for (qsizetype j = i + 1; j < actions.size(); ++j) {
            QAction *a = actions[i];
            QAction *b = actions[j];
            for (const QKeySequence &key : a->shortcuts()) {
                if (!b->shortcuts().contains(key))
                    continue;
                const Reach ra = reachOf(a);
                const Reach rb = reachOf(b);
                if (isLive(ra) && isLive(rb) && overlap(ra, rb))
                    found.append(QStringLiteral("%1 and %2 share %3")
                                     .arg(describe(a), describe(b), key.toString()));
            }
        }
    return found;
}

} // namespace

TEST_CASE("No two actions of the window answer the same key on any page", "[gui][keyboard]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const int sections = window.sections()->size();
    REQUIRE(sections == 6);
    for (int section = 0; section < sections; ++section) {
        window.showSection(section);
        QCoreApplication::processEvents();
        INFO("section " << section << ": " << window.currentPage()->metaObject()->className());
        const QStringList found = clashes(window);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
}

namespace {

// The keys the Keyboard Shortcuts dialog gives for `what` under `group`; empty when it does not
// list it.
QString listedKeys(QTreeWidget *tree, const QString &group, const QString &what)
{
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *heading = tree->topLevelItem(top);
        if (heading->text(0) != group)
            continue;
        for (int row = 0; row < heading->childCount(); ++row)
            if (heading->child(row)->text(0) == what)
                return heading->child(row)->text(1);
    }
    return {};
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

TEST_CASE("Help lists every key the window answers, by menu and by section", "[gui][keyboard]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    childOf<QAction>(&window, QStringLiteral("keyboardShortcutsAction"))->trigger();
    auto *dialog = childOf<QDialog>(&window, QStringLiteral("keyboardShortcutsDialog"));
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *tree = childOf<QTreeWidget>(dialog, QStringLiteral("shortcutsTree"));

    CHECK(listedKeys(tree, QStringLiteral("File"), QStringLiteral("Import \u25b8 Invoices\u2026"))
          == native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
    CHECK(listedKeys(tree, QStringLiteral("Edit"), QStringLiteral("Redo"))
          == native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)) + QStringLiteral(" or ")
                 + native(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    // Every section's own keys, not only those of the page shown.
    CHECK(listedKeys(tree, QStringLiteral("ICP Chart"), QStringLiteral("Add Attribute\u2026"))
          == native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)));
    CHECK(listedKeys(tree, QStringLiteral("Customers"), QStringLiteral("Pick Top Customers\u2026"))
          == native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    CHECK(listedKeys(tree, QStringLiteral("Proposals"), QStringLiteral("Mark as Sent\u2026"))
          == native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)));
    CHECK(listedKeys(tree, QStringLiteral("View"), QStringLiteral("Proposals"))
          == native(QKeySequence(Qt::CTRL | Qt::Key_5)));
    CHECK(listedKeys(tree, QStringLiteral("Help"), QStringLiteral("User Guide"))
          == native(QKeySequence::HelpContents));
    CHECK(listedKeys(tree, QStringLiteral("Lists in an editor"), QStringLiteral("Add an entry"))
          == native(QKeySequence(Qt::Key_Insert)));
    CHECK(
        listedKeys(tree, QStringLiteral("Lists in an editor"), QStringLiteral("Move the entry up"))
        == native(QKeySequence(Qt::CTRL | Qt::Key_Up)));
    CHECK_FALSE(listedKeys(tree, QStringLiteral("Tables and the chart grid"),
                           QStringLiteral("Go on to the next control"))
                    .isEmpty());
    dialog->close();
}
