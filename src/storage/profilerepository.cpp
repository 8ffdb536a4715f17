#include "clientele/storage/profilerepository.h"

#include "clientele/domain/profilefields.h"
#include "sqltext.h"

#include "rowidentity.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QHash>

#include <algorithm>

namespace clientele {

namespace {

constexpr const char *kSelectProfile =
    "SELECT id, name, customer, demographics, psychographics, industry, staff_min, staff_max, "
    "business_type, person, company, industry_layer, utopia, notes, created, updated, uuid "
    "FROM profile";

CustomerProfile readProfile(SQLite::Statement &row)
{
    CustomerProfile p;
    p.id = row.getColumn(0).getInt64();
    p.name = sql::text(row.getColumn(1));
    p.segment.customer = sql::text(row.getColumn(2));
    p.segment.demographics = sql::text(row.getColumn(3));
    p.segment.psychographics = sql::text(row.getColumn(4));
    p.segment.industry = sql::text(row.getColumn(5));
    p.segment.businessSize = {row.getColumn(6).getInt(), row.getColumn(7).getInt()};
    p.segment.businessType = sql::text(row.getColumn(8));
    p.person = sql::text(row.getColumn(9));
    p.company = sql::text(row.getColumn(10));
    p.industryLayer = sql::text(row.getColumn(11));
    p.utopia = sql::text(row.getColumn(12));
    p.notes = sql::text(row.getColumn(13));
    p.created = sql::timestampFrom(row.getColumn(14));
    p.updated = sql::timestampFrom(row.getColumn(15));
    p.uuid = sql::uuidFrom(row.getColumn(16));
    return p;
}

// Columns: id, text, detail, uuid, rule.
ProfileItem readItem(SQLite::Statement &row, int first)
{
    return {row.getColumn(first).getInt64(), sql::text(row.getColumn(first + 1)),
            sql::text(row.getColumn(first + 2)), sql::uuidFrom(row.getColumn(first + 3)),
            ExclusionRule::fromJson(sql::text(row.getColumn(first + 4)))};
}

} // namespace

QList<CustomerProfile> ProfileRepository::all() const
{
    QList<CustomerProfile> profiles;
    QHash<qint64, qsizetype> indexOf;
    SQLite::Statement query(m_db, std::string(kSelectProfile) + " ORDER BY id");
    while (query.executeStep()) {
        profiles.append(readProfile(query));
        indexOf.insert(profiles.constLast().id, profiles.size() - 1);
    }
    // Every list of every profile in one pass, not a query per profile and list: the workspace
    // reads all profiles when it opens, and a thousand of them must not slow that down.
    QList<std::pair<std::string, ProfileList>> lists;
    for (ProfileList list : allProfileLists())
        lists.append({sql::utf8(listKey(list)), list});
    SQLite::Statement items(m_db, "SELECT profile_id, list, id, text, detail, uuid, rule "
                                  "FROM profile_item ORDER BY profile_id, list, position");
    while (items.executeStep()) {
        const auto profile = indexOf.constFind(items.getColumn(0).getInt64());
        const char *key = items.getColumn(1).getText();
        const auto list = std::find_if(lists.cbegin(), lists.cend(),
                                       [key](const auto &entry) { return entry.first == key; });
        if (profile == indexOf.constEnd() || list == lists.cend())
            continue;
        listItems(profiles[*profile], list->second).append(readItem(items, 2));
    }
    return profiles;
}

std::optional<CustomerProfile> ProfileRepository::find(qint64 id) const
{
    SQLite::Statement query(m_db, std::string(kSelectProfile) + " WHERE id = ?");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    CustomerProfile profile = readProfile(query);
    loadItems(profile);
    return profile;
}

int ProfileRepository::count() const
{
    return m_db.execAndGet("SELECT count(*) FROM profile").getInt();
}

void ProfileRepository::loadItems(CustomerProfile &profile) const
{
    SQLite::Statement query(m_db, "SELECT id, text, detail, uuid, rule FROM profile_item "
                                  "WHERE profile_id = ? AND list = ? ORDER BY position");
    for (ProfileList list : allProfileLists()) {
        query.reset();
        query.bind(1, static_cast<int64_t>(profile.id));
        query.bind(2, sql::utf8(listKey(list)));
        auto &items = listItems(profile, list);
        items.clear();
        while (query.executeStep())
            items.append(readItem(query, 0));
    }
}

CustomerProfile ProfileRepository::save(const CustomerProfile &input)
{
    CustomerProfile p = input;
    SQLite::Statement upsert(
        m_db, "INSERT INTO profile(id, name, customer, demographics, psychographics, industry, "
              "staff_min, staff_max, business_type, person, company, industry_layer, utopia, "
              "notes, created, updated, uuid) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(id) DO UPDATE SET name=excluded.name, customer=excluded.customer, "
              "demographics=excluded.demographics, psychographics=excluded.psychographics, "
              "industry=excluded.industry, staff_min=excluded.staff_min, "
              "staff_max=excluded.staff_max, business_type=excluded.business_type, "
              "person=excluded.person, company=excluded.company, "
              "industry_layer=excluded.industry_layer, utopia=excluded.utopia, "
              "notes=excluded.notes, created=excluded.created, updated=excluded.updated, "
              "uuid=coalesce(profile.uuid, excluded.uuid)");
    int i = 1;
    if (p.id > 0)
        upsert.bind(i++, static_cast<int64_t>(p.id));
    else
        upsert.bind(i++); // NULL: SQLite assigns the id
    for (const QString *text : {&p.name, &p.segment.customer, &p.segment.demographics,
                                &p.segment.psychographics, &p.segment.industry})
        upsert.bind(i++, sql::utf8(*text));
    upsert.bind(i++, p.segment.businessSize.minimum);
    upsert.bind(i++, p.segment.businessSize.maximum);
    for (const QString *text :
         {&p.segment.businessType, &p.person, &p.company, &p.industryLayer, &p.utopia, &p.notes})
        upsert.bind(i++, sql::utf8(*text));
    upsert.bind(i++, sql::timestamp(p.created));
    upsert.bind(i++, sql::timestamp(p.updated));
    // A stored profile keeps the uuid it was stored with; a new one takes this.
    upsert.bind(i++, sql::uuidText(sql::uuidForNewRow(m_db, "profile", p.uuid)));
    upsert.exec();
    if (p.id <= 0)
        p.id = m_db.getLastInsertRowid();
    p.uuid = sql::storedUuid(m_db, "profile", p.id);

    // Lists are rewritten whole: they are short, and this keeps item ids stable across undo.
    // An item keeps the uuid stored for its id, so the rewrite never changes an identity.
    const QHash<qint64, QUuid> itemUuids = storedItemUuids(p.id);
    SQLite::Statement clear(m_db, "DELETE FROM profile_item WHERE profile_id = ?");
    clear.bind(1, static_cast<int64_t>(p.id));
    clear.exec();
    SQLite::Statement insert(m_db, "INSERT INTO profile_item(id, profile_id, list, position, "
                                   "text, detail, uuid, rule) VALUES(?,?,?,?,?,?,?,?)");
    // Items that have an id first: a new item's id is chosen when it is inserted, and must not
    // take one that a later item of the same profile still holds.
    for (const bool numbered : {true, false}) {
        for (ProfileList list : allProfileLists()) {
            auto &items = listItems(p, list);
            for (int position = 0; position < items.size(); ++position) {
                auto &item = items[position];
                if ((item.id > 0) != numbered)
                    continue;
                const QUuid kept = itemUuids.value(item.id);
                item.uuid =
                    sql::uuidForNewRow(m_db, "profile_item", kept.isNull() ? item.uuid : kept);
                insert.reset();
                if (item.id > 0)
                    insert.bind(1, static_cast<int64_t>(item.id));
                else
                    insert.bind(1);
                insert.bind(2, static_cast<int64_t>(p.id));
                insert.bind(3, sql::utf8(listKey(list)));
                insert.bind(4, position);
                insert.bind(5, sql::utf8(item.text));
                insert.bind(6, sql::utf8(item.detail));
                insert.bind(7, sql::uuidText(item.uuid));
                insert.bind(8, sql::utf8(item.rule ? item.rule->toJson() : QString()));
                insert.exec();
                if (item.id <= 0)
                    item.id = m_db.getLastInsertRowid();
            }
        }
    }
    return p;
}

QHash<qint64, QUuid> ProfileRepository::storedItemUuids(qint64 profileId) const
{
    QHash<qint64, QUuid> uuids;
    SQLite::Statement query(m_db, "SELECT id, uuid FROM profile_item WHERE profile_id = ?");
    query.bind(1, static_cast<int64_t>(profileId));
    while (query.executeStep())
        uuids.insert(query.getColumn(0).getInt64(), sql::uuidFrom(query.getColumn(1)));
    return uuids;
}

void ProfileRepository::remove(qint64 id)
{
    SQLite::Statement erase(m_db, "DELETE FROM profile WHERE id = ?");
    erase.bind(1, static_cast<int64_t>(id));
    erase.exec();
}

} // namespace clientele
