#include "guifixture.h"

#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/core/prospectbook.h"
#include "clientele/gui/customerspage.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/gui/prospectspage.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>

using namespace clientele;

namespace {

void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// The list of the page shown in `window`, opened on the sample at the smallest window size.
template <typename Page> QTreeView *narrowList(MainWindow &window)
{
    REQUIRE(window.fileActions()->openSample());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Page *page = window.showPage<Page>();
    REQUIRE(page != nullptr);
    settle();
    return childOf<QTreeView>(page, QStringLiteral("itemList"));
}

// Every column the list shows lies within its width: nothing to scroll sideways to.
bool fitsSideways(const QTreeView *list)
{
    return !list->horizontalScrollBar()->isVisible()
           && list->header()->length() <= list->viewport()->width();
}

bool shown(const QTreeView *list, int column)
{
    return !list->isColumnHidden(column);
}

} // namespace

TEST_CASE("At 1024 by 700 the proposals list shows number, prospect and status without "
          "scrolling sideways",
          "[gui][sizes]")
{
    MainWindow window;
    QTreeView *list = narrowList<ProposalsPage>(window);
    using Column = ProposalListModel::Column;
    CHECK(fitsSideways(list));
    CHECK(shown(list, Column::Number));
    CHECK(shown(list, Column::Prospect));
    CHECK(shown(list, Column::Status));
    // Room to read a prospect's name, not an ellipsis.
    CHECK(list->columnWidth(Column::Prospect) >= list->fontMetrics().averageCharWidth() * 15);
    const QString status = list->model()->index(0, Column::Status).data().toString();
    CHECK(list->columnWidth(Column::Status) > list->fontMetrics().horizontalAdvance(status));

    // Widened, the list shows the sums again, then the staff and the style.
    window.resize(1920, 1080);
    auto *splitter = childOf<QSplitter>(window.currentPage());
    const QByteArray before = splitter->saveState(); // the page remembers it for the next run
    splitter->setSizes({900, splitter->width() - 900});
    settle();
    REQUIRE(list->width() > 800);
    CHECK(fitsSideways(list));
    CHECK(shown(list, Column::OneOff));
    CHECK(shown(list, Column::Monthly));
    CHECK(shown(list, Column::Staff));
    CHECK(shown(list, Column::Style));
    splitter->restoreState(before);
}

TEST_CASE("At 1024 by 700 the offers list shows ladder, offer and price without scrolling "
          "sideways",
          "[gui][sizes]")
{
    MainWindow window;
    QTreeView *list = narrowList<OffersPage>(window);
    CHECK(fitsSideways(list));
    CHECK(list->columnWidth(OfferListModel::Name) >= list->fontMetrics().averageCharWidth() * 15);
    const QString price = QStringLiteral("$1,650 /month");
    CHECK(list->columnWidth(OfferListModel::Price) > list->fontMetrics().horizontalAdvance(price));
}

namespace {

using Customers = CustomersTableModel;

// The sample's Customers table in a window of `size`.
QTableView *customersAt(MainWindow &window, QSize size)
{
    window.resize(size);
    auto *page = window.showPage<CustomersPage>();
    REQUIRE(page != nullptr);
    settle();
    REQUIRE(window.size() == size);
    return childOf<QTableView>(page, QStringLiteral("customersTable"));
}

// The columns whose titles are cut: a word of the title wider than the column (titles wrap
// between words), among the columns shown.
QStringList cutTitles(const QHeaderView *header)
{
    QFont bold = header->font();
    bold.setBold(true);
    QStringList cut;
    for (int column = 0; column < header->count(); ++column) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        if (header->isSectionHidden(column))
            continue;
        for (const QString &word : title.split(u' '))
            if (QFontMetrics(bold).horizontalAdvance(word) >= header->sectionSize(column))
                cut.append(title);
    }
    return cut;
}

// The texts of `column` that do not fit their cells.
QStringList cutTexts(const QTableView *table, int column)
{
    // The cell's text margins, each side.
    const int margin =
        table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int room = table->columnWidth(column) - 4 * margin;
    QStringList cut;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, column).data().toString();
        if (table->fontMetrics().horizontalAdvance(text) > room)
            cut.append(text);
    }
    return cut;
}

QString tooltipAt(QTableView *table, int row, int column)
{
    const QPoint at = table->visualRect(table->model()->index(row, column)).center();
    QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(table->viewport(), &help);
    return QToolTip::text();
}

} // namespace

TEST_CASE("At 1024 by 700 the Customers table hides the least needed figures instead of "
          "scrolling sideways",
          "[gui][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = customersAt(window, {1024, 700});
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
    // What picking the best customers needs stays; the per month figure goes first.
    for (const int column :
         {Customers::Name, Customers::Place, Customers::LastInvoice, Customers::Invoices,
          Customers::NetSpend, Customers::Loyalty, Customers::Purchases})
        CHECK_FALSE(table->isColumnHidden(column));
    CHECK(table->isColumnHidden(Customers::PerMonth));
    CHECK(cutTitles(table->horizontalHeader()).isEmpty());
    // The width freed goes to the names first: every sample name reads whole.
    CHECK(cutTexts(table, Customers::Name).isEmpty());

    // The hidden figures are a hover away, on the row, after what the cell itself says.
    const QString tip = tooltipAt(table, 0, Customers::NetSpend);
    CHECK(tip.startsWith(QStringLiteral("200,000.00 AUD\n")));
    CHECK(tip.contains(QStringLiteral("Per month: $8,000")));
    CHECK(tip.contains(QStringLiteral("First invoice: 2024-11-11")));

    // Widened, every figure is back.
    table = customersAt(window, {1920, 1080});
    for (int column = 0; column < Customers::ColumnCount; ++column)
        CHECK_FALSE(table->isColumnHidden(column));
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    CHECK(tooltipAt(table, 0, Customers::NetSpend) == QStringLiteral("200,000.00 AUD"));
}

