#pragma once

#include "clientele/storage/import/readoptions.h"

namespace clientele {

// How an import into a workspace runs. `read.progress` and `read.cancelled` are called from the
// thread running the import; a GUI passes functions safe to call there (an atomic flag).
struct ImportOptions {
    ReadOptions read;
    // Import the readable lines although some cannot be read; without it any problem aborts the
    // whole import and only the report comes back.
    bool allowProblems = false;
    // Take a verified backup snapshot (see BackupSnapshots) before writing anything.
    bool snapshot = true;
};

} // namespace clientele
