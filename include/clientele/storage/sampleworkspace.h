#pragma once

#include "clientele/domain/result.h"

#include <QByteArray>
#include <QString>

namespace clientele {

// The built-in sample: a small ERP/accounting-integration consultancy and its ideal customer,
// so a first-time user sees a finished profile before writing their own.
QByteArray sampleWorkspaceJson();

// Creates a new workspace at `path` from the sample JSON (every migration, then an import);
// refuses an existing file and leaves nothing behind on failure. The build runs this once
// (clientele-make-sample) to make the ready-made sample the app copies.
Status buildSampleWorkspace(const QString &path);

// Where a program keeps the ready-made sample file, if it was built with one (the app is).
extern const QString kReadySampleResource;

// Creates the sample at `path`: a copy of the ready-made file with new uuids for all its items
// when the program has one, else built from the JSON. Either way no two samples share an item's
// identity. Refuses an existing file and leaves nothing behind on failure.
Status writeSampleWorkspace(const QString &path);

} // namespace clientele
