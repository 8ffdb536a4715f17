#include "importedcustomers.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <string>

namespace clientele::detail {

const char *const kCustomerDetailColumns[kCustomerDetails] = {
    "email", "website", "city", "region", "country", "industry", "tags"};

namespace {

constexpr int kDetails = kCustomerDetails;
constexpr int kFirstPlace = 2; // city, region and country follow email and website
constexpr int kPlaces = 3;

bool isPlace(int detail)
{
    return detail >= kFirstPlace && detail < kFirstPlace + kPlaces;
}

bool hasPlace(const QStringList &details)
{
    for (int i = kFirstPlace; i < kFirstPlace + kPlaces; ++i) {
        if (!details.at(i).isEmpty())
            return true;
    }
    return false;
}

// The upsert of a contact's details: a detail given again replaces one given before only when
// it is not empty.
std::string detailsUpsert()
{
    std::string columns;
    std::string values;
    std::string merge;
    for (int i = 0; i < kDetails; ++i) {
        const std::string column = kCustomerDetailColumns[i];
        columns += ", " + column;
        values += ", ?" + std::to_string(4 + i);
        merge += i == 0 ? "" : ", ";
        merge += column;
        merge += " = CASE WHEN excluded." + column;
        merge += " <> '' THEN excluded." + column;
        merge += " ELSE " + column;
        merge += " END";
    }
    return "INSERT INTO import_customer (import_id, name_key, name" + columns
           + ") VALUES (?1, ?2, ?3" + values + ") ON CONFLICT (import_id, name_key) DO UPDATE SET "
           + merge;
}

std::string detailsUpdate()
{
    std::string set = "UPDATE customer SET name = ?2";
    for (int i = 0; i < kDetails; ++i)
        set += std::string(", ") + kCustomerDetailColumns[i] + " = ?" + std::to_string(3 + i);
    return set + " WHERE name_key = ?1";
}

std::string recordsOfKey()
{
    std::string select = "SELECT r.name";
    for (int i = 0; i < kDetails; ++i)
        select += std::string(", r.") + kCustomerDetailColumns[i];
    return select
           + ", i.kind FROM import_customer r JOIN import i ON i.id = r.import_id "
             "WHERE r.name_key = ? ORDER BY i.imported_at, i.uuid, i.id";
}

} // namespace

ImportCustomerRecords::ImportCustomerRecords(SQLite::Database &db, qint64 importId)
    : m_importId(importId)
    , m_name(db, "INSERT INTO import_customer (import_id, name_key, name) VALUES (?, ?, ?) "
                 "ON CONFLICT (import_id, name_key) DO NOTHING")
    , m_place(db, "UPDATE import_customer SET city = ?3, region = ?4, country = ?5 "
                  "WHERE import_id = ?1 AND name_key = ?2")
    , m_details(db, detailsUpsert())
{
}

void ImportCustomerRecords::name(const QString &key, const QString &name)
{
    m_name.bind(1, static_cast<int64_t>(m_importId));
    m_name.bind(2, sql::utf8(key));
    m_name.bind(3, sql::utf8(name));
    m_name.exec();
    m_name.reset();
}

void ImportCustomerRecords::place(const QString &key, const QString &city, const QString &region,
                                  const QString &country)
{
    m_place.bind(1, static_cast<int64_t>(m_importId));
    m_place.bind(2, sql::utf8(key));
    m_place.bind(3, sql::utf8(city));
    m_place.bind(4, sql::utf8(region));
    m_place.bind(5, sql::utf8(country));
    m_place.exec();
    m_place.reset();
}

void ImportCustomerRecords::details(const QString &key, const QString &name,
                                    const QStringList &details)
{
    m_details.bind(1, static_cast<int64_t>(m_importId));
    m_details.bind(2, sql::utf8(key));
    m_details.bind(3, sql::utf8(name));
    for (int i = 0; i < kDetails; ++i)
        m_details.bind(4 + i, sql::utf8(details.value(i)));
    m_details.exec();
    m_details.reset();
}

void reapplyCustomerRecords(SQLite::Database &db, const QSet<QString> &keys)
{
    SQLite::Statement records(db, recordsOfKey());
    SQLite::Statement store(db, detailsUpdate());
    QStringList ordered(keys.cbegin(), keys.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const QString &key : std::as_const(ordered)) {
        QString name;
        QStringList details(kDetails);
        bool recorded = false;
        records.bind(1, sql::utf8(key));
        while (records.executeStep()) {
            if (!recorded)
                name = sql::text(records.getColumn(0));
            recorded = true;
            const bool contacts = records.getColumn(1 + kDetails).getString() == "contacts";
            QStringList given;
            for (int i = 0; i < kDetails; ++i)
                given << sql::text(records.getColumn(1 + i));
            for (int i = 0; i < kDetails; ++i) {
                if (!given.at(i).isEmpty() && (contacts || !isPlace(i)))
                    details[i] = given.at(i);
            }
            // An invoice's address places a customer only while nothing says where it is.
            if (!contacts && hasPlace(given) && !hasPlace(details)) {
                for (int i = kFirstPlace; i < kFirstPlace + kPlaces; ++i)
                    details[i] = given.at(i);
            }
        }
        records.reset();
        if (!recorded)
            continue;
        store.bind(1, sql::utf8(key));
        store.bind(2, sql::utf8(name));
        for (int i = 0; i < kDetails; ++i)
            store.bind(3 + i, sql::utf8(details.at(i)));
        store.exec();
        store.reset();
    }
}

} // namespace clientele::detail
