#pragma once

#include "clientele/domain/result.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace clientele {

class WorkspaceFile;

// The whole workspace as one JSON document, for backups, version control and moving content
// between workspaces. The format is described in docs/json-format.md.
inline constexpr const char *kWorkspaceJsonFormat = "clientele-workspace";
inline constexpr int kWorkspaceJsonFormatVersion = 4;
// Larger files are refused before they are read: a workspace's text is far smaller.
inline constexpr qint64 kMaxWorkspaceJsonBytes = 256LL * 1024 * 1024;

// Serialises the workspace; exporting, importing and exporting again gives identical text.
Result<std::string> exportWorkspaceJson(WorkspaceFile &file);
// Writes the export to `path`, replacing it only once the whole text is written.
Status exportWorkspaceJsonFile(WorkspaceFile &file, const QString &path);

// Replaces the workspace's content with the document's, in one transaction: a document that is
// not sound, or a failed write, leaves the workspace as it was. Errors begin with `sourceName`
// and name the JSON path (or line and column) of the problem.
Status importWorkspaceJson(WorkspaceFile &file, const QByteArray &json, const QString &sourceName);
Status importWorkspaceJsonFile(WorkspaceFile &file, const QString &path);

} // namespace clientele
