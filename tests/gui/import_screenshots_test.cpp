// Pictures of the import dialogs and the pick-top preview, for looking at them by eye. Hidden
// from the suite: run with CLIENTELE_SHOT_DIR set and the tag [.screenshots].
#include "customersfixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/domain/attributeset.h"
#include "clientele/gui/importdateorderdialog.h"
#include "clientele/gui/importmappingdialog.h"
#include "clientele/gui/importreportdialog.h"
#include "clientele/gui/importrunner.h"
#include "clientele/gui/picktopdialog.h"
#include "clientele/storage/invoiceimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>

using namespace clientele;

namespace {

void save(QWidget *widget, const char *name)
{
    widget->show();
    QTest::qWait(150);
    const QString dir = qEnvironmentVariable("CLIENTELE_SHOT_DIR", QDir::tempPath());
    CHECK(widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
}

} // namespace

TEST_CASE("Screenshots of the import dialogs", "[.screenshots]")
{
    CustomersFixture f;
    f.window.resize(1400, 900);
    f.showCustomers();
    save(&f.window, "customers-empty.png");

    ImportMappingDialog mapping(readImportPreview(CustomersFixture::fixture("generic-mapped.csv"),
                                                  ImportReport::Kind::Invoices),
                                &f.window);
    save(&mapping, "import-mapping.png");

    const QString ambiguous = CustomersFixture::fixture("xero-invoices-ambiguous.csv");
    ImportDateOrderDialog order(
        QStringLiteral("xero-invoices-ambiguous.csv"),
        readImportPreview(ambiguous, ImportReport::Kind::Invoices).examples(20), &f.window);
    save(&order, "import-date-order.png");

    f.import(CustomersFixture::fixture("invoices-bad-lines.csv"));
    ImportOptions strict;
    strict.snapshot = false;
    ImportReport report =
        InvoiceImporter(f.path).run(CustomersFixture::fixture("invoices-bad-lines.csv"), strict);
    ImportReportDialog problems(report, ImportReportDialog::Mode::AskToImportRest, &f.window);
    save(&problems, "import-report.png");

    REQUIRE(f.import(CustomersFixture::fixture("xero-history.csv")).committed());
    ChartEditor *editor = f.workspace().chart();
    const qint64 alpha = editor->addClient(QStringLiteral("Alpha Pty Ltd"));
    editor->setCellText(alpha, editor->chart().attribute(StandardAttribute::SpendPerMonth)->id,
                        QStringLiteral("$500"));
    PickTopDialog pick(&f.workspace(), &f.window);
    pick.setCount(3);
    save(&pick, "pick-top.png");
}

// A big export through the GUI flow: progress arrives several times a second and the window
// keeps painting. Run with CLIENTELE_BIG_CSV set to, say, bench's generated million lines.
TEST_CASE("A big import reports progress often", "[.bigimport]")
{
    const QString csv = qEnvironmentVariable("CLIENTELE_BIG_CSV");
    if (csv.isEmpty()) {
        WARN("set CLIENTELE_BIG_CSV to a big invoice export");
        return;
    }
    CustomersFixture f;
    ImportFlow flow(ImportReport::Kind::Invoices, f.path, &f.window);
    flow.setQuestions(f.questions);
    QElapsedTimer clock;
    QList<qint64> stamps;
    bool shot = false;
    QObject::connect(&flow, &ImportFlow::runnerStarted, &f.window, [&](ImportRunner *runner) {
        QObject::connect(runner, &ImportRunner::progressed, &f.window,
                         [&, runner](qint64 done, qint64 total) {
                             stamps.append(clock.elapsed());
                             if (!shot && total > 0 && done * 3 > total) {
                                 shot = true;
                                 save(runner->progressDialog(), "import-progress.png");
                             }
                         });
    });
    clock.start();
    const ImportReport report = flow.run(csv);
    CHECK(report.committed());
    qint64 longestGap = 0;
    for (int i = 1; i < stamps.size(); ++i)
        longestGap = qMax(longestGap, stamps[i] - stamps[i - 1]);
    WARN("import took " << clock.elapsed() << " ms, " << stamps.size()
                        << " progress updates, longest gap " << longestGap << " ms");
}
