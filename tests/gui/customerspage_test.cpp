#include "customersfixture.h"

#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/sidebar.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace clientele;

namespace {

QString cell(const CustomersTableModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("An empty workspace's Customers page says how to import")
{
    CustomersFixture f;
    f.showCustomers();
    CustomersPage *page = f.customersPage();
    CHECK_FALSE(page->showsTable());
    CHECK(page->count() == 0);
    CHECK_FALSE(page->pickTopAction()->isEnabled());
    auto *text = page->findChild<QLabel *>(QStringLiteral("customersEmptyText"));
    REQUIRE(text != nullptr);
    CHECK(text->isVisible());
    CHECK(text->text().contains(QStringLiteral("File \u25b8 Import \u25b8 Invoices")));
    // Customers come first, in the order of the consultant's work.
    CHECK(f.window.sectionOf<CustomersPage>() == 0);
}

TEST_CASE("Customers imported from Xero show with their metrics, right-aligned money")
{
    CustomersFixture f;
    f.showCustomers();
    const ImportReport report = f.import(CustomersFixture::fixture("xero-history.csv"));
    REQUIRE(report.committed());
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("12 lines read")));

    CustomersPage *page = f.customersPage();
    CustomersTableModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page->showsTable());
    CHECK(page->count() == 3);
    REQUIRE(model->rowCount() == 3);
    // Biggest spender first: Alpha's invoices less the credit note, tax excluded.
    CHECK(cell(model, 0, CustomersTableModel::Name) == QStringLiteral("Alpha Pty Ltd"));
    CHECK(cell(model, 0, CustomersTableModel::NetSpend) == QStringLiteral("$2,400"));
    CHECK(cell(model, 0, CustomersTableModel::FirstInvoice) == QStringLiteral("2022-01-15"));
    CHECK(cell(model, 0, CustomersTableModel::LastInvoice) == QStringLiteral("2024-01-10"));
    CHECK(cell(model, 0, CustomersTableModel::Years) == QStringLiteral("2.0"));
    CHECK(cell(model, 0, CustomersTableModel::Invoices) == QStringLiteral("3"));
    CHECK(cell(model, 0, CustomersTableModel::PerMonth) == QStringLiteral("$96"));
    CHECK(cell(model, 0, CustomersTableModel::PerYear) == QStringLiteral("$1,152"));
    CHECK(cell(model, 0, CustomersTableModel::Purchases)
          == QStringLiteral("Consulting, Workshop, Travel"));
    CHECK(cell(model, 1, CustomersTableModel::Name) == QStringLiteral("Beta Co"));
    CHECK(cell(model, 1, CustomersTableModel::NetSpend) == QStringLiteral("$450"));
    const auto alignment = model->index(0, CustomersTableModel::NetSpend)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    CHECK((alignment & Qt::AlignRight));

    // The metric definitions are the column headers' tooltips.
    CHECK(
        model->headerData(CustomersTableModel::NetSpend, Qt::Horizontal, Qt::ToolTipRole).toString()
        == customerMetricDefinition(CustomerMetric::NetSpend));

    // The sidebar counts customers.
    auto *sidebar = f.window.findChild<Sidebar *>();
    REQUIRE(sidebar != nullptr);
    CHECK(sidebar->item(0)->text() == QStringLiteral("Customers"));
    CHECK(sidebar->item(0)->data(Sidebar::CountRole).toInt() == 3);
}

TEST_CASE("The customer table sorts and filters as the user types")
{
    CustomersFixture f;
    f.showCustomers();
    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    CustomersPage *page = f.customersPage();
    CustomersTableModel *model = page->model();

    page->tableView()->sortByColumn(CustomersTableModel::Name, Qt::AscendingOrder);
    CHECK(cell(model, 0, CustomersTableModel::Name) == QStringLiteral("Alpha Pty Ltd"));
    CHECK(cell(model, 2, CustomersTableModel::Name) == QStringLiteral("Gamma Ltd"));
    page->tableView()->sortByColumn(CustomersTableModel::Name, Qt::DescendingOrder);
    CHECK(cell(model, 0, CustomersTableModel::Name) == QStringLiteral("Gamma Ltd"));
    // "What they purchase" is not an order: the table stays as it was.
    page->tableView()->horizontalHeader()->setSortIndicator(CustomersTableModel::Purchases,
                                                            Qt::AscendingOrder);
    CHECK(page->tableView()->horizontalHeader()->sortIndicatorSection()
          == CustomersTableModel::Name);
    CHECK(cell(model, 0, CustomersTableModel::Name) == QStringLiteral("Gamma Ltd"));

    page->focusSearch();
    QTest::keyClicks(page->searchField(), QStringLiteral("bet"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; }));
    CHECK(cell(model, 0, CustomersTableModel::Name) == QStringLiteral("Beta Co"));
    page->searchField()->clear();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }));
}

