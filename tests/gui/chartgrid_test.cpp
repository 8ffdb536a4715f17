#include "chartfixture.h"

#include "clientele/gui/chartmessagebubble.h"
#include "clientele/gui/chartspanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QStatusBar>

using namespace clientele;
using S = StandardAttribute;

TEST_CASE("A five-client chart is filled in by keyboard alone and the ideal follows",
          "[gui][chart]")
{
    ChartFixture f;
    REQUIRE(f.chart().clients().size() == 5);
    REQUIRE(f.page->isShowingGrid());
    // One row per attribute: the five clients' values with Tab between them, Enter at the end
    // (which goes back to the first client, one row down). Blank rows are skipped with Enter.
    const QList<QStringList> rows = {
        {QStringLiteral("40"), QStringLiteral("20-50"), QStringLiteral("120"), QStringLiteral("15"),
         QStringLiteral("60")},
        {QStringLiteral("Manufacturing"), QStringLiteral("engineering"),
         QStringLiteral("Manufacturing"), QStringLiteral("Trade services"),
         QStringLiteral("manufacturing")},
        {QStringLiteral("Family business"), QStringLiteral("Private company"),
         QStringLiteral("Family business"), QStringLiteral("Sole trader"),
         QStringLiteral("Family business")},
        {QStringLiteral("2M"), QStringLiteral("1M-5M"), QStringLiteral("8M"),
         QStringLiteral("500k"), QStringLiteral("3M")},
        {QStringLiteral("Parramatta (12 km)"), QStringLiteral("Penrith (45 km)"),
         QStringLiteral("Blacktown (20 km)"), QStringLiteral("Ryde (8 km)"),
         QStringLiteral("Liverpool (25 km)")},
        {QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("1"),
         QStringLiteral("3")},
        {QStringLiteral("ERP integration, Support retainer"), QStringLiteral("Projects"),
         QStringLiteral("ERP integration, Training"), QStringLiteral("Projects"),
         QStringLiteral("Support retainer, ERP integration")},
        {QStringLiteral("1200"), QStringLiteral("800"), QStringLiteral("2,500"),
         QStringLiteral("300"), QStringLiteral("1500")},
        {}, // spend per year: derived from the month
        {QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("y"), QStringLiteral("n"),
         QStringLiteral("y")},
        {QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("n"),
         QStringLiteral("y")},
    };
    int typed = 0;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            f.type(row.at(i));
            ++typed;
            if (i + 1 < row.size())
                f.key(Qt::Key_Tab);
        }
        f.key(Qt::Key_Return);
    }
    CHECK_FALSE(f.grid->isEditing());
    CHECK(f.undoCount() == typed);

    CHECK(f.cell(0, S::Employees) == QStringLiteral("40"));
    CHECK(f.cell(1, S::Employees) == QStringLiteral("20\u201350"));
    CHECK(f.cell(1, S::Industry) == QStringLiteral("Engineering"));
    CHECK(f.cell(4, S::Industry) == QStringLiteral("Manufacturing"));
    CHECK(f.cell(0, S::Location) == QStringLiteral("Parramatta (12 km)"));
    CHECK(f.cell(2, S::Purchases) == QStringLiteral("ERP integration, Training"));
    CHECK(f.cell(4, S::ReferredUs) == QStringLiteral("Yes"));
    CHECK(f.cell(1, S::GaveTestimonial) == QStringLiteral("No"));
    // The yearly spend is derived from the month, and shown as derived.
    const QModelIndex year =
        f.grid->chartModel()->indexOf(f.client(0), f.attribute(S::SpendPerYear));
    CHECK(year.data(ChartModel::IsDerivedRole).toBool());
    CHECK(year.data().toString() == QStringLiteral("$14,400"));
    CHECK(f.grid->viewModel()
              ->mapFromSource(year)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Derived from the spend per month")));

    CHECK(f.ideal(S::Industry) == QStringLiteral("Manufacturing \u2014 3 of 5"));
    const QModelIndex industry = f.grid->chartModel()->indexOf(0, f.attribute(S::Industry));
    CHECK(industry.data(ChartModel::KnownTextRole).toString() == QStringLiteral("5 of 5 known"));
    const QString employees = f.ideal(S::Employees);
    CHECK_FALSE(employees.isEmpty());

    // One more edit changes the derived column at once.
    f.grid->setCurrentIndex(f.grid->viewModel()->mapFromSource(
        f.grid->chartModel()->indexOf(f.client(3), f.attribute(S::Industry))));
    f.type(QStringLiteral("Manufacturing"));
    f.key(Qt::Key_Return);
    CHECK(f.ideal(S::Industry) == QStringLiteral("Manufacturing \u2014 4 of 5"));
}

