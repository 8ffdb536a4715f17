#pragma once

// The commands that list what a workspace holds (offers, proposals, history): one FILE, text
// or --json.

#include "clicommand.h"

#include <string>

namespace clientele::cli {

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

// FILE and --json.
void declareListing(QCommandLineParser &parser);
// Opens the workspace named by the one positional argument, read-only.
Result<std::unique_ptr<Workspace>> openForListing(const QCommandLineParser &parser);

} // namespace clientele::cli
