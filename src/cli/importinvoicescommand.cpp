#include "clicommand.h"
#include "importcommon.h"

#include "clientele/storage/invoiceimporter.h"

namespace clientele::cli {

CliCommand importInvoicesCommand()
{
    static const QString usage = QStringLiteral(
        "import-invoices FILE CSV [--format auto|xero|odoo] [--date-order dmy|mdy|ymd] "
        "[--allow-problems] [--report PATH] [--dry-run] [--map FIELD=HEADER,...]");
    return {
        QStringLiteral("import-invoices"),
        Cli::tr("Import a Xero or Odoo invoice export into a workspace."),
        [](QCommandLineParser &parser) { declareImportOptions(parser, true); },
        [](const QCommandLineParser &parser) {
            return runImport(
                parser, true, usage,
                {[](const QString &workspace, const QString &csv, const ImportOptions &options) {
                     return InvoiceImporter(workspace).check(csv, options);
                 },
                 [](const QString &workspace, const QString &csv, const ImportOptions &options) {
                     return InvoiceImporter(workspace).run(csv, options);
                 }});
        },
    };
}

} // namespace clientele::cli