TEST_CASE("A 3x5 block pasted from a spreadsheet is one undo step", "[gui][chart]")
{
    ChartFixture f;
    const int before = f.undoCount();
    QApplication::clipboard()->setText(
        QStringLiteral("40\t20-50\t120\t15\t60\r\n"
                       "Manufacturing\tEngineering\tManufacturing\tConstruction\tManufacturing\r\n"
                       "Family business\tFranchise\tFamily business\tSole trader\tOnline\r\n"));
    f.key(Qt::Key_V, Qt::ControlModifier);
    CHECK(f.undoCount() == before + 1);
    CHECK(f.cell(0, S::Employees) == QStringLiteral("40"));
    CHECK(f.cell(4, S::Employees) == QStringLiteral("60"));
    CHECK(f.cell(3, S::Industry) == QStringLiteral("Construction"));
    CHECK(f.cell(4, S::BusinessType) == QStringLiteral("Online"));
    CHECK(f.ideal(S::Industry) == QStringLiteral("Manufacturing \u2014 3 of 5"));
    // The pasted block stays selected.
    CHECK(f.grid->selectionModel()->selectedIndexes().size() == 15);

    // Copy gives the same block back as tab-separated text.
    f.key(Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text().startsWith(QStringLiteral("40\t20\u201350\t120")));

    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.undoCount() == before + 1); // the step is still there, to redo
    CHECK(f.workspace().undoStack()->index() == before);
    for (int client = 0; client < 5; ++client) {
        CHECK(f.cell(client, S::Employees).isEmpty());
        CHECK(f.cell(client, S::Industry).isEmpty());
        CHECK(f.cell(client, S::BusinessType).isEmpty());
    }
    CHECK(f.ideal(S::Industry).isEmpty());
}

TEST_CASE("A refused paste names the cell and changes nothing", "[gui][chart]")
{
    ChartFixture f;
    // A block over Location and Years as customer whose second year is no number.
    const QModelIndex years = f.grid->viewModel()->mapFromSource(
        f.grid->chartModel()->indexOf(f.client(0), f.attribute(S::YearsAsCustomer)));
    f.grid->setCurrentIndex(years.siblingAtRow(years.row() - 1));
    QApplication::clipboard()->setText(QStringLiteral("Ryde\tPenrith\r\n4\tlots\r\n"));
    f.key(Qt::Key_V, Qt::ControlModifier);
    CHECK(f.undoCount() == 0);
    CHECK(f.cell(0, S::Location).isEmpty());
    ChartMessageBubble *bubble = f.grid->messageBubble();
    CHECK(bubble->isVisible());
    CHECK(bubble->text().contains(QStringLiteral("Client #2")));
    CHECK(bubble->text().contains(QStringLiteral("Years as customer")));
    CHECK(f.window.statusBar()->currentMessage() == bubble->text());
}

TEST_CASE("Invalid input is refused in place with what is expected", "[gui][chart]")
{
    ChartFixture f;
    const QModelIndex employees = f.grid->currentIndex();
    f.type(QStringLiteral("lots"));
    f.key(Qt::Key_Return);
    // Still editing the same cell, with the text to correct and the reason beside it.
    CHECK(f.grid->isEditing());
    CHECK(f.grid->currentIndex() == employees);
    QWidget *editor = f.grid->indexWidget(employees);
    REQUIRE(editor != nullptr);
    CHECK(ChartDelegate::editorText(editor) == QStringLiteral("lots"));
    ChartMessageBubble *bubble = f.grid->messageBubble();
    CHECK(bubble->isVisible());
    CHECK(bubble->text().contains(QStringLiteral("Expected")));
    CHECK(f.window.statusBar()->currentMessage() == bubble->text());
    CHECK(f.undoCount() == 0);
    CHECK(f.cell(0, S::Employees).isEmpty());

    // Leaving by arrow key does not store it either: the editor comes back.
    f.key(Qt::Key_Down);
    QApplication::processEvents();
    CHECK(f.cell(0, S::Employees).isEmpty());
    CHECK(f.grid->currentIndex() == employees);
    REQUIRE(f.grid->indexWidget(employees) != nullptr);

    // Corrected, it goes in and the cursor moves on.
    f.key(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("20-50"));
    f.key(Qt::Key_Return);
    CHECK(f.cell(0, S::Employees) == QStringLiteral("20\u201350"));
    CHECK(f.undoCount() == 1);
    CHECK(f.grid->currentIndex().row() == employees.row() + 1);
    CHECK_FALSE(bubble->isVisible());

    // Money in another currency is refused too.
    const QModelIndex revenue = f.grid->viewModel()->mapFromSource(
        f.grid->chartModel()->indexOf(f.client(0), f.attribute(S::Revenue)));
    f.grid->setCurrentIndex(revenue);
    f.type(QStringLiteral("lots of money"));
    f.key(Qt::Key_Tab);
    CHECK(f.grid->isEditing());
    CHECK(f.cell(0, S::Revenue).isEmpty());
}

TEST_CASE("Delete clears the selection in one step, and Ctrl+D fills down", "[gui][chart]")
{
    ChartFixture f;
    QApplication::clipboard()->setText(QStringLiteral("40\t50\t60\r\n"));
    f.key(Qt::Key_V, Qt::ControlModifier);
    REQUIRE(f.cell(2, S::Employees) == QStringLiteral("60"));
    const int before = f.undoCount();
    f.key(Qt::Key_Delete);
    CHECK(f.undoCount() == before + 1);
    CHECK(f.cell(0, S::Employees).isEmpty());
    CHECK(f.cell(2, S::Employees).isEmpty());
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.cell(2, S::Employees) == QStringLiteral("60"));

    // Fill right: the first client's value into the selected cells beside it, one step.
    QAbstractItemModel *model = f.grid->model();
    f.grid->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(0, 4)),
                                     QItemSelectionModel::ClearAndSelect);
    f.key(Qt::Key_R, Qt::ControlModifier);
    CHECK(f.undoCount() == before + 1);
    for (int client = 0; client < 5; ++client)
        CHECK(f.cell(client, S::Employees) == QStringLiteral("40"));
}
