#include "clientele/storage/invoiceimporter.h"

#include "clientele/storage/import/invoicefilereader.h"
#include "groupqueue.h"
#include "import/importsession.h"
#include "invoicetally.h"
#include "invoicewriter.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele {

namespace {

bool undecided(const DateOrderVerdict &verdict)
{
    return verdict.state == DateOrderVerdict::State::Ambiguous
           || verdict.state == DateOrderVerdict::State::Contradictory;
}

// The file held documents and not one of them a sale: nothing of it belongs among customers.
bool holdsNoSales(const ImportReport &report)
{
    const qint64 documents =
        report.documentsImported + report.documentsAlreadyPresent + report.purchaseDocuments;
    return report.salesDocuments == 0 && documents > 0;
}

QString noSalesMessage(const ImportReport &report)
{
    QStringList held;
    if (report.purchaseDocuments > 0)
        held << QCoreApplication::translate("clientele::Import", "%n purchase documents (bills)",
                                            nullptr, int(report.purchaseDocuments));
    for (auto it = report.notSales.cbegin(); it != report.notSales.cend(); ++it)
        held << QCoreApplication::translate("clientele::Import", "%n lines that are not sales (%1)",
                                            nullptr, int(it.value()))
                    .arg(notSaleReasonText(it.key()));
    QString all = held.value(0);
    for (qsizetype i = 1; i < held.size(); ++i)
        all = QCoreApplication::translate("clientele::Import", "%1 and %2").arg(all, held.at(i));
    return QCoreApplication::translate("clientele::Import",
                                       "\u201C%1\u201D holds no sales invoices or credit notes, "
                                       "only %2, so it adds no customers. Export the sales "
                                       "invoices instead.")
        .arg(QFileInfo(report.file).fileName(), all);
}

// The outcome of a check under one date order.
void settleCheck(ImportReport &report, bool allowProblems)
{
    using Outcome = ImportReport::Outcome;
    if (holdsNoSales(report)) {
        report.outcome = Outcome::Failed;
        report.error = noSalesMessage(report);
    } else if (!report.problems.isEmpty() && !allowProblems) {
        report.outcome = Outcome::ProblemsFound;
        report.error = QCoreApplication::translate("clientele::Import",
                                                   "%n lines of \u201C%1\u201D cannot be read; "
                                                   "import the rest only if you agree.",
                                                   nullptr, int(report.skippedLines()))
                           .arg(QFileInfo(report.file).fileName());
    } else {
        report.outcome = Outcome::Ready;
        report.error.clear();
    }
}

void takeReading(ImportReport &report, const InvoiceReadResult &read)
{
    if (read.mapping.format != ImportFormat::Unknown || report.format == ImportFormat::Unknown)
        report.format = read.mapping.format;
    report.header = read.header;
    report.headerSignature = read.headerSignature;
    report.records = read.records;
    report.problems = read.problems;
}

} // namespace

ImportReport InvoiceImporter::check(const QString &csvPath, const ImportOptions &given)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Invoices;
    report.check = true;
    ImportOptions options = given;
    detail::ImportSession session(report, options);
    if (!session.begin(m_workspacePath, csvPath, WorkspaceFile::Access::ReadOnly))
        return session.finish();
    try {
        const DateOrder fixed = options.read.dateOrder;
        const QList<DateOrder> orders =
            fixed != DateOrder::Auto
                ? QList<DateOrder>{fixed}
                : QList<DateOrder>{DateOrder::DayMonthYear, DateOrder::MonthDayYear};
        detail::InvoiceTally tally(session.db(), orders);
        detail::DocumentPreparer preparer(session.documentSource());
        InvoiceReadResult read;
        const Status status = detail::readWhileStoring<Status>(
            preparer,
            [&](const InvoiceSink &sink) {
                return streamInvoiceGroups(session.csv(), csvPath, options.read, sink, read);
            },
            [&](const detail::ReadDocument &document) { tally.add(document); });
        if (!status) {
            report.error = status.errorMessage();
            return session.finish();
        }
        takeReading(report, read);
        if (read.cancelled || read.needsMapping()) {
            session.accept(read.cancelled, read.needsMapping(), false);
            return session.finish();
        }

        const QString dateColumn = read.header.value(read.mapping.date);
        const DateOrderVerdict verdict = tally.verdict();
        if (fixed == DateOrder::Auto && undecided(verdict)) {
            for (const DateOrder order : orders) {
                ImportReport choice = tally.report(order, report, dateColumn);
                settleCheck(choice, options.allowProblems);
                report.dateOrderChoices.push_back(std::move(choice));
            }
            report.problems.append({csvPath, 0, 0, dateColumn, verdict.describe()});
            sortProblems(report.problems);
            session.accept(false, false, true);
            return session.finish();
        }
        const DateOrder order = fixed != DateOrder::Auto ? fixed
                                : verdict.order == DateOrder::MonthDayYear
                                    ? DateOrder::MonthDayYear
                                    : DateOrder::DayMonthYear;
        report = tally.report(order, report, dateColumn);
        // A file of year-first dates (or none) has no day/month order to report.
        if (fixed == DateOrder::Auto && verdict.state == DateOrderVerdict::State::NotNeeded)
            report.dateOrder = verdict.order;
        settleCheck(report, options.allowProblems);
    } catch (const std::exception &e) {
        session.fail(e);
    }
    return session.finish();
}

ImportReport InvoiceImporter::run(const QString &csvPath, const ImportOptions &given)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Invoices;
    ImportOptions options = given;
    detail::ImportSession session(report, options);
    if (!session.begin(m_workspacePath, csvPath) || !session.takeSnapshot())
        return session.finish();
    SQLite::Database &db = session.db();
    const auto discardCounts = [&report] {
        report.linesImported = report.documentsImported = report.customersAdded = 0;
        report.linesAlreadyPresent = report.documentsAlreadyPresent = 0;
        report.notSales.clear();
    };
    try {
        detail::ImportConnectionSettings settings(db);
        SQLite::Transaction transaction(db);
        const qint64 importId = session.insertImportRow();
        detail::InvoiceWriter writer(db, report, importId);
        detail::DocumentPreparer preparer(session.documentSource());
        bool written = false;
        const Result<InvoiceReadResult> read = detail::readWhileStoring<Result<InvoiceReadResult>>(
            preparer,
            [&](const InvoiceSink &sink) {
                return streamInvoices(session.csv(), csvPath, options.read, sink);
            },
            [&](const detail::ReadDocument &document) {
                writer.store(document);
                if (!written && options.writing) {
                    options.writing();
                    written = true;
                }
            });
        if (!read) {
            report.outcome = ImportReport::Outcome::Failed;
            report.error = read.errorMessage();
            discardCounts();
            return session.finish(); // the transaction rolls back
        }
        takeReading(report, *read);
        report.dateOrder = read->dateOrder;
        if (!session.accept(read->cancelled, read->needsMapping(), read->needsDateOrder())) {
            discardCounts();
            return session.finish();
        }
        if (holdsNoSales(report)) {
            report.outcome = ImportReport::Outcome::Failed;
            report.error = noSalesMessage(report);
            discardCounts();
            return session.finish();
        }
        session.finishImportRow();
        session.rememberMapping();
        writer.refreshSummaries(db, preparer.labels());
        transaction.commit();
    } catch (const std::exception &e) {
        session.fail(e);
        discardCounts();
    }
    return session.finish();
}

} // namespace clientele
