#pragma once

#include <QString>

namespace clientele {

// A PDF file name from what the user called the thing: characters some systems forbid in file
// names become dashes, and an empty name falls back to `fallback`.
QString safeFileName(const QString &name, const QString &fallback);

} // namespace clientele
