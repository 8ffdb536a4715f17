#pragma once

#include "clientele/domain/prospect.h"

#include <QList>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes prospects with their values for the chart's attributes. Throws
// SQLite::Exception on failure; callers own the transaction.
class ProspectRepository {
public:
    explicit ProspectRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    QList<Prospect> all() const;
    int count() const;

    // Inserts or replaces the prospect and returns it as stored: a new one (id 0) gets its id
    // here. A stored prospect keeps its uuid; a new one keeps the uuid given, or gets a new one
    // when it has none or another row holds it (a copy). Values for attributes the chart no
    // longer has are left out.
    Prospect save(const Prospect &prospect);
    void remove(qint64 id);
    void removeAll();

private:
    SQLite::Database &m_db;
};

} // namespace clientele
