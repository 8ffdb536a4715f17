#pragma once

#include "clientele/storage/import/readoptions.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace clientele {

// How an import into a workspace runs. `read.progress` and `read.cancelled` are called from the
// thread running the import; a GUI passes functions safe to call there (an atomic flag).
struct ImportOptions {
    ReadOptions read;
    // Import the readable lines although some cannot be read; without it any problem aborts the
    // whole import and only the report comes back.
    bool allowProblems = false;
    // Take a verified backup snapshot (see BackupSnapshots) before writing anything; it is kept
    // only when the import commits.
    bool snapshot = true;
    // Called on the importing thread once the first document is written inside the import's
    // transaction (a progress label says "Writing…" from then on).
    std::function<void()> writing;
    // A mapping named by field keys and header names (`--map customer=Client,…`), resolved
    // against the file's header row; wins over recognition and is remembered like one the
    // column-mapping dialog gives.
    QList<std::pair<QString, QString>> namedMapping;
};

} // namespace clientele
