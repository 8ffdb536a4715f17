#include "clientele/sync/hub.h"

#include "clientele/sync/changecopy.h"
#include "hubschema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <utility>

namespace clientele {

namespace {

// Where a push's rows wait, typed like the change table, so COPY refuses a bad value (a change
// id that is no uuid) with its line and column. A temporary table writes no WAL.
constexpr const char *createIncomingTable =
    "CREATE TEMPORARY TABLE incoming_change ("
    " change_id uuid NOT NULL, kind text NOT NULL, item_uuid text NOT NULL,"
    " field text NOT NULL, value text NOT NULL, deleted boolean NOT NULL, hlc text NOT NULL,"
    " base text, replica text NOT NULL, resolves text[] NOT NULL"
    ") ON COMMIT DELETE ROWS";

// Pushers commit one at a time, so seq order is commit order: otherwise a puller could see
// seq 12 committed while 11 is still in flight, move past it and never see 11.
constexpr const char *takePushLock = "SELECT pg_advisory_xact_lock(1131177062, 2)";

// In clock order, so one push's changes read back in the order they were made; the author is
// the role that pushed. Changes already held are left out before numbering, so a batch pushed
// again uses up no positions (ON CONFLICT alone would draw a number for each).
constexpr const char *storeIncoming =
    "INSERT INTO change (change_id, kind, item_uuid, field, value, deleted, hlc, base, author,"
    " replica, resolves)"
    " SELECT change_id, kind, item_uuid, field, value, deleted, hlc, base, session_user,"
    " replica, resolves"
    " FROM (SELECT DISTINCT ON (change_id) * FROM incoming_change ORDER BY change_id) AS new"
    " WHERE NOT EXISTS (SELECT FROM change WHERE change.change_id = new.change_id)"
    " ORDER BY hlc, change_id"
    " ON CONFLICT (change_id) DO NOTHING";

constexpr const char *selectChanges =
    "SELECT seq, change_id, kind, item_uuid, field, value, deleted, hlc, coalesce(base, ''),"
    " author, replica, array_to_json(resolves)::text"
    " FROM change WHERE seq > $1 ORDER BY seq LIMIT $2";

} // namespace

PostgresHub::PostgresHub(HubConnection connection, QString author)
    : m_connection(std::move(connection))
    , m_author(std::move(author))
{
}

Result<std::unique_ptr<ChangeExchange>> PostgresHub::connect(const QString &url)
{
    auto connection = HubConnection::open(url);
    if (!connection)
        return connection.error();
    const auto unreadable = [&](const QString &detail) {
        return Error{tr("Could not read the hub at %1: %2").arg(connection->name(), detail)};
    };
    const auto schema = readHubSchema(*connection);
    if (!schema)
        return unreadable(schema.errorMessage());
    if (const auto refused = unusableHubSchema(connection->name(), *schema))
        return *refused;
    const auto role = connection->query("SELECT session_user");
    if (!role)
        return unreadable(role.errorMessage());
    const QString author = role->value(0).value(0);
    return std::unique_ptr<ChangeExchange>(new PostgresHub(std::move(*connection), author));
}

QString PostgresHub::author() const
{
    return m_author;
}

Result<QString> PostgresHub::team()
{
    const auto rows = m_connection.query("SELECT coalesce(team::text, '') FROM clientele_hub");
    if (!rows)
        return Error{tr("Could not read which team the hub at %1 belongs to: %2")
                         .arg(m_connection.name(), rows.errorMessage())};
    return rows->value(0).value(0);
}

Result<QString> PostgresHub::claimTeam(const QString &team)
{
    // One statement: a second claim waits for the first and then reads its team.
    const auto rows = m_connection.query(
        "UPDATE clientele_hub SET team = coalesce(team, $1::uuid) RETURNING team::text", {team});
    if (!rows)
        return Error{tr("Could not give the hub at %1 to the team: %2")
                         .arg(m_connection.name(), rows.errorMessage())};
    return rows->value(0).value(0);
}

Status PostgresHub::push(const QList<SyncChange> &changes)
{
    if (changes.isEmpty())
        return success();
    const auto refused = [&](const QString &detail) {
        m_connection.execute("ROLLBACK");
        const QString message =
            changes.size() == 1
                ? tr("The hub at %1 did not take the change: %2")
                : tr("The hub at %1 did not take the %n changes: %2", nullptr, int(changes.size()));
        return Error{message.arg(m_connection.name(), detail)};
    };
    if (!m_hasIncomingTable) {
        if (const Status created = m_connection.execute(createIncomingTable); !created)
            return refused(created.errorMessage());
        m_hasIncomingTable = true;
    }
    const QByteArray copy =
        QByteArray("COPY incoming_change (") + changeCopyColumns + ") FROM STDIN";
    Status done = m_connection.execute("BEGIN");
    if (done)
        done = m_connection.copyIn(copy.constData(), changeCopyRows(changes));
    if (done)
        done = m_connection.execute(takePushLock);
    if (done)
        done = m_connection.execute(storeIncoming);
    if (done)
        done = m_connection.execute("COMMIT");
    if (!done)
        return refused(done.errorMessage());
    return success();
}

Result<ChangeBatch> PostgresHub::pull(qint64 after, int limit)
{
    limit = std::clamp(limit, 1, INT_MAX - 1);
    const auto rows = m_connection.query(
        selectChanges, {QString::number(after), QString::number(qint64(limit) + 1)});
    if (!rows)
        return Error{tr("Could not fetch changes from the hub at %1: %2")
                         .arg(m_connection.name(), rows.errorMessage())};
    ChangeBatch batch;
    batch.last = after;
    batch.more = rows->size() > limit;
    for (const QStringList &row : rows->mid(0, limit)) {
        SyncChange change;
        change.changeId = row.value(1);
        change.kind = row.value(2);
        change.itemUuid = row.value(3);
        change.field = row.value(4);
        change.value = row.value(5);
        change.deleted = row.value(6) == QLatin1String("t");
        const auto hlc = HlcTimestamp::fromText(row.value(7));
        const auto base = HlcTimestamp::fromText(row.value(8));
        if (!hlc || !base)
            return Error{tr("The hub at %1 holds change %2 with a clock that cannot be read.")
                             .arg(m_connection.name(), change.changeId)};
        change.hlc = *hlc;
        change.base = *base;
        change.author = row.value(9);
        change.replica = row.value(10);
        for (const QJsonValue &id : QJsonDocument::fromJson(row.value(11).toUtf8()).array())
            change.resolves.append(id.toString());
        batch.changes.append(change);
        batch.last = row.value(0).toLongLong();
    }
    return batch;
}

} // namespace clientele
