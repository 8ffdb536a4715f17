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
// Ordered list items (a profile's lists, the chart's attributes and clients, a proposal's lines)
// carry their place as a "position" number, given here as 1, 2, 3, ... Runs in the caller's
// write transaction: a file whose standard chart was never stored stores it first, so its
// attributes and clients keep one identity from one reading to the next.
QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db);
// The same, with positions that change only where the order did: an item keeps the position
// `known` gives it while its order relative to the others agrees (the longest such run), and
// an item that is new or was moved takes one between its neighbours (positionBetween).
QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db, const SyncState &known);

// Whether the fields hold anything a new workspace lacks: a new one has only its settings and
// the standard chart with its empty clients ("Client #1").
bool holdsOwnContent(const QMap<SyncFieldKey, QString> &fields);

// Replaces the shared content with the state's values in the caller's transaction: items keep
// the local id they had, new ones get fresh ids, ordered lists follow their positions, and the
// result is checked as a JSON import is. Throws on a failure, leaving the rollback to the caller.
// Merged content can break what a single file never holds (two proposals numbered alike, two
// offers on one ladder rung, two review rounds of one number): such clashes are repaired the same
// way on every replica (docs/architecture.md, "The file's side of sync").
void writeSyncFields(SQLite::Database &db, const SyncState &state);

// The file's local id of an item named by kind and uuid (as in SyncFieldKey), for history rows;
// 0 when the file holds none, and for the settings, the chart and proposal lines, which have no
// id of their own.
qint64 localItemId(SQLite::Database &db, const QString &kind, const QString &uuid);

// A field's JSON value as a person reads it: a string without quotes, null as nothing, any
// other value as compact JSON.
QString syncValueText(const QString &jsonValue);

} // namespace clientele
