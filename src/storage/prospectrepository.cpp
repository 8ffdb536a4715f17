#include "clientele/storage/prospectrepository.h"

#include "chartcells.h"
#include "rowidentity.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QHash>

namespace clientele {

namespace {

QDate dateFrom(const SQLite::Column &column)
{
    return QDate::fromString(sql::text(column), Qt::ISODate);
}

} // namespace

QList<Prospect> ProspectRepository::all() const
{
    QList<Prospect> prospects;
    QHash<qint64, qsizetype> indexOf;
    SQLite::Statement query(m_db, "SELECT id, uuid, company, contact, systems, source, notes, "
                                  "status, last_contact FROM prospect ORDER BY id");
    while (query.executeStep()) {
        Prospect p;
        p.id = query.getColumn(0).getInt64();
        p.uuid = sql::uuidFrom(query.getColumn(1));
        p.company = sql::text(query.getColumn(2));
        p.contact = sql::text(query.getColumn(3));
        p.systems = sql::text(query.getColumn(4));
        p.source = sql::text(query.getColumn(5));
        p.notes = sql::text(query.getColumn(6));
        p.status =
            prospectStatusFromKey(sql::text(query.getColumn(7))).value_or(ProspectStatus::New);
        p.lastContact = dateFrom(query.getColumn(8));
        indexOf.insert(p.id, prospects.size());
        prospects.append(p);
    }
    SQLite::Statement values(m_db, std::string("SELECT prospect_id, attribute_id, ")
                                       + sql::kCellColumns + " FROM prospect_value");
    while (values.executeStep()) {
        const auto at = indexOf.constFind(values.getColumn(0).getInt64());
        if (at != indexOf.constEnd())
            prospects[*at].values.insert(values.getColumn(1).getInt64(), sql::readValue(values, 2));
    }
    return prospects;
}

int ProspectRepository::count() const
{
    return m_db.execAndGet("SELECT count(*) FROM prospect").getInt();
}

Prospect ProspectRepository::save(const Prospect &input)
{
    Prospect p = input;
    SQLite::Statement upsert(
        m_db, "INSERT INTO prospect(id, uuid, company, contact, systems, source, notes, status, "
              "last_contact) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
              "company=excluded.company, contact=excluded.contact, systems=excluded.systems, "
              "source=excluded.source, notes=excluded.notes, status=excluded.status, "
              "last_contact=excluded.last_contact");
    if (p.id > 0)
        upsert.bind(1, static_cast<int64_t>(p.id));
    else
        upsert.bind(1);
    upsert.bind(2, sql::uuidText(sql::uuidForNewRow(m_db, "prospect", p.uuid)));
    upsert.bind(3, sql::utf8(p.company));
    upsert.bind(4, sql::utf8(p.contact));
    upsert.bind(5, sql::utf8(p.systems));
    upsert.bind(6, sql::utf8(p.source));
    upsert.bind(7, sql::utf8(p.notes));
    upsert.bind(8, sql::utf8(prospectStatusKey(p.status)));
    upsert.bind(9, p.lastContact.isValid() ? p.lastContact.toString(Qt::ISODate).toStdString()
                                           : std::string());
    upsert.exec();
    if (p.id <= 0)
        p.id = m_db.getLastInsertRowid();
    p.uuid = sql::storedUuid(m_db, "prospect", p.id);
    const auto id = static_cast<int64_t>(p.id);

    SQLite::Statement clear(m_db, "DELETE FROM prospect_value WHERE prospect_id = ?");
    clear.bind(1, id);
    clear.exec();
    SQLite::Statement known(m_db, "SELECT 1 FROM chart_attribute WHERE id = ?");
    SQLite::Statement insert(m_db, std::string("INSERT INTO prospect_value(prospect_id, "
                                               "attribute_id, ")
                                       + sql::kCellColumns + ") VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    for (auto it = p.values.begin(); it != p.values.end();) {
        known.reset();
        known.bind(1, static_cast<int64_t>(it.key()));
        if (it->isUnknown() || !known.executeStep()) {
            it = p.values.erase(it);
            continue;
        }
        insert.reset();
        insert.bind(1, id);
        insert.bind(2, static_cast<int64_t>(it.key()));
        sql::bindValue(insert, 3, *it);
        insert.exec();
        ++it;
    }
    return p;
}

void ProspectRepository::remove(qint64 id)
{
    SQLite::Statement remove(m_db, "DELETE FROM prospect WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
}

void ProspectRepository::removeAll()
{
    m_db.exec("DELETE FROM prospect");
}

} // namespace clientele
