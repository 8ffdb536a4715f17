#include "clientele/storage/identities.h"

#include <SQLiteCpp/Database.h>

#include <string>

namespace clientele {

namespace {

// The tables whose rows carry a uuid (schema 8).
constexpr const char *kIdentityTables[] = {"profile",  "profile_item", "chart_attribute",
                                           "prospect", "chart_client", "offer",
                                           "proposal", "proposal_line"};

// A random version-4 UUID in lowercase 8-4-4-4-12 form, new for every row, as schema 8's
// migration gives them: the third group starts with the version, the fourth with the variant.
constexpr const char *kNewUuid =
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

} // namespace

void renewIdentities(SQLite::Database &db)
{
    for (const char *table : kIdentityTables)
        db.exec(std::string("UPDATE ") + table + " SET uuid = " + kNewUuid);
}

} // namespace clientele
