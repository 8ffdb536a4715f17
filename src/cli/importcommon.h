#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

#include <QCommandLineParser>

#include <functional>

namespace clientele::cli {

// What import-invoices and import-contacts share: their options, progress on a terminal, and
// how a report becomes output and an exit code.
void declareImportOptions(QCommandLineParser &parser, bool invoices);

using ImportPass = std::function<ImportReport(const QString &workspace, const QString &csv,
                                              const ImportOptions &)>;
// The read-only check (what --dry-run prints) and the committing import.
struct Importer {
    ImportPass check;
    ImportPass run;
};
int runImport(const QCommandLineParser &parser, bool invoices, const QString &usage,
              const Importer &import);

} // namespace clientele::cli
