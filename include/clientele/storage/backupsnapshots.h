#pragma once

#include "clientele/domain/result.h"

#include <QDateTime>
#include <QStringList>

namespace clientele {

class WorkspaceFile;

// Verified copies of a workspace taken before a change too big to undo by hand (an import, an
// upgrade, a restore), kept in a folder beside it, "<workspace>.backups/". Each copy is made
// with SQLite's backup API (safe while others read) and checked with integrity_check before it
// counts. Each has a label saying what it protects, in "<snapshot>.txt" beside it. Only the
// newest kKeep stay, and a new one pushes an old one out only once its change has happened
// (keepNewest), so a cancelled import costs no older backup.
class BackupSnapshots {
public:
    static constexpr int kKeep = 10;

    struct Description {
        QDateTime taken; // UTC
        QString label;   // "Before importing “inv.csv”, 20,000 lines"
    };

    static QString folderFor(const QString &workspacePath);
    // Takes a snapshot labelled `label`; returns its path, or why none could be taken (then
    // nothing was kept).
    static Result<QString> take(const WorkspaceFile &file, const QString &label);
    // Removes all but the newest `keep` snapshots of a workspace.
    static void keepNewest(const QString &workspacePath, int keep = kKeep);
    // Removes one snapshot that protected nothing (its change never happened).
    static void discard(const QString &snapshotPath);
    // Says better what a snapshot protects, once the change is known.
    static void relabel(const QString &snapshotPath, const QString &label);
    static Description describe(const QString &snapshotPath);
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
