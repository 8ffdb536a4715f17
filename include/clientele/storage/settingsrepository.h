#pragma once

#include "clientele/domain/workspacesettings.h"

namespace SQLite {
class Database;
}

namespace clientele {

// The workspace's own settings, stored as key/value rows.
class SettingsRepository {
public:
    explicit SettingsRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    WorkspaceSettings load() const;
    void save(const WorkspaceSettings &settings);

private:
    SQLite::Database &m_db;
};

} // namespace clientele
