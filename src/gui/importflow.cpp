#include "clientele/gui/importflow.h"

#include "clientele/gui/importdateorderdialog.h"
#include "clientele/gui/importmappingdialog.h"
#include "clientele/gui/importreportdialog.h"
#include "clientele/gui/importrunner.h"
#include "clientele/gui/importsummarydialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace clientele {

namespace {

ImportReport gaveUp(ImportReport report)
{
    report.outcome = ImportReport::Outcome::Cancelled;
    report.error = ImportFlow::tr("The import was cancelled; nothing was imported.");
    return report;
}

} // namespace

ImportFlow::ImportFlow(ImportReport::Kind kind, QString workspacePath, QWidget *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_workspacePath(std::move(workspacePath))
    , m_parent(parent)
    , m_questions(dialogQuestions(parent))
{
}

ImportQuestions ImportFlow::dialogQuestions(QWidget *parent)
{
    ImportQuestions questions;
    questions.mapping = [parent](const ImportPreview &preview) -> std::optional<ColumnMapping> {
        ImportMappingDialog dialog(preview, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.mapping();
    };
    questions.dateOrder = [parent](const QString &file,
                                   const QStringList &examples) -> std::optional<DateOrder> {
        ImportDateOrderDialog dialog(QFileInfo(file).fileName(), examples, parent);
        if (dialog.exec() != QDialog::Accepted || dialog.order() == DateOrder::Auto)
            return std::nullopt;
        return dialog.order();
    };
    questions.importRest = [parent](const ImportReport &report) {
        ImportReportDialog dialog(report, ImportReportDialog::Mode::AskToImportRest, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    questions.failed = [parent](const ImportReport &report) {
        QMessageBox box(
            QMessageBox::Warning, tr("Nothing Imported"),
            tr("\u201C%1\u201D could not be imported.").arg(QFileInfo(report.file).fileName()),
            QMessageBox::Ok, parent);
        box.setInformativeText(report.error + tr("\n\nThe workspace is unchanged."));
        box.exec();
    };
    questions.imported = [parent](const ImportReport &report, const QString &homeCurrency) {
        ImportSummaryDialog dialog(report, homeCurrency, parent);
        dialog.exec();
        return dialog.showCustomersChosen();
    };
    return questions;
}

ImportReport ImportFlow::pass(const QString &csvPath, const ImportOptions &options, bool check)
{
    ImportRunner runner(m_kind, m_workspacePath, m_parent);
    Q_EMIT runnerStarted(&runner);
    return runner.run(csvPath, options,
                      check ? ImportRunner::Pass::Check : ImportRunner::Pass::Import);
}

ImportReport ImportFlow::run(const QString &csvPath)
{
    using Outcome = ImportReport::Outcome;
    ImportOptions options;
    ImportReport report = pass(csvPath, options, true);
    // Each answer settles one question for good, so this ends after at most three questions.
    while (report.outcome != Outcome::Ready) {
        switch (report.outcome) {
        case Outcome::Ready:
        case Outcome::Imported: break;
        case Outcome::Cancelled: return report;
        case Outcome::Failed:
            if (m_questions.failed)
                m_questions.failed(report);
            return report;
        case Outcome::NeedsMapping: {
            if (options.read.mapping)
                return report; // a mapping was given and still does not fit
            const std::optional<ColumnMapping> mapping =
                m_questions.mapping(readImportPreview(csvPath, m_kind));
            if (!mapping)
                return gaveUp(report);
            options.read.mapping = *mapping;
            report = pass(csvPath, options, true);
            break;
        }
        case Outcome::NeedsDateOrder: {
            const ColumnMapping mapping =
                options.read.mapping ? *options.read.mapping : recogniseHeader(report.header);
            const QStringList examples =
                readImportPreview(csvPath, m_kind).examples(mapping.date, 6);
            const std::optional<DateOrder> order = m_questions.dateOrder(csvPath, examples);
            if (!order)
                return gaveUp(report);
            const ImportReport *chosen = report.choice(*order);
            if (!chosen)
                return report;
            report = *chosen;
            break;
        }
        case Outcome::ProblemsFound:
            if (options.allowProblems || !m_questions.importRest(report))
                return gaveUp(report);
            options.allowProblems = true;
            report.outcome = Outcome::Ready;
            break;
        }
    }
    // The check settled the date order (or found none needed): the import reads it that way
    // and holds nothing back waiting for it.
    if (m_kind == ImportReport::Kind::Invoices && report.dateOrder != DateOrder::Auto)
        options.read.dateOrder = report.dateOrder;
    report = pass(csvPath, options, false);
    if (report.outcome == Outcome::Failed && m_questions.failed)
        m_questions.failed(report);
    return report;
}

QString importSummary(const ImportReport &report)
{
    const QLocale locale;
    const QString name = QFileInfo(report.file).fileName();
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    if (report.kind == ImportReport::Kind::Contacts)
        return ImportFlow::tr("Imported contacts from %1: %2 read, %3 added, %4 updated, %5 "
                              "already present, %6 skipped.")
            .arg(name, n(report.records), n(report.documentsImported), n(report.contactsUpdated),
                 n(report.documentsAlreadyPresent), n(report.skippedLines()));
    //: The plural form follows the number of lines read (%2).
    return ImportFlow::tr("Imported invoices from %1: %2 lines read, %3 imported, %4 already "
                          "present, %5 skipped (%6 new customers).",
                          nullptr, int(report.records))
        .arg(name, n(report.records), n(report.linesImported), n(report.linesAlreadyPresent),
             n(report.skippedLines()), n(report.customersAdded));
}

} // namespace clientele
