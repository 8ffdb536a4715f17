#include "customersfixture.h"

#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/importdateorderdialog.h"
#include "clientele/gui/importmappingdialog.h"
#include "clientele/gui/importreportdialog.h"
#include "clientele/gui/importrunner.h"
#include "clientele/gui/importsummarydialog.h"
#include "clientele/gui/profilespage.h"
#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/customerrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>

using namespace clientele;

namespace {

QList<CustomerRow> allCustomers(Workspace &workspace)
{
    CustomerQuery query;
    query.limit = 1000;
    return CustomerRepository(workspace.file().database()).page(query);
}

} // namespace

TEST_CASE("An ambiguous date order is asked, with dates from the file, never guessed")
{
    CustomersFixture f;
    const QString file = CustomersFixture::fixture("xero-invoices-ambiguous.csv");

    // Giving up on the question imports nothing.
    CHECK(f.import(file).outcome == ImportReport::Outcome::Cancelled);
    CHECK(f.dateOrderAsked == 1);
    CHECK(f.dateExamples.contains(QStringLiteral("03/04/2024")));
    CHECK(f.customersPage()->count() == 0);

    // The real dialog: nothing is chosen for the user; choosing day-first imports.
    f.imports()->setQuestions(std::nullopt);
    bool sawExamples = false;
    bool okStartsDisabled = false;
    whenShown<ImportDateOrderDialog>([&](ImportDateOrderDialog *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            sawExamples = sawExamples || label->text().contains(QStringLiteral("3 April 2024"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okStartsDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->dayFirstButton()->click();
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    whenShown<ImportSummaryDialog>([](ImportSummaryDialog *summary) { summary->reject(); });
    const ImportReport report = f.imports()->importFile(file, ImportReport::Kind::Invoices);
    CHECK(sawExamples);
    CHECK(okStartsDisabled);
    REQUIRE(report.committed());
    CHECK(report.dateOrder == DateOrder::DayMonthYear);
    const QList<CustomerRow> customers = allCustomers(f.workspace());
    REQUIRE_FALSE(customers.isEmpty());
    bool april = false;
    for (const CustomerRow &row : customers)
        april = april || row.metrics.firstInvoice == QDate(2024, 4, 3);
    CHECK(april);
    CHECK(f.customersPage()->count() == int(customers.size()));
}

TEST_CASE("Cancelling an import leaves the workspace as it was")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    const QList<CustomerRow> before = allCustomers(f.workspace());

    // The user presses Cancel in the progress dialog as soon as the import starts.
    const QString big = f.generatedXero(2000, 3);
    ImportFlow flow(ImportReport::Kind::Invoices, f.path, &f.window);
    flow.setQuestions(f.questions);
    QObject::connect(&flow, &ImportFlow::runnerStarted, &f.window, [](ImportRunner *runner) {
        auto *cancel = runner->progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel != nullptr);
        cancel->click();
    });
    const ImportReport report = flow.run(big);
    CHECK(report.outcome == ImportReport::Outcome::Cancelled);
    CHECK(allCustomers(f.workspace()).size() == before.size());
    const QList<CustomerRow> after = allCustomers(f.workspace());
    for (int i = 0; i < qMin(after.size(), before.size()); ++i) {
        CHECK(after[i].name == before[i].name);
        CHECK(after[i].metrics == before[i].metrics);
    }
}

TEST_CASE("Lines that cannot be read are reported and imported only if the user agrees")
{
    CustomersFixture f;
    const QString file = CustomersFixture::fixture("invoices-bad-lines.csv");
    CHECK(f.import(file).outcome == ImportReport::Outcome::Cancelled);
    CHECK(f.restAsked == 1);
    CHECK(f.customersPage()->count() == 0);

    // The real report dialog lists the problem with line and column, and imports the rest.
    f.imports()->setQuestions(std::nullopt);
    int problemRows = 0;
    QString firstLine;
    QString saveError = QStringLiteral("not tried");
    QStringList summaryTexts;
    whenShown<ImportReportDialog>([&](ImportReportDialog *dialog) {
        problemRows = dialog->problemsTable()->rowCount();
        firstLine = dialog->problemsTable()->item(0, 1)->text();
        saveError = dialog->saveTo(f.dir.filePath(QStringLiteral("report.csv")));
        dialog->importRestButton()->click();
        // Then the summary, which counts the line left out.
        whenShown<ImportSummaryDialog>([&](ImportSummaryDialog *summary) {
            for (QLabel *label : summary->findChildren<QLabel *>())
                summaryTexts << label->text();
            summary->reject();
        });
    });
    const ImportReport report = f.imports()->importFile(file, ImportReport::Kind::Invoices);
    REQUIRE(report.committed());
    CHECK(problemRows >= 1);
    CHECK(firstLine == QStringLiteral("3"));
    CHECK(saveError.isEmpty());
    CHECK(summaryTexts.contains(
        QStringLiteral("%1 lines that cannot be read").arg(report.skippedLines())));
    CHECK(QFileInfo(f.dir.filePath(QStringLiteral("report.csv"))).size() > 0);
    CHECK(f.customersPage()->count() >= 1);
}

TEST_CASE("An unknown CSV is mapped column by column, and the mapping is remembered")
{
    CustomersFixture f;
    const QString file = CustomersFixture::fixture("generic-mapped.csv");
    const ImportPreview preview = readImportPreview(file, ImportReport::Kind::Invoices);
    ImportMappingDialog dialog(preview);
    // The obvious columns are guessed from their names.
    const ColumnMapping guessed = dialog.mapping();
    CHECK(guessed.customer == 0);
    CHECK(guessed.date == 2);
    CHECK(guessed.untaxedTotal == 3);
    CHECK(guessed.canReadInvoices());
    CHECK(dialog.findChild<QTableWidget *>()->rowCount() >= 2);

    f.questions.mapping = [&](const ImportPreview &) {
        ++f.mappingAsked;
        return std::optional<ColumnMapping>(guessed);
    };
    const ImportReport first = f.import(file);
    CHECK(f.mappingAsked == 1);
    REQUIRE(first.committed());
    CHECK(f.customersPage()->count() == 2);
    // Same header again: no question.
    const ImportReport again = f.import(file);
    CHECK(f.mappingAsked == 1);
    CHECK(again.committed());
    CHECK(again.linesAlreadyPresent == first.linesImported);
}

TEST_CASE("Contacts fill in the customers' places")
{
    CustomersFixture f;
    REQUIRE(f.import(CustomersFixture::fixture("xero-invoices-au.csv")).committed());
    CHECK(ImportActions::kindOf(CustomersFixture::fixture("xero-contacts.csv"))
          == ImportReport::Kind::Contacts);
    // The contact without a name is reported; the user imports the others.
    f.questions.importRest = [&f](const ImportReport &) {
        ++f.restAsked;
        return true;
    };
    const ImportReport report =
        f.import(CustomersFixture::fixture("xero-contacts.csv"), ImportReport::Kind::Contacts);
    INFO(report.error.toStdString());
    REQUIRE(report.committed());
    CHECK(f.restAsked == 1);
    bool parramatta = false;
    for (const CustomerRow &row : allCustomers(f.workspace()))
        parramatta = parramatta
                     || (row.name == QStringLiteral("Acme Pty Ltd")
                         && row.city == QStringLiteral("Parramatta"));
    CHECK(parramatta);
    CHECK(f.window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported contacts")));
}

TEST_CASE("Every question is answered from one check, and one import then writes once")
{
    CustomersFixture f;
    // Dates that read both ways, and a line whose amount cannot be read.
    const QString file = f.dir.filePath(QStringLiteral("questions.csv"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,"
                  "Status\n"
                  "Acme,INV-1,03/04/2024,110.00,10.00,100.00,AUD,Sales invoice,Paid\n"
                  "Acme,INV-2,05/06/2024,110.00,10.00,lots,AUD,Sales invoice,Paid\n"
                  "Bolt,INV-3,07/08/2024,220.00,20.00,200.00,AUD,Sales invoice,Paid\n");
    }
    ImportQuestions questions = f.questions;
    questions.dateOrder = [&f](const QString &, const QStringList &) {
        ++f.dateOrderAsked;
        return std::optional<DateOrder>(DateOrder::DayMonthYear);
    };
    questions.importRest = [&f](const ImportReport &report) {
        ++f.restAsked;
        CHECK(report.skippedLines() == 1);
        CHECK(report.linesImported == 2); // what the import would do, from the check
        return true;
    };
    ImportFlow flow(ImportReport::Kind::Invoices, f.path, &f.window);
    flow.setQuestions(questions);
    int passes = 0; // each pass reads the whole file
    QObject::connect(&flow, &ImportFlow::runnerStarted, &f.window,
                     [&passes](ImportRunner *) { ++passes; });
    const ImportReport report = flow.run(file);
    INFO(report.summary().toStdString());
    REQUIRE(report.committed());
    CHECK(f.dateOrderAsked == 1);
    CHECK(f.restAsked == 1);
    CHECK(report.linesImported == 2);
    CHECK(report.dateOrder == DateOrder::DayMonthYear);
    // One snapshot for the one import; the check took none.
    CHECK(BackupSnapshots::list(f.path) == QStringList{report.snapshot});
    CHECK(passes == 2); // the check, then the import
}

TEST_CASE("After an import a summary says what came in, and Show Customers goes to them")
{
    CustomersFixture f;
    f.imports()->setQuestions(std::nullopt); // the dialogs a user sees
    REQUIRE(qobject_cast<ProfilesPage *>(f.window.currentPage()) != nullptr);
    QStringList rows;
    whenShown<ImportSummaryDialog>([&](ImportSummaryDialog *summary) {
        auto *form = summary->findChild<QFormLayout *>();
        REQUIRE(form != nullptr);
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label =
                qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
            auto *value =
                qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
            rows << label->text() + u' ' + value->text();
        }
        summary->showCustomersButton()->click();
    });
    const ImportReport report = f.imports()->importFile(
        CustomersFixture::fixture("xero-currencies.csv"), ImportReport::Kind::Invoices);
    REQUIRE(report.committed());
    CHECK(rows.contains(QStringLiteral("Imported: 10 lines in 10 documents")));
    CHECK(rows.contains(QStringLiteral("Already present: 0 lines in 0 documents")));
    CHECK(rows.contains(QStringLiteral("New customers: %1").arg(report.customersAdded)));
    CHECK(rows.contains(QStringLiteral("Skipped: none")));
    // Sales in other currencies than the chart's are named; a draft is no sale.
    const QString others = rows.filter(QStringLiteral("Other currencies:")).value(0);
    CHECK(others.contains(QStringLiteral("NZD (5 documents)")));
    CHECK_FALSE(others.contains(QStringLiteral("USD")));
    CHECK_FALSE(others.contains(QStringLiteral("AUD (")));
    // Show Customers went to them; the status bar still has the one-line summary.
    CHECK(qobject_cast<CustomersPage *>(f.window.currentPage()) != nullptr);
    CHECK(f.window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported invoices")));
}
