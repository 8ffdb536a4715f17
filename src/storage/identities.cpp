#include "clientele/storage/identities.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <utility>
#include <vector>

#include <string>

namespace clientele {

namespace {

// The tables whose rows carry a uuid (schema 8; imports from schema 13).
constexpr const char *kIdentityTables[] = {"profile", "profile_item", "chart_attribute",
                                           "import",  "prospect",     "chart_client",
                                           "offer",   "proposal",     "proposal_line"};

// A random version-4 UUID in lowercase 8-4-4-4-12 form, new for every row, as schema 8's
// migration gives them: the third group starts with the version, the fourth with the variant.
constexpr const char *kNewUuid =
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

} // namespace

void renewIdentities(SQLite::Database &db)
{
    // Exclusion rules name their attribute by uuid: they follow it to its new one.
    std::vector<std::pair<std::int64_t, std::string>> attributes;
    SQLite::Statement before(db, "SELECT id, uuid FROM chart_attribute WHERE uuid IS NOT NULL");
    while (before.executeStep())
        attributes.emplace_back(before.getColumn(0).getInt64(), before.getColumn(1).getString());
    for (const char *table : kIdentityTables)
        db.exec(std::string("UPDATE ") + table + " SET uuid = " + kNewUuid);
    SQLite::Statement follow(db, "UPDATE profile_item SET rule = replace(rule, ?1, "
                                 "(SELECT uuid FROM chart_attribute WHERE id = ?2)) "
                                 "WHERE instr(rule, ?1) > 0");
    for (const auto &[id, uuid] : attributes) {
        follow.reset();
        follow.bind(1, uuid);
        follow.bind(2, static_cast<int64_t>(id));
        follow.exec();
    }
}

} // namespace clientele