TEST_CASE("Customers are fetched a page at a time as the table scrolls")
{
    CustomersFixture f;
    f.showCustomers();
    REQUIRE(f.import(f.generatedXero(450)).committed());
    CustomersTableModel *model = f.customersPage()->model();
    CHECK(model->totalCount() == 450);
    CHECK(model->rowCount() <= 2 * CustomersTableModel::kPageSize);
    QTableView *table = f.customersPage()->tableView();
    for (int i = 0; i < 20 && model->canFetchMore({}); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
    CHECK(model->rowCount() == 450);
    CHECK_FALSE(model->canFetchMore({}));
}

TEST_CASE("A customer invoiced in other currencies is marked, and the tooltip says how much")
{
    CustomersFixture f;
    f.showCustomers();
    REQUIRE(f.import(CustomersFixture::fixture("xero-currencies.csv")).committed());
    CustomersTableModel *model = f.customersPage()->model();
    REQUIRE(model->rowCount() == 3);
    const QHash<QString, QString> others{
        {QStringLiteral("Kiwi Pumps Ltd"), QStringLiteral("Also AUD 500.00 in 1 invoice")},
        {QStringLiteral("Harbour Cranes"), QStringLiteral("Also NZD 230.00 in 1 invoice")},
        {QStringLiteral("Coastal Drills"), QString()},
    };
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = cell(model, row, CustomersTableModel::Name);
        INFO(name.toStdString());
        REQUIRE(others.contains(name));
        const QString expected = others.value(name);
        const QModelIndex spend = model->index(row, CustomersTableModel::NetSpend);
        CHECK(spend.data(Qt::DecorationRole).value<QIcon>().isNull() == expected.isEmpty());
        const QString tip = spend.data(Qt::ToolTipRole).toString();
        CHECK(tip.contains(QStringLiteral("Also")) == !expected.isEmpty());
        if (!expected.isEmpty())
            CHECK(tip.contains(expected));
    }
}

TEST_CASE("The sample opens on its customers, best first, with room for what they purchase")
{
    MainWindow window; // as the app starts: the default size, the sample, the first page
    REQUIRE(window.fileActions()->openSample());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<CustomersPage *>(window.currentPage());
    REQUIRE(page != nullptr);
    CHECK(page->showsTable());
    CustomersTableModel *model = page->model();
    REQUIRE(model->rowCount() == 23);
    // The biggest spender, as the chart's notes call it: "the largest account".
    CHECK(cell(model, 0, CustomersTableModel::Name)
          == QStringLiteral("Coalfields Mining Equipment"));
    CHECK(cell(model, 0, CustomersTableModel::NetSpend) == QStringLiteral("$200,000"));

    // At the default window size the last column has the rest of the width: room for a whole
    // item, and reaching the table's right edge.
    auto *table = page->findChild<QTableView *>(QStringLiteral("customersTable"));
    REQUIRE(table != nullptr);
    const int purchases = CustomersTableModel::Purchases;
    const int width = table->columnWidth(purchases);
    CHECK(width >= table->fontMetrics().horizontalAdvance(QStringLiteral("Accounting integration, "
                                                                         "Training")));
    CHECK(table->columnViewportPosition(purchases) + width == table->viewport()->width());
    // Every column title shown is whole: no word is wider than its column.
    auto *header = table->horizontalHeader();
    for (int column = 0; column < purchases; ++column) {
        if (table->isColumnHidden(column))
            continue;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        QFont bold = header->font();
        bold.setBold(true);
        for (const QString &word : title.split(u' '))
            CHECK(QFontMetrics(bold).horizontalAdvance(word) < header->sectionSize(column));
    }
}
