#pragma once

#include "clientele/domain/result.h"

#include <QString>

namespace clientele {

// What a file on disk turns out to be, judged without writing a byte to it.
struct FileVerdict {
    int schemaVersion = 0;
};

// Reads a candidate workspace's header and schema read-only and says why it cannot be opened:
// missing, empty, text, another program's database, truncated, damaged, or from a newer version.
Result<FileVerdict> inspectWorkspaceFile(const QString &path, int latestSchemaVersion,
                                         int applicationId);

} // namespace clientele
