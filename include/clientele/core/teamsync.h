#pragma once

#include "clientele/domain/changeexchange.h"
#include "clientele/domain/result.h"
#include "clientele/domain/syncmerge.h"
#include "clientele/storage/synclog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace clientele {

class WorkspaceFile;

// What one sync did.
struct SyncOutcome {
    int pushed = 0;              // local changes the hub took in
    int pulled = 0;              // others' changes taken in
    int conflicts = 0;           // conflicts waiting to be settled
    bool contentChanged = false; // the file's content changed: an open window reads it again
    QDateTime at;                // UTC, when it ended
};

// A conflict as the user reads it: the item's name beside the two values.
struct ConflictEntry {
    SyncConflict conflict;
    QString itemName;
};

// A hub address as the workspace keeps it: any password in it (a URL's "user:secret@", its
// "password" parameter, or a "password=" key) left out.
QString hubAddressWithoutPassword(const QString &hub);

// Shares a workspace file with a team through a hub. Every call opens its own connection to
// the file, so it can run on a worker thread while a window keeps the file open; the file's
// part of a sync is one transaction, the hub's part one transaction per call, so a sync cut
// short leaves both sides as they were or as the last finished step left them, and the next
// sync goes on from there.
class TeamSync {
    Q_DECLARE_TR_FUNCTIONS(clientele::TeamSync)

public:
    // Opens the exchange for a hub address: the PostgreSQL hub, or one in memory in tests.
    using Connect = std::function<Result<std::unique_ptr<ChangeExchange>>(const QString &hub)>;

    TeamSync(QString workspacePath, Connect connect);

    // Links the workspace to the hub and syncs: a hub holding no team's workspace yet takes this
    // one; an empty workspace downloads the hub's; any other is refused.
    Result<SyncOutcome> join(const QString &hub);
    // Takes in the others' changes and hands the hub this file's.
    Result<SyncOutcome> sync();
    // Unlinks the workspace; its content stays.
    Status leave();

    std::optional<SyncLink> link() const;
    Result<QList<ConflictEntry>> conflicts() const;
    // Settles the conflict of the lost change `lostChangeId` with `value` (JSON text): the
    // kept value, the lost one or another; it travels with the next sync like any edit.
    Status resolve(const QString &lostChangeId, const QString &value);

private:
    enum class Capture { LocalEdits, Nothing };
    Result<SyncOutcome> run(WorkspaceFile &file, ChangeExchange &exchange, Capture capture);

    QString m_path;
    Connect m_connect;
};

} // namespace clientele
