#pragma once

#include "clientele/domain/customerprofile.h"

#include <QHash>
#include <QList>

#include <optional>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes customer profiles. Throws SQLite::Exception on failure; callers own the
// transaction so that one user action is one commit.
class ProfileRepository {
public:
    explicit ProfileRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    QList<CustomerProfile> all() const;
    std::optional<CustomerProfile> find(qint64 id) const;
    int count() const;

    // Inserts or replaces the profile with all its lists and returns it as stored: a new profile
    // (id 0) and new items (id 0) get their ids here. A profile or item keeps the uuid it was
    // stored with; a new one keeps the uuid given, or gets a new one when it has none or another
    // row already holds it (a copy).
    CustomerProfile save(const CustomerProfile &profile);
    void remove(qint64 id);

private:
    void loadItems(CustomerProfile &profile) const;
    QHash<qint64, QUuid> storedItemUuids(qint64 profileId) const;
    SQLite::Database &m_db;
};

} // namespace clientele
