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
// The same, keeping the list positions `known` gives where the order agrees with them.
QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db, const SyncState &known);

// Replaces the shared content with the state's values in the caller's transaction: items keep
// the local id they had, new ones get fresh ids, ordered lists follow their positions, and the
// result is checked as a JSON import is. Throws on a failure, leaving the rollback to the caller.
void writeSyncFields(SQLite::Database &db, const SyncState &state);

// The file's id of the item of `kind` with `uuid`; 0 when it has none.
qint64 localItemId(SQLite::Database &db, const QString &kind, const QString &uuid);
// A field's JSON value as a person reads it: text without quotes, null as nothing.
QString syncValueText(const QString &jsonValue);

} // namespace clientele
