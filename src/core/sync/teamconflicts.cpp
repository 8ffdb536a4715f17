#include "clientele/core/teamsync.h"

#include "capture.h"
#include "synchistory.h"

#include "clientele/storage/syncdocument.h"
#include "clientele/storage/workspacefile.h"

#include <QFileInfo>

namespace clientele {

Result<QList<ConflictEntry>> TeamSync::conflicts() const
{
    auto file = WorkspaceFile::open(m_path, WorkspaceFile::Access::ReadOnly);
    if (!file)
        return file.error();
    const SyncState state = SyncLog((*file)->database()).state();
    QList<ConflictEntry> entries;
    for (const SyncConflict &conflict : state.conflicts())
        entries.append({conflict, syncItemName(state, conflict.lost.kind, conflict.lost.itemUuid)});
    return entries;
}

Status TeamSync::resolve(const QString &lostChangeId, const QString &value)
{
    const QString name = QFileInfo(m_path).fileName();
    auto file = WorkspaceFile::open(m_path);
    if (!file)
        return file.error();
    bool found = false;
    const Status settled = (*file)->transaction([&] {
        auto &db = (*file)->database();
        SyncLog log(db);
        const auto link = log.link();
        SyncState state = log.state();
        const QList<SyncConflict> all = state.conflicts();
        const auto conflict = std::find_if(all.cbegin(), all.cend(), [&](const auto &c) {
            return c.lost.changeId == lostChangeId;
        });
        if (!link || conflict == all.cend())
            return;
        found = true;
        HybridLogicalClock clock(link->replica, link->clock);
        // Edits made here since the last sync are taken first, or writing would undo them.
        const QList<SyncChange> edits =
            captureEdits(readSyncFields(db, state), state, clock, *link);
        log.add(edits, false);
        state.apply(edits);
        const SyncChange &lost = conflict->lost;
        QList<SyncChange> settling;
        if (conflict->reason == SyncConflict::Reason::EditedAfterDeletion) {
            // Kept deleted: a tombstone later than the edit. Taken: the item comes back.
            const bool restore = value != conflict->kept.value;
            settling.append(localChange({lost.kind, lost.itemUuid, syncPresenceField},
                                        QStringLiteral("null"), !restore, state, clock, *link));
            state.apply(settling);
            if (restore)
                settling.append(localChange({lost.kind, lost.itemUuid, lost.field}, value, false,
                                            state, clock, *link));
        } else {
            settling.append(localChange({lost.kind, lost.itemUuid, lost.field}, value, false, state,
                                        clock, *link));
        }
        settling.last().resolves = {lostChangeId};
        log.add(settling, false);
        state.apply(settling);
        writeSyncFields(db, state);
        SyncLink current = *link;
        current.clock = clock.last();
        log.setLink(current);
    });
    if (!settled)
        return Error{
            tr("The conflict in %1 was not settled: %2").arg(name, settled.errorMessage())};
    if (!found)
        return Error{tr("%1 has no conflict waiting whose lost change is %2. clientele-cli "
                        "conflicts lists them.")
                         .arg(name, lostChangeId)};
    return success();
}

} // namespace clientele
