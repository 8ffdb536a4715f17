#include "clientele/storage/changelogrepository.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clientele {

namespace {

constexpr const char *kSelect = "SELECT id, at, author, kind, item_id, item_name, field, label, "
                                "old_value, new_value, merge FROM change_log";

ChangeRecord readRecord(SQLite::Statement &row)
{
    ChangeRecord r;
    r.id = row.getColumn(0).getInt64();
    r.at = sql::timestampFrom(row.getColumn(1));
    r.author = sql::text(row.getColumn(2));
    r.kind = sql::text(row.getColumn(3));
    r.itemId = row.getColumn(4).getInt64();
    r.itemName = sql::text(row.getColumn(5));
    r.field = sql::text(row.getColumn(6));
    r.label = sql::text(row.getColumn(7));
    r.oldValue = sql::text(row.getColumn(8));
    r.newValue = sql::text(row.getColumn(9));
    r.merge = row.getColumn(10).getInt();
    return r;
}

QList<ChangeRecord> readAll(SQLite::Statement &query)
{
    QList<ChangeRecord> records;
    while (query.executeStep())
        records.append(readRecord(query));
    return records;
}

} // namespace

bool ChangeLogRepository::continueRun(const ChangeRecord &record)
{
    if (record.merge == 0)
        return false;
    SQLite::Statement newest(m_db, std::string(kSelect) + " ORDER BY id DESC LIMIT 1");
    if (!newest.executeStep())
        return false;
    const ChangeRecord last = readRecord(newest);
    if (last.merge != record.merge || last.kind != record.kind || last.itemId != record.itemId
        || last.field != record.field || last.author != record.author)
        return false;
    if (last.oldValue == record.newValue) {
        SQLite::Statement erase(m_db, "DELETE FROM change_log WHERE id = ?");
        erase.bind(1, static_cast<int64_t>(last.id));
        erase.exec();
        return true;
    }
    SQLite::Statement update(
        m_db, "UPDATE change_log SET at = ?, item_name = ?, new_value = ? WHERE id = ?");
    update.bind(1, sql::timestamp(record.at));
    update.bind(2, sql::utf8(record.itemName));
    update.bind(3, sql::utf8(record.newValue));
    update.bind(4, static_cast<int64_t>(last.id));
    update.exec();
    return true;
}

void ChangeLogRepository::append(const QList<ChangeRecord> &records)
{
    if (records.size() == 1 && continueRun(records.constFirst()))
        return;
    SQLite::Statement insert(m_db, "INSERT INTO change_log(at, author, kind, item_id, item_name, "
                                   "field, label, old_value, new_value, merge) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (const ChangeRecord &r : records) {
        insert.reset();
        insert.bind(1, sql::timestamp(r.at));
        insert.bind(2, sql::utf8(r.author));
        insert.bind(3, sql::utf8(r.kind));
        insert.bind(4, static_cast<int64_t>(r.itemId));
        insert.bind(5, sql::utf8(r.itemName));
        insert.bind(6, sql::utf8(r.field));
        insert.bind(7, sql::utf8(r.label));
        insert.bind(8, sql::utf8(r.oldValue));
        insert.bind(9, sql::utf8(r.newValue));
        insert.bind(10, r.merge);
        insert.exec();
    }
}

QList<ChangeRecord> ChangeLogRepository::forItem(const QString &kind, qint64 itemId) const
{
    SQLite::Statement query(m_db, std::string(kSelect)
                                      + " WHERE kind = ? AND item_id = ? ORDER BY id DESC");
    query.bind(1, sql::utf8(kind));
    query.bind(2, static_cast<int64_t>(itemId));
    return readAll(query);
}

QList<ChangeRecord> ChangeLogRepository::all() const
{
    SQLite::Statement query(m_db, std::string(kSelect) + " ORDER BY id DESC");
    return readAll(query);
}

int ChangeLogRepository::count() const
{
    return m_db.execAndGet("SELECT count(*) FROM change_log").getInt();
}

} // namespace clientele
