#include "clicommand.h"

#include "clientele/core/prospectcsv.h"
#include "clientele/storage/import/importreport.h"

namespace clientele::cli {

CliCommand importProspectsCommand()
{
    static const QString usage = QStringLiteral("import-prospects FILE CSV");
    return {
        QStringLiteral("import-prospects"),
        Cli::tr("Import prospects from a CSV file with a Company column and the chart's "
                "attribute names as headers, or from a Xero or Odoo contacts export."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(QStringLiteral("CSV"), Cli::tr("The prospect list."));
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            const QString path = parser.positionalArguments().at(0);
            auto workspace = openToWrite(path);
            if (!workspace)
                return fail(workspace.errorMessage());
            const auto imported =
                importProspectsCsv(**workspace, parser.positionalArguments().at(1));
            if (!imported)
                return fail(imported.errorMessage());
            QString text =
                Cli::tr("Added %n prospects.", nullptr, int(imported->added.size())) + u'\n';
            for (const QString &company : imported->added)
                text += QStringLiteral("  %1\n").arg(company);
            if (!imported->skipped.isEmpty()) {
                text += Cli::tr("Skipped or left out:") + u'\n';
                ImportReport report;
                report.problems = imported->skipped;
                text += report.problemsText();
            }
            print(text);
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
