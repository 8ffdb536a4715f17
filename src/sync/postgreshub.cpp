#include "clientele/sync/hub.h"

#include "clientele/sync/changecopy.h"
#include "hubschema.h"
#include "pgarray.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <climits>
#include <future>
#include <utility>
#include <vector>

namespace clientele {

namespace {

// Pushers number their changes and commit one at a time: otherwise two could take the same
// numbers, or a puller could see seq 12 committed while 11 is still in flight, move past it and
// never see 11.
constexpr const char *takePushLock = "SELECT pg_advisory_xact_lock(1131177062, 2)";

constexpr const char *selectChanges =
    "SELECT seq, change_id, kind, item_uuid, field, value, deleted, hlc, coalesce(base, ''),"
    " author, replica, array_to_json(resolves)::text"
    " FROM change WHERE seq > $1 ORDER BY seq LIMIT $2";

// The changes in clock order, so one push's changes read back in the order they were made.
// Pointers into the batch: a push of ten thousand changes copies none of them.
std::vector<const SyncChange *> inClockOrder(const QList<SyncChange> &changes)
{
    std::vector<const SyncChange *> ordered;
    ordered.reserve(std::size_t(changes.size()));
    for (const SyncChange &change : changes)
        ordered.push_back(&change);
    const auto earlier = [](const SyncChange *a, const SyncChange *b) {
        const int byClock = compare(a->hlc, b->hlc);
        return byClock != 0 ? byClock < 0 : a->changeId < b->changeId;
    };
    // A replica hands its changes over in clock order already.
    if (!std::is_sorted(ordered.begin(), ordered.end(), earlier))
        std::sort(ordered.begin(), ordered.end(), earlier);
    return ordered;
}

// The changes' COPY rows a thousand at a time, numbered from `firstSeq` on. Each piece is
// written on another thread while the server takes in the one before.
std::function<QByteArray()> rowsInPieces(const std::vector<const SyncChange *> &changes,
                                         qint64 firstSeq)
{
    constexpr std::size_t piece = 1000;
    const auto write = [&changes, firstSeq](std::size_t from) {
        const std::size_t end = std::min(changes.size(), from + piece);
        QByteArray rows;
        rows.reserve(qsizetype(end - from) * 320);
        for (std::size_t at = from; at < end; ++at)
            appendChangeCopyRow(rows, *changes[at], firstSeq + qint64(at));
        return rows;
    };
    auto next = std::make_shared<std::future<QByteArray>>(std::async(std::launch::async, write, 0));
    return [write, next, from = std::size_t(0), total = changes.size()]() mutable {
        if (!next->valid())
            return QByteArray();
        QByteArray rows = next->get();
        from += piece;
        if (from < total)
            *next = std::async(std::launch::async, write, from);
        return rows;
    };
}

// Copies `changes` into the change table, numbered after the greatest seq. A change id already
// held (a push cut off after the hub committed it, sent again) or given twice fails the copy;
// the copy is then undone and made again with each change id once and none held. Runs in the
// caller's transaction, holding the push lock.
Status copyChanges(HubConnection &connection, std::vector<const SyncChange *> changes)
{
    const auto greatest = connection.query("SELECT coalesce(max(seq), 0) FROM change");
    if (!greatest)
        return greatest.error();
    const qint64 next = greatest->value(0).value(0).toLongLong() + 1;
    const QByteArray copy = QByteArray("COPY change (") + changeCopyColumns + ") FROM STDIN";
    if (Status saved = connection.execute("SAVEPOINT before_copy"); !saved)
        return saved;
    Status copied = connection.copyIn(copy.constData(), rowsInPieces(changes, next));
    if (copied || connection.errorCode() != "23505")
        return copied;
    if (Status undone = connection.execute("ROLLBACK TO SAVEPOINT before_copy"); !undone)
        return undone;
    QStringList ids;
    for (const SyncChange *change : changes)
        ids.append(change->changeId);
    // The ids as the batch spells them, whatever their case or braces.
    const auto held = connection.query(
        "SELECT id FROM unnest($1::text[]) AS id WHERE id::uuid IN (SELECT change_id FROM change)",
        {QString::fromUtf8(pgArrayLiteral(ids))});
    if (!held)
        return held.error();
    // Left out: the changes held, and any change given twice but for its first time.
    QSet<QString> leftOut;
    for (const QStringList &row : *held)
        leftOut.insert(row.value(0));
    std::erase_if(changes, [&](const SyncChange *change) {
        const bool skip = leftOut.contains(change->changeId);
        leftOut.insert(change->changeId);
        return skip;
    });
    if (changes.empty())
        return success();
    return connection.copyIn(copy.constData(), rowsInPieces(changes, next));
}

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
    // Straight into the change table, whose indexes are the only work beyond a plain COPY; the
    // author is the column's default, the role that pushed.
    Status done = m_connection.execute("BEGIN");
    if (done)
        done = m_connection.execute(takePushLock);
    if (done)
        done = copyChanges(m_connection, inClockOrder(changes));
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
        for (const auto &id : QJsonDocument::fromJson(row.value(11).toUtf8()).array())
            change.resolves.append(id.toString());
        batch.changes.append(change);
        batch.last = row.value(0).toLongLong();
    }
    return batch;
}

} // namespace clientele
