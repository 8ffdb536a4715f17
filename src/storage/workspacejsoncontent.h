#pragma once

#include "jsonsection.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace SQLite {
class Database;
}

namespace clientele {

// The whole workspace as its JSON export's document, read in the caller's transaction (or the
// caller's snapshot of the file).
nlohmann::ordered_json workspaceJsonDocument(SQLite::Database &db);

// A workspace document checked completely, as an import checks it, before anything is written.
// Throws JsonInputError naming the JSON path of the first problem.
class CheckedWorkspaceJson {
public:
    explicit CheckedWorkspaceJson(const nlohmann::json &document);

    // Replaces the workspace's content with the document's in the caller's transaction. Throws
    // JsonInputError for a reference only the stored content can check, and the database's
    // errors as they come; the caller rolls back.
    void write(SQLite::Database &db) const;

private:
    QList<JsonSection> m_sections;
    std::vector<JsonSectionWrite> m_writes;
};

} // namespace clientele
