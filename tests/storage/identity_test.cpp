// Profiles and their items, chart attributes and clients, offers, proposals and their lines carry
// a uuid: given when they are first stored, kept by every later save, export and import, never
// given to another item, so two workspaces made apart can be merged without any item clashing.

#include "clientele/storage/workspacefile.h"

#include "identities.h"
#include "oldschema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace clientele;
using clientele::test::allDistinct;
using clientele::test::isVersion4Uuid;

namespace {

const char *const kIdentityTables[] = {"profile", "profile_item", "chart_attribute", "chart_client",
                                       "offer",   "proposal",     "proposal_line"};

// Every uuid the file holds, table by table, sorted; a row without one reads as "".
QStringList storedUuids(WorkspaceFile &file)
{
    QStringList uuids;
    for (const char *table : kIdentityTables) {
        SQLite::Statement rows(file.database(),
                               std::string("SELECT coalesce(uuid, '') FROM ") + table);
        while (rows.executeStep())
            uuids << QString::fromStdString(rows.getColumn(0).getString());
    }
    std::sort(uuids.begin(), uuids.end());
    return uuids;
}

void checkWellFormed(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        INFO(uuid.toStdString());
        CHECK(isVersion4Uuid(uuid));
    }
}

} // namespace

TEST_CASE("Upgrading to schema 8 gives every existing item a uuid of its own",
          "[storage][identity][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema7.clientele"));
    test::createAtSchema(path, 7);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO profile (id, name, created, updated) VALUES "
                "(1, 'Swamped owner', '', ''), (2, 'Growing practice', '', '')");
        db.exec("INSERT INTO profile_item (id, profile_id, list, position, text) VALUES "
                "(1, 1, 'obstacles', 0, 'Month end'), (2, 1, 'needs', 0, 'One system'), "
                "(3, 2, 'wants', 0, 'Lower bills')");
        db.exec("INSERT INTO chart (id, orientation, weighting, currency) "
                "VALUES (1, 'clientsAsColumns', 'equal', 'AUD')");
        db.exec("INSERT INTO chart_attribute (id, key, label, type, position) VALUES "
                "(1, 'employees', 'Employees', 'numberOrRange', 0), "
                "(2, '', 'Software', 'text', 1)");
        db.exec("INSERT INTO chart_client (id, name, position) VALUES "
                "(1, 'Client #1', 0), (2, 'Client #2', 1)");
        db.exec("INSERT INTO offer (id, name, kind) VALUES "
                "(1, 'Health check', 'assessment'), (2, 'Retainer', 'retainer')");
        db.exec("INSERT INTO proposal (id, number) VALUES (1, 'P-1'), (2, 'P-2')");
        db.exec("INSERT INTO proposal_line (proposal_id, position, description) VALUES "
                "(1, 0, 'Check'), (1, 1, 'Retainer'), (2, 0, 'Training')");
    }

    auto opened = WorkspaceFile::open(path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    WorkspaceFile &file = **opened;
    CHECK(file.schemaVersion() == WorkspaceFile::latestSchemaVersion());
    CHECK(file.problems().isEmpty());

    const QStringList uuids = storedUuids(file);
    CHECK(uuids.size() == 2 + 3 + 2 + 2 + 2 + 2 + 3);
    checkWellFormed(uuids);
    CHECK(allDistinct(uuids));

    // The file keeps every uuid unique.
    for (const char *table : kIdentityTables) {
        INFO(table);
        CHECK_THROWS_AS(file.database().exec(std::string("UPDATE ") + table
                                             + " SET uuid = (SELECT max(uuid) FROM " + table + ")"),
                        SQLite::Exception);
    }
}
