#include "rowidentity.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace clientele::sql {

QUuid uuidForNewRow(SQLite::Database &db, const char *table, const QUuid &wanted)
{
    if (wanted.isNull())
        return QUuid::createUuid();
    SQLite::Statement held(db, std::string("SELECT 1 FROM ") + table + " WHERE uuid = ?");
    held.bind(1, uuidText(wanted));
    return held.executeStep() ? QUuid::createUuid() : wanted;
}

QUuid storedUuid(SQLite::Database &db, const char *table, qint64 id)
{
    SQLite::Statement row(db, std::string("SELECT uuid FROM ") + table + " WHERE id = ?");
    row.bind(1, static_cast<int64_t>(id));
    return row.executeStep() ? uuidFrom(row.getColumn(0)) : QUuid();
}

} // namespace clientele::sql
