#include "hubschema.h"

#include "clientele/sync/hub.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

namespace clientele {

namespace {

// Numbered SQL files compiled in: ":/hubmigrations/001_name.sql" brings a hub to schema 1.
std::map<int, QString> hubMigrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d{3})_.*\.sql$)"));
    const QDir dir(QStringLiteral(":/hubmigrations"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            files[match.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

// Two hub inits at once take turns, so each migration runs once (the key is the hub's own:
// advisory locks belong to one database).
constexpr const char *takeInitLock = "SELECT pg_advisory_xact_lock(1131177062, 1)";

// Brings the hub to schema `version` with `sql`, in one transaction. Another init may have
// done it meanwhile; the schema is read again under the lock.
Status migrate(HubConnection &connection, int version, const QByteArray &sql)
{
    const auto failed = [&](const QString &detail) {
        connection.execute("ROLLBACK");
        return Error{
            QCoreApplication::translate("clientele::PostgresHub",
                                        "The hub at %1 could not be brought to hub schema %2: %3")
                .arg(connection.name())
                .arg(version)
                .arg(detail)};
    };
    if (const Status begun = connection.execute("BEGIN"); !begun)
        return failed(begun.errorMessage());
    if (const Status locked = connection.execute(takeInitLock); !locked)
        return failed(locked.errorMessage());
    const auto schema = readHubSchema(connection);
    if (!schema)
        return failed(schema.errorMessage());
    if (schema->value_or(0) > kHubSchemaVersion) {
        connection.execute("ROLLBACK");
        return *unusableHubSchema(connection.name(), *schema);
    }
    if (schema->value_or(0) >= version) {
        connection.execute("ROLLBACK");
        return success();
    }
    if (const Status applied = connection.execute(sql); !applied)
        return failed(applied.errorMessage());
    const auto stamped = connection.query("UPDATE clientele_hub SET schema_version = $1",
                                          {QString::number(version)});
    if (!stamped)
        return failed(stamped.errorMessage());
    if (const Status committed = connection.execute("COMMIT"); !committed)
        return failed(committed.errorMessage());
    return success();
}

} // namespace

Result<std::optional<int>> readHubSchema(HubConnection &connection)
{
    const auto found = connection.query("SELECT to_regclass('clientele_hub') IS NOT NULL");
    if (!found)
        return found.error();
    if (found->value(0).value(0) != QLatin1String("t"))
        return std::optional<int>();
    const auto rows = connection.query("SELECT schema_version FROM clientele_hub");
    if (!rows)
        return rows.error();
    return std::optional<int>(rows->value(0).value(0).toInt());
}

std::optional<Error> unusableHubSchema(const QString &hubName, std::optional<int> schema)
{
    if (!schema)
        return Error{QCoreApplication::translate(
                         "clientele::PostgresHub",
                         "There is no Clientele hub at %1: run clientele-cli hub init URL to set "
                         "one up.")
                         .arg(hubName)};
    if (*schema > kHubSchemaVersion)
        return Error{QCoreApplication::translate(
                         "clientele::PostgresHub",
                         "The hub at %1 was set up by a newer Clientele (hub schema %2; this one "
                         "knows up to %3): update Clientele on this computer.")
                         .arg(hubName)
                         .arg(*schema)
                         .arg(kHubSchemaVersion)};
    if (*schema < kHubSchemaVersion)
        return Error{QCoreApplication::translate(
                         "clientele::PostgresHub",
                         "The hub at %1 has hub schema %2, older than this Clientele's %3: run "
                         "clientele-cli hub init URL to bring it up to date.")
                         .arg(hubName)
                         .arg(*schema)
                         .arg(kHubSchemaVersion)};
    return std::nullopt;
}

Status PostgresHub::init(const QString &url)
{
    auto connection = HubConnection::open(url);
    if (!connection)
        return connection.error();
    for (const auto &[version, path] : hubMigrationFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("The hub's migration %1 is missing from this Clientele.").arg(path)};
        if (Status migrated = migrate(*connection, version, file.readAll()); !migrated)
            return migrated;
    }
    return success();
}

} // namespace clientele
