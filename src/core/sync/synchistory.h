#pragma once

#include "clientele/domain/syncmerge.h"
#include "clientele/storage/changelogrepository.h"

namespace SQLite {
class Database;
}

namespace clientele {

// What an item is called in the shared fields: its name, company, number or text.
QString syncItemName(const SyncState &state, const QString &kind, const QString &itemUuid);

// The history rows for others' changes a sync took in and that now give their field its
// value, each under its author and the time it was made; the file's ids are looked up after
// the merged content is written. A list entry's change is recorded on the item that holds it.
QList<ChangeRecord> historyOfTakenIn(SQLite::Database &db, const SyncState &before,
                                     const SyncState &after, const QList<SyncChange> &takenIn);

} // namespace clientele
