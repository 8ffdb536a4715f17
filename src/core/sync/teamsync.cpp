#include "clientele/core/teamsync.h"

#include "capture.h"
#include "synchistory.h"

#include "clientele/storage/syncdocument.h"
#include "clientele/storage/workspacefile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <SQLiteCpp/Database.h>
#include <spdlog/spdlog.h>

namespace clientele {

namespace {

// Pulled in batches of this many, so a long absence does not need one huge answer.
constexpr int kPullBatch = 5000;

} // namespace

QString hubAddressWithoutPassword(const QString &hub)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"));
    static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&]*&?"));
    static const QRegularExpression key(
        QStringLiteral("(^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    QString address = hub.trimmed();
    if (address.startsWith(QLatin1String("postgres"))) {
        address.replace(userInfo, QStringLiteral("\\1@"));
        address.replace(parameter, QStringLiteral("\\1"));
        if (address.endsWith(QLatin1Char('?')) || address.endsWith(QLatin1Char('&')))
            address.chop(1);
        return address;
    }
    return address.replace(key, QString()).simplified();
}

TeamSync::TeamSync(QString workspacePath, Connect connect)
    : m_path(std::move(workspacePath))
    , m_connect(std::move(connect))
{
}

std::optional<SyncLink> TeamSync::link() const
{
    auto file = WorkspaceFile::open(m_path, WorkspaceFile::Access::ReadOnly);
    if (!file)
        return std::nullopt;
    return SyncLog((*file)->database()).link();
}

Result<SyncOutcome> TeamSync::join(const QString &hub)
{
    const QString name = QFileInfo(m_path).fileName();
    auto file = WorkspaceFile::open(m_path);
    if (!file)
        return file.error();
    if (const auto linked = SyncLog((*file)->database()).link())
        return Error{tr("%1 already shares its content through the hub %2. Leave that hub "
                        "first to join another.")
                         .arg(name, linked->hub)};
    auto exchange = m_connect(hub);
    if (!exchange)
        return exchange.error();
    auto hubTeam = (*exchange)->team();
    if (!hubTeam)
        return hubTeam.error();

    bool downloads = !hubTeam->isEmpty();
    QString team = *hubTeam;
    if (!downloads) {
        auto claimed = (*exchange)->claimTeam(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!claimed)
            return claimed.error();
        team = *claimed;
    }
    SyncLink link{hubAddressWithoutPassword(hub),
                  team,
                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                  (*exchange)->author(),
                  0,
                  {},
                  {}};
    bool refused = false;
    const Status linked = (*file)->transaction([&] {
        auto &db = (*file)->database();
        if (downloads && holdsOwnContent(readSyncFields(db))) {
            refused = true;
            return;
        }
        SyncLog(db).setLink(link);
    });
    if (refused)
        return Error{tr("The hub %1 already holds a team's workspace, and %2 has content of its "
                        "own, so it was not joined. Join with a new, empty workspace to download "
                        "the team's.")
                         .arg(hub, name)};
    if (!linked)
        return linked.error();
    spdlog::info("{} joined the hub as replica {}", m_path.toStdString(),
                 link.replica.toStdString());
    // A downloading workspace has nothing of its own to share: its standard chart and settings
    // would only argue with the team's.
    auto outcome = run(**file, **exchange, downloads ? Capture::Nothing : Capture::LocalEdits);
    // Joining stores a standard chart that was only shown until now, with the identities the
    // team will know it by: a window reads the workspace again either way.
    if (outcome)
        outcome->contentChanged = true;
    return outcome;
}

Result<SyncOutcome> TeamSync::sync()
{
    auto file = WorkspaceFile::open(m_path);
    if (!file)
        return file.error();
    const auto link = SyncLog((*file)->database()).link();
    if (!link)
        return Error{tr("%1 is not linked to a team hub. Join one with File ▸ Team ▸ Join a "
                        "Hub…, or clientele-cli hub join FILE URL.")
                         .arg(QFileInfo(m_path).fileName())};
    auto exchange = m_connect(link->hub);
    if (!exchange)
        return exchange.error();
    return run(**file, **exchange, Capture::LocalEdits);
}

Result<SyncOutcome> TeamSync::run(WorkspaceFile &file, ChangeExchange &exchange, Capture capture)
{
    const QString name = QFileInfo(m_path).fileName();
    auto &db = file.database();
    const auto link = SyncLog(db).link();
    if (!link)
        return Error{tr("%1 left its team hub while it was being synced.").arg(name)};
    auto hubTeam = exchange.team();
    if (!hubTeam)
        return hubTeam.error();
    if (*hubTeam != link->team)
        return Error{tr("The hub %1 holds another team's workspace, so %2 was not synced. Check "
                        "the hub's address, or leave it and join the right one.")
                         .arg(link->hub, name)};

    // Everything new on the hub, fetched before the file's transaction so no lock waits on
    // the network.
    QList<SyncChange> pulled;
    qint64 position = link->pulled;
    for (;;) {
        auto batch = exchange.pull(position, kPullBatch);
        if (!batch)
            return batch.error();
        pulled += batch->changes;
        position = batch->last;
        if (!batch->more)
            break;
    }

    SyncOutcome outcome;
    const Status merged = file.transaction([&] {
        SyncLog log(db);
        SyncLink current = *log.link();
        SyncState state = log.state();
        HybridLogicalClock clock(current.replica, current.clock);
        if (capture == Capture::LocalEdits) {
            const QList<SyncChange> edits =
                captureEdits(readSyncFields(db, state), state, clock, current);
            log.add(edits, false);
            state.apply(edits);
        }
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        for (const SyncChange &change : pulled)
            clock.receive(change.hlc, wall);
        const SyncMerge merge = mergeChanges(state, pulled);
        log.add(merge.applied, true);
        if (!merge.applied.isEmpty()) {
            writeSyncFields(db, merge.state);
            ChangeLogRepository(db).append(historyOfTakenIn(db, state, merge.state, merge.applied));
            outcome.contentChanged = true;
        }
        current.pulled = position;
        current.clock = clock.last();
        log.setLink(current);
        outcome.pulled = int(merge.applied.size());
        outcome.conflicts = int(merge.state.conflicts().size());
    });
    if (!merged)
        return Error{tr("%1 was not synced: %2").arg(name, merged.errorMessage())};

    const QList<SyncChange> unpushed = SyncLog(db).unpushed();
    if (!unpushed.isEmpty()) {
        if (const Status pushed = exchange.push(unpushed); !pushed)
            return pushed.error();
        outcome.pushed = int(unpushed.size());
    }
    outcome.at = QDateTime::currentDateTimeUtc();
    const Status finished = file.transaction([&] {
        SyncLog log(db);
        QStringList ids;
        for (const SyncChange &change : unpushed)
            ids.append(change.changeId);
        log.markPushed(ids);
        SyncLink current = *log.link();
        current.lastSync = outcome.at;
        log.setLink(current);
    });
    if (!finished)
        return finished.error();
    spdlog::info("synced {}: pushed {}, took in {}, {} conflicts", m_path.toStdString(),
                 outcome.pushed, outcome.pulled, outcome.conflicts);
    return outcome;
}

Status TeamSync::leave()
{
    auto file = WorkspaceFile::open(m_path);
    if (!file)
        return file.error();
    return (*file)->transaction([&] { SyncLog((*file)->database()).removeLink(); });
}

} // namespace clientele
