#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

namespace clientele {

// Imports an invoice export into a workspace as one transaction: an error, a cancel, lines that
// cannot be read (unless allowed) or an unsettled date order leave the workspace exactly as it
// was. Documents an earlier import stored are recognised and counted as already present, so the
// same file imported twice changes nothing. Opens its own connection to the workspace, so it
// can run on a worker thread while the GUI keeps its own (WAL lets that one go on reading; its
// writes wait for the import to end).
class InvoiceImporter {
public:
    explicit InvoiceImporter(QString workspacePath)
        : m_workspacePath(std::move(workspacePath))
    {
    }

    ImportReport run(const QString &csvPath, const ImportOptions &options = {});

private:
    QString m_workspacePath;
};

} // namespace clientele
