#pragma once

#include "clientele/domain/result.h"
#include "clientele/storage/import/importproblem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

class Workspace;

// What importing a prospect list did.
struct ProspectImport {
    QStringList added; // the companies added, in file order
    // Rows skipped (their company already present or missing) and cells that could not be read
    // (the rest of their row was imported), by line; each names file, line and column.
    QList<ImportProblem> skipped;
};

// Imports prospects from a CSV file as one undo step ("Import 12 prospects"). The header names
// the columns: `Company` and any of `Contact`, `Systems`, `Source`, `Notes`, `Status`,
// `Last contact` and the chart's attribute labels, case-insensitive; each attribute cell is read
// as the chart grid reads typed text. Xero and Odoo contact exports give company and location
// (the city). A company already in the workspace (trimmed, case-insensitive) is skipped, so
// importing a file twice adds nothing. A file that cannot be read, or whose header has no
// company column, is an error naming the file, and nothing is added.
// Columns the user named (column index -> a field's key from prospectFields()) read as that
// field whatever their header says; with any given, a contacts export is not tried.
using ProspectColumns = QHash<int, QString>;
Result<ProspectImport> importProspectsCsv(Workspace &workspace, const QString &path,
                                          const ProspectColumns &columns = {});

// A field a column can be read as: its key (the header the import reads) and what to call it.
struct ProspectField {
    QString key;
    QString label;
};
// Company, the other fixed fields, then the chart's attributes.
QList<ProspectField> prospectFields(const Workspace &workspace);
// The header and up to `rows` first rows, for the column-mapping dialog.
Result<QList<QStringList>> previewProspectCsv(const QString &path, int rows = 5);

// The workspace's prospects as CSV with the headers the import reads, which imports back to the
// same prospects.
QString prospectsCsv(const Workspace &workspace);
Status exportProspectsCsv(const Workspace &workspace, const QString &path);

} // namespace clientele
