#pragma once

// What the team commands (hub, sync) share: the workspace's TeamSync over the PostgreSQL hub,
// and what a sync did as a person reads it.

#include "clicommand.h"

#include "clientele/core/teamsync.h"

namespace clientele::cli {

// The workspace's sync with the hub its link names, reached through PostgreSQL.
TeamSync teamSyncOf(const QString &path);

// What a sync did, a line each: changes pushed, changes taken in, conflicts waiting.
QString outcomeText(const SyncOutcome &outcome, const QString &path);

} // namespace clientele::cli
