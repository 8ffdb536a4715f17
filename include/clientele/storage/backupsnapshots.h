#pragma once

#include "clientele/domain/result.h"

#include <QStringList>

namespace clientele {

class WorkspaceFile;

// Verified copies of a workspace taken before a change too big to undo by hand (an import),
// kept in a folder beside it, "<workspace>.backups/". Each copy is made with SQLite's backup API
// (safe while others read) and checked with integrity_check before it counts; only the newest
// `keep` copies stay.
class BackupSnapshots {
public:
    static constexpr int kKeep = 10;

    static QString folderFor(const QString &workspacePath);
    // Takes a snapshot; returns its path, or why none could be taken (then nothing was kept).
    static Result<QString> take(const WorkspaceFile &file, const QString &reason, int keep = kKeep);
    // The snapshots of a workspace, newest first.
    static QStringList list(const QString &workspacePath);
    // Replaces the workspace's content with a snapshot's, after checking the snapshot and
    // taking a snapshot of the current state (so a restore can itself be reversed). The file
    // may then hold an older schema: reopen it to bring it up to date.
    static Status restore(const QString &snapshotPath, WorkspaceFile &target);
    // SQLite's quick_check on a connection of its own, safe to run on another thread; empty
    // when the file is sound.
    static QStringList quickCheck(const QString &workspacePath);
};

} // namespace clientele
