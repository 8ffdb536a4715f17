#pragma once

#include "clientele/domain/hybridclock.h"
#include "clientele/domain/syncmerge.h"
#include "clientele/storage/synclog.h"

#include <QMap>

namespace clientele {

// The edits made in the file since its last sync, as changes: every field whose value differs
// from what the log's state gives it, a tombstone for every item that is gone, and a restore for
// an item the state deleted that is back. Each is stamped by `clock` and made over the field's
// value in the state.
QList<SyncChange> captureEdits(const QMap<SyncFieldKey, QString> &fields, const SyncState &state,
                               HybridLogicalClock &clock, const SyncLink &link);

// A new change of `key` made here, over the state's current value of it.
SyncChange localChange(const SyncFieldKey &key, const QString &value, bool deleted,
                       const SyncState &state, HybridLogicalClock &clock, const SyncLink &link);

} // namespace clientele
