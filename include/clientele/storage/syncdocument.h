#pragma once

#include "clientele/domain/syncmerge.h"

#include <QMap>

namespace SQLite {
class Database;
}

namespace clientele {

// The workspace's shared content as the fields that travel between replicas: every item with a
// uuid is one item (the settings and the chart are one each), every key of its JSON export is
// one field holding a JSON value, and links to other items name them by uuid, never by the
// file's local ids. Imported invoice history travels as whole imports, one field each.
QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db);

// Replaces the shared content with the state's values in the caller's transaction: items keep
// the local id they had, new ones get fresh ids, ordered lists follow their positions, and the
// result is checked as a JSON import is. Throws on a failure, leaving the rollback to the caller.
void writeSyncFields(SQLite::Database &db, const SyncState &state);

} // namespace clientele
