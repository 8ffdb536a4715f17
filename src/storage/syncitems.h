#pragma once

// The log's merged state as items, and the file's local ids for them: what writing the shared
// content back into the file starts from.

#include "clientele/domain/syncmerge.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace SQLite {
class Database;
}

namespace clientele {

// One item of the merged state that is not deleted: its fields' values, parsed.
struct SyncItem {
    QString uuid;
    QMap<QString, nlohmann::json> fields;
    // The earliest clock among its fields' values: roughly when it was made, so items new to a
    // file get their ids in the order they were made (then by uuid), the same on every replica.
    HlcTimestamp first;

    const nlohmann::json &field(const QString &name) const;
};

class SyncItems {
public:
    // Throws JsonInputError for a value that is not JSON.
    explicit SyncItems(const SyncState &state);

    // The items of a kind in the order they were made.
    QList<const SyncItem *> ofKind(const QString &kind) const;
    const SyncItem *find(const QString &kind, const QString &uuid) const;
    bool contains(const QString &kind, const QString &uuid) const
    {
        return find(kind, uuid) != nullptr;
    }

private:
    QHash<QString, QHash<QString, SyncItem>> m_items; // by kind, then uuid
};

// The local id each item will have once written: the id it was made with ("~id"), kept on every
// replica; of two items made apart with one id, the one made first keeps it and the other takes
// the next free one. Every replica holding the same items gives them the same ids, so they
// export the same document.
class SyncLocalIds {
public:
    SyncLocalIds(SQLite::Database &db, const SyncItems &items);

    // 0 when the kind has no ids or the item is not among those written.
    qint64 id(const QString &kind, const QString &uuid) const
    {
        return m_ids.value(kind).value(uuid);
    }

    // Moves the history of each item whose id changed to its new id.
    void moveHistory(SQLite::Database &db) const;

private:
    QHash<QString, QHash<QString, qint64>> m_ids;
    QHash<QString, QHash<QString, qint64>> m_stored; // the file's ids before writing
};

// The file's ids of an item kind by uuid; empty for a kind without ids.
QHash<QString, qint64> storedItemIds(SQLite::Database &db, const QString &kind);

} // namespace clientele
