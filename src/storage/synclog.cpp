#include "clientele/storage/synclog.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

namespace clientele {

namespace {

constexpr const char *kSelectChange =
    "SELECT change_id, kind, item, field, value, deleted, hlc, base, author, replica, resolves "
    "FROM sync_change";

// A clock as stored; a row that does not hold one is damage, not something to guess around.
HlcTimestamp clockFrom(const SQLite::Column &column, const QString &changeId)
{
    const auto stamp = HlcTimestamp::fromText(sql::text(column));
    if (!stamp)
        throw std::runtime_error("sync change " + changeId.toStdString()
                                 + " holds no readable clock in " + column.getName());
    return *stamp;
}

QStringList idsFromJson(const QString &text, const QString &changeId)
{
    QStringList ids;
    try {
        for (const auto &id : nlohmann::json::parse(text.toStdString()))
            ids << QString::fromStdString(id.get<std::string>());
    } catch (const nlohmann::json::exception &) {
        throw std::runtime_error("sync change " + changeId.toStdString()
                                 + " holds no readable list of the changes it resolves");
    }
    return ids;
}

std::string idsToJson(const QStringList &ids)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &id : ids)
        array.push_back(id.toStdString());
    return array.dump();
}

SyncChange readChange(SQLite::Statement &row)
{
    SyncChange change;
    change.changeId = sql::text(row.getColumn(0));
    change.kind = sql::text(row.getColumn(1));
    change.itemUuid = sql::text(row.getColumn(2));
    change.field = sql::text(row.getColumn(3));
    change.value = sql::text(row.getColumn(4));
    change.deleted = row.getColumn(5).getInt() != 0;
    change.hlc = clockFrom(row.getColumn(6), change.changeId);
    change.base = clockFrom(row.getColumn(7), change.changeId);
    change.author = sql::text(row.getColumn(8));
    change.replica = sql::text(row.getColumn(9));
    change.resolves = idsFromJson(sql::text(row.getColumn(10)), change.changeId);
    return change;
}

} // namespace

std::optional<SyncLink> SyncLog::link() const
{
    SQLite::Statement query(
        m_db, "SELECT hub, team, replica, author, pulled, clock, last_sync FROM sync_link");
    if (!query.executeStep())
        return std::nullopt;
    SyncLink link;
    link.hub = sql::text(query.getColumn(0));
    link.team = sql::text(query.getColumn(1));
    link.replica = sql::text(query.getColumn(2));
    link.author = sql::text(query.getColumn(3));
    link.pulled = query.getColumn(4).getInt64();
    link.clock = clockFrom(query.getColumn(5), QStringLiteral("link"));
    link.lastSync = sql::timestampFrom(query.getColumn(6));
    return link;
}

void SyncLog::setLink(const SyncLink &link)
{
    SQLite::Statement upsert(m_db, "INSERT OR REPLACE INTO sync_link(id, hub, team, replica, "
                                   "author, pulled, clock, last_sync) VALUES(1,?,?,?,?,?,?,?)");
    upsert.bind(1, sql::utf8(link.hub));
    upsert.bind(2, sql::utf8(link.team));
    upsert.bind(3, sql::utf8(link.replica));
    upsert.bind(4, sql::utf8(link.author));
    upsert.bind(5, static_cast<int64_t>(link.pulled));
    upsert.bind(6, sql::utf8(link.clock.toText()));
    upsert.bind(7, link.lastSync.isValid() ? sql::timestamp(link.lastSync) : std::string());
    upsert.exec();
}

void SyncLog::removeLink()
{
    m_db.exec("DELETE FROM sync_change");
    m_db.exec("DELETE FROM sync_link");
}

SyncState SyncLog::state() const
{
    QList<SyncChange> changes;
    SQLite::Statement query(m_db, kSelectChange);
    while (query.executeStep())
        changes.append(readChange(query));
    SyncState state;
    state.apply(changes);
    return state;
}

void SyncLog::add(const QList<SyncChange> &changes, bool pushed)
{
    SQLite::Statement insert(m_db, "INSERT OR IGNORE INTO sync_change(change_id, kind, item, "
                                   "field, value, deleted, hlc, base, author, replica, resolves, "
                                   "pushed) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const SyncChange &change : changes) {
        insert.reset();
        insert.bind(1, sql::utf8(change.changeId));
        insert.bind(2, sql::utf8(change.kind));
        insert.bind(3, sql::utf8(change.itemUuid));
        insert.bind(4, sql::utf8(change.field));
        insert.bind(5, sql::utf8(change.value));
        insert.bind(6, change.deleted ? 1 : 0);
        insert.bind(7, sql::utf8(change.hlc.toText()));
        insert.bind(8, sql::utf8(change.base.toText()));
        insert.bind(9, sql::utf8(change.author));
        insert.bind(10, sql::utf8(change.replica));
        insert.bind(11, idsToJson(change.resolves));
        insert.bind(12, pushed ? 1 : 0);
        insert.exec();
    }
}

QList<SyncChange> SyncLog::unpushed() const
{
    QList<SyncChange> changes;
    SQLite::Statement query(m_db, std::string(kSelectChange)
                                      + " WHERE pushed = 0 ORDER BY hlc, change_id");
    while (query.executeStep())
        changes.append(readChange(query));
    return changes;
}

void SyncLog::markPushed(const QStringList &changeIds)
{
    SQLite::Statement update(m_db, "UPDATE sync_change SET pushed = 1 WHERE change_id = ?");
    for (const QString &id : changeIds) {
        update.reset();
        update.bind(1, sql::utf8(id));
        update.exec();
    }
}

} // namespace clientele
