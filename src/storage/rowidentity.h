#pragma once

#include <QUuid>

namespace SQLite {
class Database;
}

namespace clientele::sql {

// The uuid a new row of `table` is stored with: `wanted`, unless it is null or another row of
// the table already holds it (a copy of an item), and then a new one, so an identity is never
// shared and never reused.
QUuid uuidForNewRow(SQLite::Database &db, const char *table, const QUuid &wanted);

// The uuid the row `id` of `table` holds; null when there is no such row.
QUuid storedUuid(SQLite::Database &db, const char *table, qint64 id);

} // namespace clientele::sql
