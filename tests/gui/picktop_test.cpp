#include "customersfixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/picktopdialog.h"
#include "clientele/storage/chartrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace clientele;

namespace {

const ChartClient *clientNamed(const IcpChart &chart, const QString &name)
{
    for (const ChartClient &client : chart.clients())
        if (client.name == name)
            return &client;
    return nullptr;
}

QString cellText(const IcpChart &chart, const QString &client, StandardAttribute which)
{
    const ChartClient *found = clientNamed(chart, client);
    const Attribute *attribute = chart.attribute(which);
    if (!found || !attribute)
        return QStringLiteral("<missing>");
    return displayText(chart.value(found->id, attribute->id));
}

// Chooses the ranking in the dialog's "customers by" box, as a user would.
void chooseBy(PickTopDialog &dialog, PickTopBy by)
{
    auto *box = dialog.findChild<QComboBox *>();
    REQUIRE(box != nullptr);
    const int index = box->findData(int(by));
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Pick top 3 by spend puts them into the chart in one undoable step")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    ChartEditor *editor = f.workspace().chart();
    const IcpChart before = editor->chart();
    const int steps = f.workspace().undoStack()->count();

    PickTopDialog dialog(&f.workspace(), &f.window);
    dialog.setCount(3);
    chooseBy(dialog, PickTopBy::Spend);
    REQUIRE(dialog.plan().clients.size() == 3);
    CHECK(dialog.plan().clients[0].customer.name == QStringLiteral("Alpha Pty Ltd"));
    CHECK(dialog.plan().clients[1].customer.name == QStringLiteral("Beta Co"));
    CHECK(dialog.plan().clients[2].customer.name == QStringLiteral("Gamma Ltd"));
    // The preview shows every customer with what it brings.
    CHECK(dialog.previewTable()->rowCount() == 3);
    CHECK(dialog.previewTable()->item(0, 1)->text() == QStringLiteral("Alpha Pty Ltd"));
    CHECK_FALSE(dialog.overwriteBox()->isVisibleTo(&dialog));
    dialog.accept();

    const IcpChart &after = editor->chart();
    CHECK(after.clients().size() >= 3);
    CHECK(cellText(after, QStringLiteral("Alpha Pty Ltd"), StandardAttribute::YearsAsCustomer)
          == QStringLiteral("2"));
    CHECK(cellText(after, QStringLiteral("Alpha Pty Ltd"), StandardAttribute::SpendPerMonth)
          == QStringLiteral("$96"));
    CHECK(cellText(after, QStringLiteral("Alpha Pty Ltd"), StandardAttribute::SpendPerYear)
          == QStringLiteral("$1,152"));
    CHECK(cellText(after, QStringLiteral("Gamma Ltd"), StandardAttribute::Purchases)
          == QStringLiteral("Support"));
    CHECK(f.workspace().undoStack()->count() == steps + 1);

    f.workspace().undoStack()->undo();
    CHECK(editor->chart() == before);
    f.workspace().undoStack()->redo();
    CHECK(clientNamed(editor->chart(), QStringLiteral("Beta Co")) != nullptr);
}

TEST_CASE("Values typed into the chart by hand are kept unless the user says to replace them")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    ChartEditor *editor = f.workspace().chart();
    const qint64 alpha = editor->addClient(QStringLiteral("Alpha Pty Ltd"));
    REQUIRE(alpha != 0);
    const Attribute *perMonth = editor->chart().attribute(StandardAttribute::SpendPerMonth);
    REQUIRE(perMonth != nullptr);
    REQUIRE(editor->setCellText(alpha, perMonth->id, QStringLiteral("$500")));

    PickTopDialog dialog(&f.workspace(), &f.window);
    dialog.setCount(1);
    REQUIRE(dialog.plan().clients.size() == 1);
    CHECK(dialog.plan().clients[0].action == PickTopClient::Action::Update);
    CHECK(dialog.plan().conflictCount() == 1);
    CHECK(dialog.overwriteBox()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.overwriteBox()->isChecked());
    dialog.accept();
    CHECK(
        cellText(editor->chart(), QStringLiteral("Alpha Pty Ltd"), StandardAttribute::SpendPerMonth)
        == QStringLiteral("$500"));
    CHECK(
        cellText(editor->chart(), QStringLiteral("Alpha Pty Ltd"), StandardAttribute::SpendPerYear)
        == QStringLiteral("$1,152"));

    f.workspace().undoStack()->undo();
    PickTopDialog replace(&f.workspace(), &f.window);
    replace.setCount(1);
    replace.overwriteBox()->setChecked(true);
    replace.accept();
    CHECK(
        cellText(editor->chart(), QStringLiteral("Alpha Pty Ltd"), StandardAttribute::SpendPerMonth)
        == QStringLiteral("$96"));
}

