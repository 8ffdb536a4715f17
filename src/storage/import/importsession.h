#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"
#include "clientele/storage/workspacefile.h"

#include <QDateTime>
#include <QFile>

#include <memory>

namespace clientele::detail {

// What both importers do around their own work, for the check pass and the committing one:
// open the CSV and the workspace, read the header row (refusing a file of the other kind and
// applying a remembered column mapping), take and if need be discard the snapshot, record the
// import, and turn failures into the report's outcome and message.
class ImportSession {
public:
    ImportSession(ImportReport &report, ImportOptions &options);
    ~ImportSession();
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;

    // Opens both files and reads the header row. False: `report` says why. A check opens the
    // workspace read-only.
    bool begin(const QString &workspacePath, const QString &csvPath,
               WorkspaceFile::Access access = WorkspaceFile::Access::ReadWrite);

    QFile &csv() { return m_csv; }
    WorkspaceFile &workspace() { return *m_workspace; }
    SQLite::Database &db() { return m_workspace->database(); }
    // The format the header row shows, Unknown for a file only a mapping can read.
    ImportFormat format() const { return m_format; }
    // The source documents of this file are keyed under (see DocumentKeys).
    QString documentSource() const;

    // The verified snapshot taken before writing; discarded again unless the import commits,
    // when it is labelled with the file and its size and pushes the oldest one out.
    bool takeSnapshot();

    // Inside the transaction: the import's row, filled in by finishImportRow().
    qint64 insertImportRow();
    void finishImportRow();
    // Remembers a mapping the caller gave, under the file's header signature.
    void rememberMapping();

    // Settles the outcome after reading; false when nothing is to be written (or, for a check,
    // when something stands in the way).
    bool accept(bool cancelled, bool needsMapping, bool needsDateOrder);
    void fail(const std::exception &e);
    // The report to hand back; a snapshot taken for an import that did not commit is removed.
    ImportReport finish();

private:
    bool readHead();
    QDateTime importTime();
    // "Before importing “inv.csv”, 20,000 lines"; without the count while it is unknown (< 0).
    QString snapshotLabel(qint64 records) const;

    ImportReport &m_report;
    ImportOptions &m_options;
    QFile m_csv;
    std::unique_ptr<WorkspaceFile> m_workspace;
    ImportFormat m_format = ImportFormat::Unknown;
    QString m_headerSignature;
    bool m_mappingGiven = false;
    bool m_snapshotSettled = false;
};

// "Acme  Pty Ltd " and "ACME PTY LTD" are one customer.
QString customerKey(const QString &name);

} // namespace clientele::detail
