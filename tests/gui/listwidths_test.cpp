#include "guifixture.h"

#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/proposalspage.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
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
