#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"
#include "clientele/storage/workspacefile.h"

#include <QFile>

#include <memory>

namespace clientele::detail {

// What both importers do around their own work: open the CSV and the workspace, find a
// remembered column mapping, take the snapshot, record the import, and turn failures into the
// report's outcome and message.
class ImportSession {
public:
    ImportSession(ImportReport &report, ImportOptions &options);

    // Opens both files, applies a remembered mapping, takes the snapshot. False: `report` says
    // why.
    bool begin(const QString &workspacePath, const QString &csvPath);

    QFile &csv() { return m_csv; }
    WorkspaceFile &workspace() { return *m_workspace; }
    SQLite::Database &db() { return m_workspace->database(); }

    // Inside the transaction: the import's row, filled in by finishImportRow().
    qint64 insertImportRow();
    void finishImportRow();
    // Remembers a mapping the caller gave, under the file's header signature.
    void rememberMapping();

    // Settles the outcome after reading; false when the transaction must be rolled back.
    bool accept(bool cancelled, bool needsMapping, bool needsDateOrder);
    void fail(const std::exception &e);

private:
    ImportReport &m_report;
    ImportOptions &m_options;
    QFile m_csv;
    std::unique_ptr<WorkspaceFile> m_workspace;
    bool m_mappingGiven = false;
};

// "Acme  Pty Ltd " and "ACME PTY LTD" are one customer.
QString customerKey(const QString &name);

} // namespace clientele::detail
