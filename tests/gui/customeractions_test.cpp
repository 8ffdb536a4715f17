#include "customersfixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/gui/customerinvoicesdialog.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/printactions.h"
#include "clientele/render/pdfexport.h"
#include "pdftools.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace clientele;

namespace {

// A Customers page with the Xero history imported (Alpha Pty Ltd, Beta Co, Gamma Ltd, all in
// Sydney), shown.
struct ImportedCustomers : CustomersFixture {
    CustomersPage *page = nullptr;

    ImportedCustomers()
    {
        REQUIRE(import(fixture("xero-history.csv")).committed());
        showCustomers();
        page = customersPage();
        REQUIRE(page->model()->rowCount() == 3);
    }

    int rowOf(const QString &name) const
    {
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->customer(row)->name == name)
                return row;
        FAIL("no row for " << name.toStdString());
        return -1;
    }

    void select(const QList<int> &rows)
    {
        QTableView *table = page->tableView();
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(page->model()->index(row, 0),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(page->model()->index(rows.constFirst(), 0),
                                                 QItemSelectionModel::NoUpdate);
    }

    void filter(const QString &text)
    {
        page->searchField()->setText(text);
        REQUIRE(QTest::qWaitFor([&] { return page->model()->filter() == text; }));
    }
};

} // namespace

TEST_CASE("The Place column says where a customer is and the filter finds them by city")
{
    ImportedCustomers f;
    const int alpha = f.rowOf(QStringLiteral("Alpha Pty Ltd"));
    // Every customer is Australian: the table leaves the country out, the tooltip has it.
    const QModelIndex place = f.page->model()->index(alpha, CustomersTableModel::Place);
    CHECK(place.data().toString() == QStringLiteral("Sydney"));
    CHECK(place.data(Qt::ToolTipRole).toString() == QStringLiteral("Sydney, Australia"));
    CHECK(f.page->model()->headerData(CustomersTableModel::Place, Qt::Horizontal).toString()
          == QStringLiteral("Place"));

    f.filter(QStringLiteral("sydney"));
    CHECK(f.page->model()->rowCount() == 3);
    CHECK(f.page->noMatchText().isEmpty());
    CHECK(f.page->tableView()->isVisible());

    // Nothing matches: a sentence with the filter, not an empty table.
    f.filter(QStringLiteral("Perth"));
    CHECK(f.page->model()->rowCount() == 0);
    CHECK(f.page->noMatchText() == QStringLiteral("No customers match \u201CPerth\u201D."));
    auto *message = f.page->findChild<QLabel *>(QStringLiteral("customersNoMatch"));
    REQUIRE(message != nullptr);
    CHECK(message->isVisible());
    CHECK_FALSE(f.page->tableView()->isVisible());

    f.filter(QString());
    CHECK(f.page->tableView()->isVisible());
    CHECK_FALSE(message->isVisible());
}

TEST_CASE("Show Invoices lists a customer's documents newest first, totalling its net spend")
{
    ImportedCustomers f;
    const int alpha = f.rowOf(QStringLiteral("Alpha Pty Ltd"));
    const CustomerRow customer = *f.page->model()->customer(alpha);
    CustomerInvoicesDialog dialog(&f.workspace(), customer, &f.window);
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() >= 5);
    // Newest first.
    QString previous = QStringLiteral("9999-99-99");
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString date = table->item(row, CustomerInvoicesDialog::Date)->text();
        if (date.startsWith(u'2')) {
            CHECK(date <= previous);
            previous = date;
        }
    }
    QStringList kinds;
    QStringList sales;
    for (int row = 0; row < table->rowCount(); ++row) {
        kinds << table->item(row, CustomerInvoicesDialog::Kind)->text();
        sales << table->item(row, CustomerInvoicesDialog::Sale)->text();
    }
    CHECK(kinds.contains(QStringLiteral("Credit note")));
    CHECK(sales.contains(QStringLiteral("No: draft")));
    CHECK(sales.contains(QStringLiteral("No: voided")));
    CHECK(sales.count(QStringLiteral("Yes")) == 4); // three invoices and the credit note
    // The sales add up to the row's net spend (docs/metrics.md: 2,400.00).
    CHECK(customer.metrics.netSpendMoney().toDisplayString() == QStringLiteral("$2,400"));
    CHECK(dialog.totals()->text().contains(
        QStringLiteral("Net of the 4 sales (invoices less credit notes) in AUD: 2,400.00, the "
                       "customer's net spend.")));
}

TEST_CASE("Enter on a customer row opens its invoices")
{
    ImportedCustomers f;
    const int beta = f.rowOf(QStringLiteral("Beta Co"));
    f.select({beta});
    QString title;
    int rows = -1;
    QTimer::singleShot(0, [&] {
        REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
        auto *dialog = qobject_cast<CustomerInvoicesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        title = dialog->windowTitle();
        rows = dialog->table()->rowCount();
        dialog->reject();
    });
    f.page->tableView()->setFocus();
    QTest::keyClick(f.page->tableView(), Qt::Key_Return);
    CHECK(title == QStringLiteral("Invoices of Beta Co"));
    CHECK(rows > 0);
}

