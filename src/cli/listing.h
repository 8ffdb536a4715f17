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

// A value on one line, in double quotes: its line breaks and tabs shown as \n and \t.
QString oneLine(const QString &value);

// What a listing prints from the workspace, opened read-only: a JSON array with --json, else
// text; returns the exit code.
using Lister = std::function<int(Workspace &workspace, bool json)>;

// Declares a listing's FILE and --json.
void declareListing(QCommandLineParser &parser);

// A command `NAME FILE [--json]` that checks its arguments, opens FILE read-only and lists.
CliCommand listingCommand(const QString &name, const QString &summary, const Lister &list);

} // namespace clientele::cli
