#pragma once

#include <QString>

namespace clientele {

// SQLite's locking is not safe on network file systems, and sync clients copy files while they
// are written. Returns a warning for the user when the workspace lives in such a place, or an
// empty string when the location is fine.
QString riskyLocationWarning(const QString &workspacePath);

} // namespace clientele
