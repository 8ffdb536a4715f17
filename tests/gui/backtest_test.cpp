// Chart ▸ Test the Ideal on Customers…: the sample's best customers outside the chart, scored.
#include "chartfixture.h"
#include "customersfixture.h"

#include "clientele/gui/backtestdialog.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/fitweightsdialog.h"
#include "clientele/gui/inlinenotice.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace clientele;

namespace {

enum Column { Customer, Spend, Grade, Score, Confidence, Known };

QStringList column(QTableWidget *table, int which)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, which)->text();
    return texts;
}

int rowOf(QTableWidget *table, const QString &text)
{
    return int(column(table, 0).indexOf(text));
}

// The ICP Chart page of the sample, its Test the Ideal dialog opened with its key.
struct SampleBacktest {
    GuiFixture f;
    ChartPage *page = nullptr;
    BacktestDialog *dialog = nullptr;

    SampleBacktest()
    {
        REQUIRE(f.window.fileActions()->openSample());
        page = f.window.showPage<ChartPage>();
        REQUIRE(page != nullptr);
        page->grid()->setFocus();
        QTest::keyClick(page->grid(), Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
        dialog = page->findChild<BacktestDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
    }

    ChartEditor &editor() { return *f.workspace().chart(); }
    qint64 attribute(StandardAttribute which) { return editor().chart().attribute(which)->id; }
    void setUsed(StandardAttribute which, bool used)
    {
        AttributeFit fit = editor().chart().attribute(which)->fit;
        fit.used = used;
        REQUIRE(editor().setAttributeFit(attribute(which), fit).ok());
    }
};

} // namespace

TEST_CASE("Test the Ideal lists the best customers outside the chart by spend", "[gui][fit]")
{
    SampleBacktest s;
    QAction *action = s.page->actions()->backtestAction();
    CHECK(s.page->pageActions().contains(action));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));

    // The sample has 23 customers with sales; its five chart clients are left out.
    QTableWidget *table = s.dialog->table();
    REQUIRE(table->rowCount() == 18);
    const QStringList names = column(table, Customer);
    CHECK(names.first() == QStringLiteral("Cardiff Electrical Wholesale"));
    CHECK(names.last() == QStringLiteral("Nelson Bay Charters"));
    for (const QString &client :
         {QStringLiteral("Coalfields Mining Equipment"), QStringLiteral("Voltline EV Charging"),
          QStringLiteral("Hunter Valley Air Conditioning")})
        CHECK_FALSE(names.contains(client));
    // The invoice lines of Cardiff Electrical Wholesale add to 10,400 before tax.
    CHECK(table->item(0, Spend)->text() == QStringLiteral("$10,400"));

    // Invoices give only each customer's town, worth 1 of the weight (Location is somewhat
    // important) beside very important staff and the unknown industry, type and revenue: far
    // below 60% known, so no customer is graded.
    CHECK(s.dialog->summaryLabel()->text()
          == QStringLiteral("0 of the top 18 customers by spend grade A or B. "
                            "18 have too little known to grade."));
    CHECK(column(table, Grade) == QStringList(18, QStringLiteral("Insufficient")));
    CHECK(column(table, Known) == QStringList(18, QStringLiteral("Location")));
    CHECK(s.dialog->advice()->isVisible());
    CHECK(s.dialog->advice()->text().contains(QStringLiteral("contacts export")));

    // The first customer's explanation: its town is known and matches no client's; the rest is
    // marked unknown and left out, not counted as zero.
    REQUIRE(table->currentRow() == 0);
    QTableWidget *reasons = s.dialog->explanation();
    const int location = rowOf(reasons, QStringLiteral("Location"));
    const int staff = rowOf(reasons, QStringLiteral("Number of employees"));
    REQUIRE(location >= 0);
    REQUIRE(staff >= 0);
    CHECK(reasons->item(location, 1)->text() == QStringLiteral("Cardiff"));
    CHECK(reasons->item(location, 3)->text() == QStringLiteral("0"));
    CHECK(reasons->item(staff, 1)->text() == QStringLiteral("Unknown"));
    CHECK(reasons->item(staff, 3)->text() == QStringLiteral("left out"));

    // Another row shows its own explanation.
    const int toronto = rowOf(table, QStringLiteral("Toronto Boat Builders"));
    REQUIRE(toronto > 0);
    table->selectRow(toronto);
    CHECK(reasons->item(rowOf(reasons, QStringLiteral("Location")), 1)->text()
          == QStringLiteral("Toronto"));

    // The advice's button opens Fit Weights.
    REQUIRE_FALSE(s.dialog->advice()->buttons().isEmpty());
    s.dialog->advice()->buttons().first()->click();
    CHECK(s.page->findChild<FitWeightsDialog *>() != nullptr);
}

TEST_CASE("Test the Ideal scores again when what counts for fit changes", "[gui][fit]")
{
    SampleBacktest s;
    QTableWidget *table = s.dialog->table();
    // Only Location left counting: every customer's town is known, so all of the weight is;
    // no customer's town is one a chart client holds (Maitland, Tamworth, Beresfield, Cessnock,
    // Newcastle West), so each matches 0 and scores 0, a D.
    for (StandardAttribute which : {StandardAttribute::Employees, StandardAttribute::Industry,
                                    StandardAttribute::BusinessType, StandardAttribute::Revenue})
        s.setUsed(which, false);
    REQUIRE(table->rowCount() == 18);
    CHECK(column(table, Grade) == QStringList(18, QStringLiteral("D")));
    CHECK(column(table, Confidence) == QStringList(18, QStringLiteral("100%")));
    CHECK(column(table, Score) == QStringList(18, QStringLiteral("0")));
    CHECK(s.dialog->summaryLabel()->text()
          == QStringLiteral("0 of the top 18 customers by spend grade A or B."));
    CHECK_FALSE(s.dialog->advice()->isVisible());

    // Location no longer counting either: nothing known is weighed, nothing is graded.
    s.setUsed(StandardAttribute::Location, false);
    CHECK(column(table, Grade) == QStringList(18, QStringLiteral("Insufficient")));
    CHECK(column(table, Confidence) == QStringList(18, QStringLiteral("0%")));
    CHECK(column(table, Known) == QStringList(18, QStringLiteral("Nothing")));

    // Undo follows too.
    s.f.workspace().undoStack()->undo();
    CHECK(column(table, Grade) == QStringList(18, QStringLiteral("D")));
}

TEST_CASE("Test the Ideal asks for invoices until some are imported", "[gui][fit]")
{
    CustomersFixture f;
    auto *page = f.window.showPage<ChartPage>();
    REQUIRE(page != nullptr);
    BacktestDialog *dialog = page->openBacktest();
    CHECK(dialog->emptyText()
          == QStringLiteral("Import an invoice export to test the ideal on your customers."));
    CHECK(dialog->importButton()->isVisible());
    CHECK_FALSE(dialog->table()->isVisible());

    // After an import the open dialog tests the ideal on the new customers.
    REQUIRE(f.import(CustomersFixture::fixture("xero-invoices-au.csv")).committed());
    CHECK(dialog->emptyText().isEmpty());
    CHECK(dialog->table()->isVisible());
    CHECK(column(dialog->table(), Customer).contains(QStringLiteral("Acme Pty Ltd")));
}
