#pragma once

#include "clientele/domain/result.h"

#include <QByteArray>
#include <QString>

namespace clientele {

// The built-in sample: a small ERP/accounting-integration consultancy and its ideal customer,
// so a first-time user sees a finished profile before writing their own.
QByteArray sampleWorkspaceJson();

// Creates a new workspace at `path` holding the sample; refuses an existing file and leaves
// nothing behind on failure.
Status writeSampleWorkspace(const QString &path);

} // namespace clientele
