#include "guifixture.h"

#include "clientele/gui/customerspage.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/pipelineview.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/render/translations.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextEdit>

using namespace clientele;

namespace {

QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

// What of `widget` can be seen: its rectangle cut by every parent's (a scroll area's viewport
// cuts what scrolls out of it).
QRect visiblePart(const QWidget *widget)
{
    QRect seen = inWindow(widget);
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget())
        seen &= inWindow(parent);
    return seen;
}

bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget)
           || qobject_cast<const QAbstractButton *>(widget);
}

// Part of another input: a combo box's line edit, an editor open in a table's cell.
bool insideAnother(const QWidget *widget, const QWidget *page)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != page;
         parent = parent->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(parent)
            || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    return false;
}

QString nameOf(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className());
}

// The inputs of `page` that are cut off at the left or right, by the window or by a scroll area.
QStringList clippedInputs(QWidget *page)
{
    QStringList clipped;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !isInput(widget) || insideAnother(widget, page))
            continue;
        const QRect whole = inWindow(widget);
        const QRect seen = visiblePart(widget);
        if (seen.isEmpty() && whole.top() >= inWindow(page).bottom())
            continue; // below the fold: scrolled to, not cut off
        if (seen.left() > whole.left() || seen.right() < whole.right())
            clipped.append(QStringLiteral("%1 (%2 of %3 px)")
                               .arg(nameOf(widget))
                               .arg(seen.width())
                               .arg(whole.width()));
    }
    return clipped;
}

// The texts of the pipeline band that do not read whole: cut off by the band or the window,
// or longer than their label: a heading that wraps needs the height of its lines and each of
// its words on one line.
QStringList cutTexts(const PipelineView *band)
{
    QStringList cut;
    for (const QLabel *label : band->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QFontMetrics metrics = label->fontMetrics();
        const int room = label->contentsRect().width();
        bool whole = visiblePart(label) == inWindow(label);
        if (label->wordWrap()) {
            whole = whole && label->height() >= label->heightForWidth(label->width());
            for (const QString &word : label->text().split(QLatin1Char(' ')))
                whole = whole && metrics.horizontalAdvance(word) <= room;
        } else {
            whole = whole && metrics.horizontalAdvance(label->text()) <= room;
        }
        if (!whole)
            cut.append(QStringLiteral("\u201c%1\u201d (%2 px)").arg(label->text()).arg(room));
    }
    return cut;
}

// The locale a German session's dates and numbers follow, while it lives.
struct GermanLocale {
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia)); }
};

// Lets the window lay out what it shows, as it does before the user sees it.
void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Opens the sample in a 1024 by 700 window and looks at every page: the window keeps that size,
// no field is cut off and the Proposals page's pipeline band reads whole.
void showsEveryPageWholeAt1024(MainWindow &window)
{
    REQUIRE(window.fileActions()->openSample());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int section = 0; section < window.sections()->size(); ++section) {
        window.showSection(section);
        settle();
        SectionPage *page = window.currentPage();
        INFO(page->metaObject()->className()
             << " needs at least " << page->minimumSizeHint().width() << " px");
        CHECK(window.width() == 1024);
        const QStringList clipped = clippedInputs(page);
        INFO(page->metaObject()->className()
             << " cuts off: " << clipped.join(QStringLiteral(", ")).toStdString());
        CHECK(clipped.isEmpty());
        if (const auto *band = page->findChild<PipelineView *>()) {
            const QStringList cut = cutTexts(band);
            INFO("The pipeline band cuts off: " << cut.join(QStringLiteral(", ")).toStdString());
            CHECK(cut.isEmpty());
        }
    }
}

} // namespace

TEST_CASE("Every page shows its fields whole from 1024 by 700 up", "[gui][sizes]")
{
    MainWindow window;
    showsEveryPageWholeAt1024(window);
}

TEST_CASE("In German every page shows its fields whole from 1024 by 700 up", "[gui][sizes]")
{
    const GermanLocale locale;
    const Translations german{QLocale()};
    MainWindow window;
    showsEveryPageWholeAt1024(window);
}

TEST_CASE("In German the pipeline band wraps its headings rather than widen the window",
          "[gui][sizes]")
{
    const GermanLocale locale;
    const Translations german{QLocale()};
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.showPage<ProposalsPage>();
    REQUIRE(page != nullptr);
    settle();
    const auto *band = childOf<PipelineView>(page);
    // The list and the editor beside it decide how narrow the page can be, not the band.
    const auto *listAndEditor = page->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(listAndEditor != nullptr);
    CHECK(band->minimumSizeHint().width() <= listAndEditor->minimumSizeHint().width());

    // At the window's narrowest the days to a decision take two lines, and every text reads
    // whole.
    window.resize(window.minimumSizeHint().width(), 700);
    settle();
    const QLabel *days = nullptr;
    for (const QLabel *label : band->findChildren<QLabel *>())
        if (label->text() == QStringLiteral("Tage bis zur Entscheidung"))
            days = label;
    REQUIRE(days != nullptr);
    CHECK(days->height() >= 2 * days->fontMetrics().lineSpacing());
    const QStringList cut = cutTexts(band);
    INFO("The pipeline band cuts off: " << cut.join(QStringLiteral(", ")).toStdString());
    CHECK(cut.isEmpty());
}

TEST_CASE("At 1920 by 1080 the Customers columns fill the table's width", "[gui][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.showPage<CustomersPage>();
    REQUIRE(page != nullptr);
    QCoreApplication::processEvents();
    auto *table = childOf<QTableView>(page, QStringLiteral("customersTable"));
    REQUIRE(window.width() == 1920);
    CHECK(table->horizontalHeader()->length() >= table->viewport()->width());
    // Room for every figure: none is hidden.
    for (int column = 0; column < CustomersTableModel::ColumnCount; ++column)
        CHECK_FALSE(table->isColumnHidden(column));
}

TEST_CASE("At 1920 by 1080 every sample customer's name and place reads whole", "[gui][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.showPage<CustomersPage>();
    REQUIRE(page != nullptr);
    QCoreApplication::processEvents();
    auto *table = childOf<QTableView>(page, QStringLiteral("customersTable"));
    // The cell's text margins, each side: what the text has of the column.
    const int margin =
        table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == 23);
    for (const int column : {int(CustomersTableModel::Name), int(CustomersTableModel::Place)}) {
        const int room = table->columnWidth(column) - 4 * margin;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            INFO(text.toStdString());
            CHECK(table->fontMetrics().horizontalAdvance(text) <= room);
        }
    }
    // What they purchase still reaches the table's right edge.
    const int last = CustomersTableModel::Purchases;
    CHECK(table->columnViewportPosition(last) + table->columnWidth(last)
          == table->viewport()->width());
}
