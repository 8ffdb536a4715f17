#include "clicommand.h"
#include "importcommon.h"

#include "clientele/storage/contactimporter.h"

namespace clientele::cli {

CliCommand importContactsCommand()
{
    static const QString usage =
        QStringLiteral("import-contacts FILE CSV [--format auto|xero|odoo] [--allow-problems] "
                       "[--report PATH] [--dry-run] [--map FIELD=HEADER,...]");
    return {
        QStringLiteral("import-contacts"),
        Cli::tr("Import a Xero or Odoo contacts export: customer names and locations."),
        [](QCommandLineParser &parser) { declareImportOptions(parser, false); },
        [](const QCommandLineParser &parser) {
            return runImport(
                parser, false, usage,
                {[](const QString &workspace, const QString &csv, const ImportOptions &options) {
                     return ContactImporter(workspace).check(csv, options);
                 },
                 [](const QString &workspace, const QString &csv, const ImportOptions &options) {
                     return ContactImporter(workspace).run(csv, options);
                 }});
        },
    };
}

} // namespace clientele::cli
