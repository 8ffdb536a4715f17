#pragma once

#include "clientele/domain/result.h"
#include "clientele/storage/import/columnmapping.h"
#include "clientele/storage/import/dateparser.h"
#include "clientele/storage/import/importproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <vector>

namespace clientele {

// What one import did, or why it did nothing: counts for the summary, the lines that could not
// be read (file, line, column, why), and the lines kept but not counted as sales. The user can
// save it as text or CSV. The check pass (InvoiceImporter::check) fills in the same report with
// what an import would do, without writing anything.
struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(clientele::ImportReport)

public:
    enum class Outcome {
        Imported,       // committed
        Ready,          // the check pass found nothing in the way; nothing was written
        Cancelled,      // stopped by the user; nothing was written
        ProblemsFound,  // some lines cannot be read and allowProblems was off; nothing written
        NeedsDateOrder, // day/month order unknown and no option settles it; nothing written
        NeedsMapping,   // columns not recognised and no mapping given or remembered
        Failed          // the file or the workspace cannot be read or written, or the file is
                        // not what the import takes (no sales, a contacts file); see `error`
    };
    enum class Kind { Invoices, Contacts };

    Outcome outcome = Outcome::Failed;
    Kind kind = Kind::Invoices;
    QString error; // a sentence for the user whenever nothing was imported
    QString file;
    bool check = false;                          // the counts say what an import would do
    ImportFormat format = ImportFormat::Unknown; // what the file is, also when it was refused
    QStringList header;
    QString headerSignature;
    DateOrder dateOrder = DateOrder::Auto;
    QString snapshot; // the verified backup taken before writing, when one was taken
    qint64 importId = 0;

    qint64 records = 0;             // data records read, not counting the header
    qint64 linesImported = 0;       // invoice lines (or contacts) stored by this import
    qint64 linesAlreadyPresent = 0; // stored by an earlier import of the same documents
    qint64 documentsImported = 0;   // invoices, credit notes, ... (or contacts added)
    qint64 documentsAlreadyPresent = 0;
    qint64 contactsUpdated = 0; // contacts whose details changed
    qint64 customersAdded = 0;
    qint64 salesDocuments = 0;    // sales invoices and credit notes in the file, new or not
    qint64 purchaseDocuments = 0; // bills and vendor credit notes, read and not stored
    qint64 purchaseLines = 0;
    // Currency code -> sales documents this import stored in it (what an import brought in).
    QMap<QString, qint64> salesByCurrency;
    QMap<QString, qint64> notSales; // reason ("draft", "voided", ...) -> lines stored as not sales
    QList<ImportProblem> problems;
    // NeedsDateOrder from a check: the report under each order the user may choose (its
    // `dateOrder` set), so the answer needs no second reading of the file.
    std::vector<ImportReport> dateOrderChoices;

    bool committed() const { return outcome == Outcome::Imported; }
    // The check's report had the user chosen `order`; null when the check offered no such choice.
    const ImportReport *choice(DateOrder order) const;
    // Distinct lines that could not be read (a problem with the whole file counts none).
    qint64 skippedLines() const;
    // Several lines for the CLI and the report dialog.
    QString summary() const;
    // Every problem as "file:line: column: why", one per line.
    QString problemsText() const;
    // The problems as CSV with a header: file,line,column,problem.
    QString problemsCsv() const;
    // Writes summary and problems; CSV (problems only) when the name ends in ".csv".
    Status save(const QString &path) const;
};

// A reason of ImportReport::notSales as the user reads it. The reasons are kept in English, as
// the workspace stores them with the lines.
QString notSaleReasonText(const QString &reason);

} // namespace clientele