TEST_CASE("Picked spend figures say which currency they count and what they leave out")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-currencies.csv")).committed());
    ChartEditor *editor = f.workspace().chart();
    REQUIRE(editor->chart().currency() == QStringLiteral("AUD"));
    PickTopDialog dialog(&f.workspace(), &f.window);
    dialog.setCount(3);
    chooseBy(dialog, PickTopBy::Spend);
    // Kiwi Pumps buys in NZD: its spend is not put into an AUD chart, and the dialog says why.
    const QString why = QStringLiteral("Kiwi Pumps Ltd buys in NZD and the chart counts AUD");
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        told = told || label->text().contains(why);
    CHECK(told);
    dialog.accept();

    const IcpChart &chart = editor->chart();
    const ChartClient *kiwi = clientNamed(chart, QStringLiteral("Kiwi Pumps Ltd"));
    const ChartClient *cranes = clientNamed(chart, QStringLiteral("Harbour Cranes"));
    const ChartClient *drills = clientNamed(chart, QStringLiteral("Coastal Drills"));
    REQUIRE(kiwi != nullptr);
    REQUIRE(cranes != nullptr);
    REQUIRE(drills != nullptr);
    const qint64 perMonth = chart.attribute(StandardAttribute::SpendPerMonth)->id;
    const qint64 perYear = chart.attribute(StandardAttribute::SpendPerYear)->id;
    const qint64 years = chart.attribute(StandardAttribute::YearsAsCustomer)->id;
    CHECK(chart.value(kiwi->id, perMonth).isUnknown());
    CHECK_FALSE(chart.value(kiwi->id, years).isUnknown()); // tenure takes in every currency

    const QString expected =
        QStringLiteral("AUD sales only; also invoiced NZD 230.00 in 1 invoice, not included.");
    CHECK(chart.cellText(cranes->id, perMonth) == QStringLiteral("$120"));
    CHECK(chart.cellNote(cranes->id, perMonth) == expected);
    CHECK(chart.cellNote(cranes->id, perYear) == expected);
    CHECK(chart.cellNote(cranes->id, years).isEmpty());
    CHECK(chart.cellNote(drills->id, perMonth).isEmpty());

    // The grid shows the note as the cell's tooltip.
    ChartModel model(editor);
    bool shown = false;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (index.data(ChartModel::ClientIdRole).toLongLong() == cranes->id
                && index.data(ChartModel::AttributeIdRole).toLongLong() == perMonth) {
                shown = index.data(Qt::ToolTipRole).toString() == expected
                        && index.data(ChartModel::NoteRole).toString() == expected;
            }
        }
    CHECK(shown);

    // The note is kept in the file, and a value typed by hand takes its place.
    CHECK(ChartRepository(f.workspace().file().database()).load().cellNote(cranes->id, perMonth)
          == expected);
    REQUIRE(editor->setCellText(cranes->id, perMonth, QStringLiteral("600")));
    CHECK(editor->chart().cellNote(cranes->id, perMonth).isEmpty());
    f.workspace().undoStack()->undo();
    CHECK(editor->chart().cellNote(cranes->id, perMonth) == expected);
}

TEST_CASE("Pick Top shows money in whole units as the Customers table does")
{
    CustomersFixture f;
    // Customers whose spend has cents: $1,000.50 a month shows as $1,001.
    const QString generated = f.generatedXero(3);
    QFile file(generated);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray csv = file.readAll();
    file.close();
    csv.replace(",1000.00,", ",1000.50,");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    REQUIRE(f.import(generated).committed());
    f.showCustomers();
    CustomersTableModel *model = f.customersPage()->model();
    PickTopDialog dialog(&f.workspace(), &f.window);
    dialog.setCount(10);
    QTableWidget *preview = dialog.previewTable();
    const auto columnOf = [&](StandardAttribute which) {
        const QString label = standardAttribute(which).label;
        for (int column = 0; column < preview->columnCount(); ++column)
            if (preview->horizontalHeaderItem(column)->text() == label)
                return column;
        return -1;
    };
    const int perMonth = columnOf(StandardAttribute::SpendPerMonth);
    const int perYear = columnOf(StandardAttribute::SpendPerYear);
    REQUIRE(perMonth >= 0);
    REQUIRE(perYear >= 0);
    int compared = 0;
    bool sawCents = false;
    for (int row = 0; row < dialog.plan().clients.size(); ++row) {
        const CustomerRow &customer = dialog.plan().clients[row].customer;
        for (int tableRow = 0; tableRow < model->rowCount(); ++tableRow) {
            if (model->customer(tableRow)->id != customer.id)
                continue;
            QTableWidgetItem *month = preview->item(row, perMonth);
            if (!month)
                continue; // another currency than the chart's: left blank
            CHECK(month->text()
                  == model->index(tableRow, CustomersTableModel::PerMonth).data().toString());
            CHECK(preview->item(row, perYear)->text()
                  == model->index(tableRow, CustomersTableModel::PerYear).data().toString());
            sawCents = sawCents || customer.metrics.perMonth % 100 != 0;
            ++compared;
        }
    }
    CHECK(compared >= 1);
    CHECK(sawCents); // the comparison would not tell whole units from cents otherwise
}

TEST_CASE("Put into Chart says which clients went in and how many cells it filled")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    f.showCustomers();
    const int steps = f.workspace().undoStack()->count();
    QTimer::singleShot(0, [] {
        REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
        auto *dialog = qobject_cast<PickTopDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->setCount(3);
        dialog->accept();
    });
    f.customersPage()->pickTopAction()->trigger();
    // Three clients, four cells each (years, purchases, per month, per year).
    CHECK(f.window.statusBar()->currentMessage()
          == QStringLiteral("Put 3 clients into the ICP chart: Alpha Pty Ltd, Beta Co and Gamma "
                            "Ltd. 12 cells filled."));
    CHECK(f.workspace().undoStack()->count() == steps + 1);
    f.workspace().undoStack()->undo();
    CHECK(clientNamed(f.workspace().chart()->chart(), QStringLiteral("Beta Co")) == nullptr);
}
