#pragma once

// What the team commands (hub, sync, conflicts, resolve) share: the workspace's TeamSync over
// the PostgreSQL hub, and what a sync did or a conflict holds as a person reads it.

#include "clicommand.h"

#include "clientele/core/teamsync.h"

namespace clientele::cli {

// The workspace's sync with the hub its link names, reached through PostgreSQL.
TeamSync teamSyncOf(const QString &path);

// What a sync did, a line each: changes pushed, changes taken in, conflicts waiting.
QString outcomeText(const SyncOutcome &outcome, const QString &path);

// The conflict whose lost change is `lostChangeId`; else an error saying where they are listed.
Result<ConflictEntry> findConflict(const QList<ConflictEntry> &conflicts,
                                   const QString &lostChangeId, const QString &path);

// "profile “Acme”, field “industry”" and the like.
QString conflictTitle(const ConflictEntry &entry);

// A value as it travels (JSON text), on one line.
QString valueText(const QString &json);

} // namespace clientele::cli
