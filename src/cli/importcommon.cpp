#include "importcommon.h"

#include "clicommand.h"

#include "clientele/storage/import/mappablefield.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace clientele::cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kDateOrder = QStringLiteral("date-order");
const QString kAllowProblems = QStringLiteral("allow-problems");
const QString kReport = QStringLiteral("report");
const QString kNoSnapshot = QStringLiteral("no-snapshot");
const QString kDryRun = QStringLiteral("dry-run");
const QString kMap = QStringLiteral("map");

// "12%" on one line of a terminal, rewritten as the file is read; nothing when stderr is a
// pipe or a file, so scripts get clean output.
std::function<void(qint64, qint64)> terminalProgress()
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [last = -1](qint64 done, qint64 total) mutable {
        if (total <= 0)
            return;
        const int percent = static_cast<int>(done * 100 / total);
        if (percent == last)
            return;
        last = percent;
        std::fprintf(stderr, "\r%s", qPrintable(Cli::tr("Reading… %1%").arg(percent, 3)));
        if (percent >= 100)
            std::fputc('\n', stderr);
        std::fflush(stderr);
    };
}

} // namespace

void declareImportOptions(QCommandLineParser &parser, bool invoices)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
    parser.addPositionalArgument(QStringLiteral("CSV"),
                                 invoices ? Cli::tr("A Xero or Odoo invoice export.")
                                          : Cli::tr("A Xero or Odoo contacts export."));
    parser.addOption({kFormat, Cli::tr("auto (default), xero or odoo."), QStringLiteral("format"),
                      QStringLiteral("auto")});
    if (invoices) {
        parser.addOption(
            {kDateOrder,
             Cli::tr("dmy, mdy or ymd, for files whose dates could be read either way."),
             QStringLiteral("order")});
    }
    parser.addOption(
        {kAllowProblems, Cli::tr("Import the readable lines even if some cannot be read.")});
    parser.addOption({kReport, Cli::tr("Save the import report (.csv: problems as CSV)."),
                      QStringLiteral("path")});
    parser.addOption(
        {kNoSnapshot, Cli::tr("Do not keep a backup snapshot of the workspace first.")});
    parser.addOption({kDryRun, Cli::tr("Check the file and print what an import would do; the "
                                       "workspace is not changed.")});
    QStringList keys;
    for (const MappableField &field : mappableFields(invoices))
        keys << field.key;
    parser.addOption(
        {kMap,
         Cli::tr("For columns Clientele does not know: which column holds each field, as "
                 "FIELD=HEADER,FIELD=HEADER; remembered for files with the same columns. "
                 "Fields: %1.")
             .arg(keys.join(QStringLiteral(", "))),
         QStringLiteral("mapping")});
}

int runImport(const QCommandLineParser &parser, bool invoices, const QString &usage,
              const Importer &import)
{
    if (!expectArguments(parser, 2, usage))
        return Usage;
    ImportOptions options;
    const QString format = parser.value(kFormat).toLower();
    if (format == u"xero")
        options.read.format = invoices ? ImportFormat::XeroInvoices : ImportFormat::XeroContacts;
    else if (format == u"odoo")
        options.read.format = invoices ? ImportFormat::OdooInvoices : ImportFormat::OdooContacts;
    else if (format != u"auto")
        return usageError(Cli::tr("Unknown format \u201C%1\u201D: use auto, xero or odoo.")
                              .arg(parser.value(kFormat)),
                          usage);
    if (invoices && parser.isSet(kDateOrder)) {
        const QString order = parser.value(kDateOrder).toLower();
        if (order == u"dmy")
            options.read.dateOrder = DateOrder::DayMonthYear;
        else if (order == u"mdy")
            options.read.dateOrder = DateOrder::MonthDayYear;
        else if (order == u"ymd")
            options.read.dateOrder = DateOrder::YearMonthDay;
        else
            return usageError(Cli::tr("Unknown date order \u201C%1\u201D: use dmy, mdy or ymd.")
                                  .arg(parser.value(kDateOrder)),
                              usage);
    }
    if (parser.isSet(kMap)) {
        const auto pairs = parseMappingPairs(parser.value(kMap));
        if (!pairs)
            return usageError(QStringLiteral("--map: %1").arg(pairs.errorMessage()), usage);
        options.namedMapping = *pairs;
    }
    options.allowProblems = parser.isSet(kAllowProblems);
    options.snapshot = !parser.isSet(kNoSnapshot);
    options.read.progress = terminalProgress();

    const bool dryRun = parser.isSet(kDryRun);
    const QString workspace = parser.positionalArguments().at(0);
    const QString csv = parser.positionalArguments().at(1);
    const ImportReport report = (dryRun ? import.check : import.run)(workspace, csv, options);
    if (parser.isSet(kReport)) {
        if (const Status saved = report.save(parser.value(kReport)); !saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(Cli::tr("warning: %1").arg(saved.errorMessage())));
    }

    using Outcome = ImportReport::Outcome;
    const QString name = QFileInfo(csv).fileName();
    switch (report.outcome) {
    case Outcome::Imported:
    case Outcome::Ready: print(report.summary()); return Ok;
    case Outcome::ProblemsFound:
        print(report.summary());
        return fail((dryRun ? Cli::tr("%n lines of %1 cannot be read, so nothing would be "
                                      "imported; run again with --allow-problems to import the "
                                      "rest.",
                                      nullptr, int(report.skippedLines()))
                            : Cli::tr("%n lines of %1 cannot be read, so nothing was imported; "
                                      "run again with --allow-problems to import the rest.",
                                      nullptr, int(report.skippedLines())))
                        .arg(name));
    case Outcome::NeedsDateOrder:
        return fail(Cli::tr("the dates in %1 could be day/month/year or month/day/year; run "
                            "again with --date-order dmy or --date-order mdy.")
                        .arg(name));
    case Outcome::NeedsMapping:
        return fail(Cli::tr("the columns of %1 are not a Xero or Odoo export Clientele knows; "
                            "name them with --map (for example --map %2), or map them once in "
                            "the app; either is remembered.")
                        .arg(name, invoices
                                       ? QStringLiteral("customer=Client,date=Date,total=Amount")
                                       : QStringLiteral("name=Company,email=Email")));
    case Outcome::Cancelled:
    case Outcome::Failed: break;
    }
    // A file of the other kind: name the command that takes it.
    const bool contactsFile =
        report.format == ImportFormat::XeroContacts || report.format == ImportFormat::OdooContacts;
    const bool invoicesFile =
        report.format == ImportFormat::XeroInvoices || report.format == ImportFormat::OdooInvoices;
    if (invoices && contactsFile)
        return fail(Cli::tr("%1 Import it with: clientele-cli import-contacts %2 %3")
                        .arg(report.error, workspace, csv));
    if (!invoices && invoicesFile)
        return fail(Cli::tr("%1 Import it with: clientele-cli import-invoices %2 %3")
                        .arg(report.error, workspace, csv));
    if (report.purchaseDocuments > 0 || !report.notSales.isEmpty())
        print(report.summary());
    return fail(report.error);
}

} // namespace clientele::cli
