#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

namespace clientele {

// Imports an invoice export into a workspace in two passes. check() reads the whole file
// against the workspace without writing and reports what an import would do and every question
// it raises (columns, date order, unreadable lines, a file with no sales); run() then takes one
// snapshot and writes in one transaction: an error, a cancel, lines that cannot be read (unless
// allowed) or an unsettled date order leave the workspace exactly as it was. Documents an
// earlier import stored are counted as already present, so the same file imported twice
// changes nothing. Each pass opens its own connection to the workspace, so it can run on a
// worker thread while the GUI keeps its own (WAL lets that one go on reading; its writes wait
// for the import to end); run() reads the file on a thread of its own while it writes.
class InvoiceImporter {
public:
    explicit InvoiceImporter(QString workspacePath)
        : m_workspacePath(std::move(workspacePath))
    {
    }

    // The read-only check pass; the workspace and its folder are left byte for byte as they
    // were. With the date order open it offers the report under each order
    // (ImportReport::dateOrderChoices).
    ImportReport check(const QString &csvPath, const ImportOptions &options = {});
    // The committing pass.
    ImportReport run(const QString &csvPath, const ImportOptions &options = {});

private:
    QString m_workspacePath;
};

} // namespace clientele
