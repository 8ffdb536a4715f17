#pragma once

namespace SQLite {
class Database;
}

namespace clientele {

// Gives every profile, list item, chart attribute and client, offer, proposal and proposal line,
// prospect and import a new uuid, so a copied file becomes a workspace of its own: merged with the
// file it was copied from, or with another copy, none of its items clashes. Runs in the caller's
// transaction; throws SQLite::Exception on failure.
void renewIdentities(SQLite::Database &db);

} // namespace clientele
