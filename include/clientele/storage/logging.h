#pragma once

#include <QString>

namespace clientele {

// Sends log records to a rotating file (when `logFile` is given) and to stderr: records at
// warning level and above always, everything when `verbose`. Never to stdout, which belongs
// to the command line's results.
void configureLogging(const QString &logFile, bool verbose);

} // namespace clientele