TEST_CASE("Copy puts the selected customers on the clipboard as a table with a header")
{
    ImportedCustomers f;
    const int alpha = f.rowOf(QStringLiteral("Alpha Pty Ltd"));
    const int gamma = f.rowOf(QStringLiteral("Gamma Ltd"));
    f.select({alpha, gamma});
    CHECK(f.page->contextActions().contains(f.page->copyAction()));
    REQUIRE(f.page->copyAction()->isEnabled());
    f.page->copyAction()->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(u'\t');
    CHECK(header.value(0) == QStringLiteral("Customer"));
    CHECK(header.value(1) == QStringLiteral("Place"));
    const QStringList first = lines[1].split(u'\t');
    REQUIRE(first.size() == header.size());
    CHECK(first[0] == QStringLiteral("Alpha Pty Ltd"));
    CHECK(first[1] == QStringLiteral("Sydney, Australia"));
    // Amounts as plain decimals, for a spreadsheet.
    CHECK(first[header.indexOf(QStringLiteral("Net spend"))] == QStringLiteral("2400.00"));
    CHECK(first[header.indexOf(QStringLiteral("Per month"))] == QStringLiteral("96.00"));
    CHECK(lines[2].startsWith(QStringLiteral("Gamma Ltd\t")));
}

TEST_CASE("Export as CSV writes the view as filtered and sorted")
{
    ImportedCustomers f;
    // By name, Z to A, without Beta Co.
    f.page->tableView()->horizontalHeader()->setSortIndicator(CustomersTableModel::Name,
                                                              Qt::DescendingOrder);
    f.filter(QStringLiteral("Ltd"));
    REQUIRE(f.page->model()->rowCount() == 2);
    const QString path = f.dir.filePath(QStringLiteral("customers.csv"));
    REQUIRE(f.page->exportCsvTo(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("Customer,Place,First invoice")));
    CHECK(lines[1].startsWith(QStringLiteral("Gamma Ltd,\"Sydney, Australia\",")));
    CHECK(lines[2].startsWith(QStringLiteral("Alpha Pty Ltd,\"Sydney, Australia\",2022-01-15,")));
    CHECK(lines[2].contains(QStringLiteral(",2400.00,96.00,1152.00,AUD,")));
}

TEST_CASE("Add to ICP Chart puts a customer in with its figures, undone in one step")
{
    ImportedCustomers f;
    ChartEditor *editor = f.workspace().chart();
    const int steps = f.workspace().undoStack()->count();
    const int gamma = f.rowOf(QStringLiteral("Gamma Ltd"));
    f.select({gamma});
    CHECK(f.page->contextActions().contains(f.page->addToChartAction()));
    REQUIRE(f.page->addToChartAction()->isEnabled());
    f.page->addToChartAction()->trigger();

    const IcpChart &chart = editor->chart();
    const ChartClient *client = nullptr;
    for (const ChartClient &c : chart.clients())
        if (c.name == QStringLiteral("Gamma Ltd"))
            client = &c;
    REQUIRE(client != nullptr);
    const Attribute *purchases = chart.attribute(StandardAttribute::Purchases);
    REQUIRE(purchases != nullptr);
    CHECK(displayText(chart.value(client->id, purchases->id)) == QStringLiteral("Support"));
    CHECK(f.workspace().undoStack()->count() == steps + 1);
    CHECK(f.window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Put Gamma Ltd into the ICP chart.")));

    f.workspace().undoStack()->undo();
    bool stillThere = false;
    for (const ChartClient &c : editor->chart().clients())
        stillThere = stillThere || c.name == QStringLiteral("Gamma Ltd");
    CHECK_FALSE(stillThere);
}

TEST_CASE("The Customers page prints the view as a table, its head on every page")
{
    ImportedCustomers f;
    PrintActions *print = f.window.printActions();
    REQUIRE(print->exportPdfAction()->isEnabled());
    f.filter(QStringLiteral("Ltd"));
    const std::optional<PagedDocument> document = f.page->document();
    REQUIRE(document.has_value());
    CHECK(document->pageLayout().orientation() == QPageLayout::Landscape);
    const QString text = document->plainText();
    CHECK(text.contains(QStringLiteral("Customer\tPlace\tFirst invoice")));
    CHECK(text.contains(QStringLiteral("Alpha Pty Ltd\tSydney, Australia\t2022-01-15")));
    CHECK(text.contains(QStringLiteral("$2,400")));
    CHECK_FALSE(text.contains(QStringLiteral("Beta Co")));

    const QString pdf = f.dir.filePath(QStringLiteral("customers.pdf"));
    REQUIRE(print->exportPdfTo(pdf).isEmpty());
    const QString printed = test::pdfText(pdf, {QStringLiteral("-layout")});
    CHECK(printed.contains(QStringLiteral("Gamma Ltd")));
    CHECK(printed.contains(QStringLiteral("matching \u201CLtd\u201D")));
}

TEST_CASE("A long customer list repeats the table's head on every printed page")
{
    CustomersFixture f;
    REQUIRE(f.import(f.generatedXero(120)).committed());
    f.showCustomers();
    const std::optional<PagedDocument> document = f.customersPage()->document();
    REQUIRE(document.has_value());
    const QString pdf = f.dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(exportPdf(*document, pdf));
    const QStringList pages = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages)
        CHECK(page.contains(QStringLiteral("First")));
}