TEST_CASE("At 1280 by 800 the Customers table reads every name and home place whole",
          "[gui][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = customersAt(window, {1280, 800});
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    CHECK(cutTitles(table->horizontalHeader()).isEmpty());
    CHECK(cutTexts(table, Customers::Name).isEmpty());
    // Places in Australia, where most sample customers are, read without the country.
    const QModelIndex cessnock = table->model()->index(0, Customers::Place);
    CHECK(cessnock.data().toString() == QStringLiteral("Cessnock, NSW"));
    CHECK(cessnock.data(Qt::ToolTipRole).toString() == QStringLiteral("Cessnock, NSW, Australia"));
    QStringList cutHomePlaces;
    for (const QString &place : cutTexts(table, Customers::Place))
        if (place.endsWith(QStringLiteral(", NSW")))
            cutHomePlaces.append(place);
    CHECK(cutHomePlaces.isEmpty());
    // Tenure and the yearly figure stay at this width.
    CHECK_FALSE(table->isColumnHidden(Customers::Years));
    CHECK_FALSE(table->isColumnHidden(Customers::PerYear));
}

TEST_CASE("At 1920 by 1080 the proposals list shows its sums and the prospect's name whole",
          "[gui][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.showPage<ProposalsPage>();
    REQUIRE(page != nullptr);
    settle();
    auto *list = childOf<QTreeView>(page, QStringLiteral("itemList"));
    using Column = ProposalListModel::Column;
    CHECK(fitsSideways(list));
    CHECK(shown(list, Column::OneOff));
    CHECK(shown(list, Column::Monthly));
    const QAbstractItemModel *rows = list->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString prospect = rows->index(row, Column::Prospect).data().toString();
        INFO(prospect.toStdString());
        CHECK(list->columnWidth(Column::Prospect)
              > list->fontMetrics().horizontalAdvance(prospect));
    }
    // The editor keeps the greater part.
    CHECK(childOf<QSplitter>(page)->sizes().at(1) > 3 * list->width() / 2);
}

namespace {

// The sample's Prospects page in a window of `size`, scored.
QTreeView *prospectsAt(MainWindow &window, QSize size)
{
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.showPage<ProspectsPage>();
    REQUIRE(page != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !page->isScoring(); }));
    settle();
    REQUIRE(window.size() == size);
    return childOf<QTreeView>(page, QStringLiteral("itemList"));
}

// The column of `list` whose header reads `title`.
int titled(const QTreeView *list, const char *title)
{
    const QAbstractItemModel *model = list->model();
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == QLatin1String(title))
            return column;
    FAIL("no column " << title);
    return -1;
}

// The texts of the list's column titled `title` that do not fit their cells.
QStringList cutTexts(const QTreeView *list, const char *title)
{
    const int column = titled(list, title);
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    const int room = list->columnWidth(column) - 2 * margin;
    QStringList cut;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString text = list->model()->index(row, column).data().toString();
        if (list->fontMetrics().horizontalAdvance(text) > room)
            cut.append(text);
    }
    return cut;
}

} // namespace

TEST_CASE("At 1920 by 1080 the prospects list reads every company whole and shows where they "
          "are",
          "[gui][sizes][prospects]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    QTreeView *list = prospectsAt(window, {1920, 1080});
    CHECK(fitsSideways(list));
    CHECK(cutTexts(list, "Company").isEmpty());
    CHECK(shown(list, titled(list, "Location")));
    CHECK(cutTexts(list, "Location").isEmpty());
    CHECK(shown(list, titled(list, "Last contact")));
    CHECK(cutTitles(list->header()).isEmpty());
}

TEST_CASE("At 1024 by 700 a prospects list of one keeps every column it shows readable",
          "[gui][sizes][prospects]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    ProspectBook &book = *window.workspace()->prospects();
    const QList<Prospect> all = book.all();
    for (const Prospect &prospect : all.mid(1))
        book.remove(prospect.id);
    REQUIRE(book.count() == 1);
    QTreeView *list = prospectsAt(window, {1024, 700});
    CHECK(fitsSideways(list));
    CHECK(cutTitles(list->header()).isEmpty());
    CHECK(cutTexts(list, "Company").isEmpty());
    // The editor keeps the greater part.
    CHECK(childOf<QSplitter>(window.currentPage())->sizes().at(1) > list->width());

    // Filtered down to nothing and back, the columns are shed again for the rows shown.
    auto *page = static_cast<ProspectsPage *>(window.currentPage());
    page->findChild<QLineEdit *>()->setText(QStringLiteral("no such prospect"));
    settle();
    page->findChild<QLineEdit *>()->clear();
    settle();
    CHECK(fitsSideways(list));
    CHECK(cutTitles(list->header()).isEmpty());
    CHECK(cutTexts(list, "Company").isEmpty());
}
