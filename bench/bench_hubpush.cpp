// Pushing to the team hub: 10,000 changes in one PostgresHub::push() (one transaction, the
// clock order kept, changes already held skipped, the author set), against a COPY of the same
// rows into a plain table with no index, side by side on the same server (target: no more
// than 3x). Each round pushes new changes to the same hub and copies them into the same table.
//   bench_hubpush [CHANGES] [ROUNDS]
// Uses the cluster whose socket folder CLIENTELE_TEST_PGHOST names, else starts a throwaway one
// with tests/support/pgcluster.sh and stops it afterwards. Not a test: the figures go into
// docs/performance.md.
#include "clientele/sync/changecopy.h"
#include "clientele/sync/hub.h"
#include "clientele/sync/hubconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace clientele;

namespace {

constexpr const char *clusterScript = CLIENTELE_PGCLUSTER_SCRIPT;

// The throwaway cluster, when the bench started it.
class Cluster {
public:
    ~Cluster()
    {
        if (!m_state.isEmpty())
            QProcess::execute(QString::fromUtf8(clusterScript), {QStringLiteral("stop"), m_state});
    }
    // The socket folder of a running cluster; empty when none could be started.
    QString socketFolder()
    {
        const QString given = qEnvironmentVariable("CLIENTELE_TEST_PGHOST");
        if (!given.isEmpty())
            return given;
        m_state = m_dir.filePath(QStringLiteral("socket-folder"));
        if (QProcess::execute(QString::fromUtf8(clusterScript), {QStringLiteral("start"), m_state})
            != 0)
            return {};
        QFile state(m_state);
        if (!state.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(state.readAll()).trimmed();
    }

private:
    QTemporaryDir m_dir;
    QString m_state;
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Edits the way a team makes them: fields of a few hundred items, JSON values of a few words,
// one change in ten settling a conflict, one in fifty a tombstone.
QList<SyncChange> makeChanges(int count, qint64 startMillis, QRandomGenerator &random)
{
    static const char *const kinds[] = {"profile", "offer", "proposal", "prospect", "client"};
    static const char *const fields[] = {"name", "industry", "notes", "price", "position"};
    QStringList items;
    for (int i = 0; i < 300; ++i)
        items.append(uuid());
    const QString replica = uuid();
    QList<SyncChange> changes;
    changes.reserve(count);
    for (int i = 0; i < count; ++i) {
        SyncChange change;
        change.changeId = uuid();
        change.kind = QString::fromLatin1(kinds[random.bounded(5)]);
        change.itemUuid = items.at(random.bounded(int(items.size())));
        change.deleted = random.bounded(50) == 0;
        change.field =
            change.deleted ? syncPresenceField : QString::fromLatin1(fields[random.bounded(5)]);
        change.value = QStringLiteral("{\"text\":\"Müller & Söhne, Maitland \\\"West\\\" %1\"}")
                           .arg(random.bounded(100000));
        change.hlc = {startMillis + i, quint32(random.bounded(4)), replica};
        if (random.bounded(3) != 0)
            change.base = {startMillis - 1000 + i, 0, replica};
        change.author = QStringLiteral("anyone");
        change.replica = replica;
        if (random.bounded(10) == 0)
            change.resolves = {uuid()};
        changes.append(change);
    }
    return changes;
}

// A database of the bench's own on the cluster, dropped at the end.
class BenchDatabase {
public:
    explicit BenchDatabase(const QString &folder)
        : m_folder(folder)
        , m_name(QStringLiteral("bench_hubpush_%1").arg(QCoreApplication::applicationPid()))
    {
        m_maintenance = std::make_unique<Result<HubConnection>>(
            HubConnection::open(url(QStringLiteral("clientele_test"))));
        if (!*m_maintenance)
            m_failure = m_maintenance->errorMessage();
        else if (const Status made =
                     (*m_maintenance)->execute("CREATE DATABASE " + m_name.toUtf8());
                 !made)
            m_failure = made.errorMessage();
    }
    ~BenchDatabase()
    {
        if (made())
            (*m_maintenance)->execute("DROP DATABASE " + m_name.toUtf8() + " WITH (FORCE)");
    }

    bool made() const { return m_failure.isEmpty(); }
    const QString &failure() const { return m_failure; }
    QString url(const QString &database = {}) const
    {
        return QStringLiteral("host='%1' dbname=%2 user=clientele_test")
            .arg(m_folder, database.isEmpty() ? m_name : database);
    }

private:
    QString m_folder;
    QString m_name;
    std::unique_ptr<Result<HubConnection>> m_maintenance;
    QString m_failure;
};

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;

    Cluster cluster;
    const QString folder = cluster.socketFolder();
    if (folder.isEmpty())
        return fail(QStringLiteral("No PostgreSQL cluster: set CLIENTELE_TEST_PGHOST or install "
                                   "Debian's postgresql"));
    const BenchDatabase database(folder);
    if (!database.made())
        return fail(database.failure());
    if (const Status made = PostgresHub::init(database.url()); !made)
        return fail(made.errorMessage());
    auto hub = PostgresHub::connect(database.url());
    auto plain = HubConnection::open(database.url());
    if (!hub || !plain)
        return fail(hub.errorMessage() + plain.errorMessage());
    // The columns a push sends, with no index, no constraint and no default.
    if (const Status made = plain->execute(
            "CREATE TABLE plain_change (seq bigint, change_id uuid, kind text, item_uuid text,"
            " field text, value text, deleted boolean, hlc text, base text, replica text,"
            " resolves text[])");
        !made)
        return fail(made.errorMessage());
    const QByteArray copy = QByteArray("COPY plain_change (") + changeCopyColumns + ") FROM STDIN";

    QRandomGenerator random(20261217);
    std::vector<QList<SyncChange>> batches;
    std::vector<QByteArray> rows;
    for (int round = 0; round < rounds; ++round) {
        batches.push_back(makeChanges(count, 1765000000000 + round * qint64(count), random));
        rows.push_back(changeCopyRows(batches.back(), 1 + round * qint64(count)));
    }

    // Side by side: each round times one push and one COPY, taking turns at going first, so
    // both meet the same load on a shared machine.
    QString failure;
    std::vector<double> pushTimes;
    std::vector<double> copyTimes;
    for (int round = 0; round < rounds; ++round) {
        const auto index = std::size_t(round);
        const auto pushOnce = [&] {
            pushTimes.push_back(elapsedMs([&] {
                if (const Status done = (*hub)->push(batches.at(index)); !done)
                    failure = done.errorMessage();
            }));
        };
        const auto copyOnce = [&] {
            copyTimes.push_back(elapsedMs([&] {
                if (const Status done = plain->copyIn(copy.constData(), rows.at(index)); !done)
                    failure = done.errorMessage();
            }));
        };
        if (round % 2 == 0) {
            pushOnce();
            copyOnce();
        } else {
            copyOnce();
            pushOnce();
        }
    }
    if (!failure.isEmpty())
        return fail(failure);
    const auto held = plain->query("SELECT (SELECT count(*) FROM change),"
                                   " (SELECT count(*) FROM plain_change)");
    if (!held)
        return fail(held.errorMessage());

    const double pushMs = median(pushTimes);
    const double copyMs = median(copyTimes);
    const double ratio = pushMs / copyMs;
    std::printf("changes per push     %d, %d rounds (hub holds %s, plain table %s rows)\n", count,
                rounds, qPrintable(held->value(0).value(0)), qPrintable(held->value(0).value(1)));
    std::printf("COPY, plain table    %.1f ms (median)\n", copyMs);
    std::printf("hub push             %.1f ms (median)\n", pushMs);
    std::printf("ratio                %.2fx (target <= 3x: %s)\n", ratio,
                ratio <= 3 ? "met" : "missed");
    return ratio <= 3 ? 0 : 1;
}
