#pragma once

#include "clientele/domain/result.h"
#include "clientele/domain/syncmerge.h"

namespace clientele {

// Changes a hub holds, in the order it took them in.
struct ChangeBatch {
    QList<SyncChange> changes;
    qint64 last = 0;   // the hub's position after the batch: the next pull starts there
    bool more = false; // the hub holds changes after these
};

// Where one replica's changes meet the others': the team hub on PostgreSQL, or one in memory
// for tests. Every call is one transaction on the hub's side.
class ChangeExchange {
public:
    virtual ~ChangeExchange() = default;

    // Who the hub knows this replica's user as; the changes it takes in carry that author.
    virtual QString author() const = 0;
    // The team whose workspace the hub holds; empty while it holds none.
    virtual Result<QString> team() = 0;
    // Gives the hub to `team` when it holds none yet; returns the hub's team afterwards.
    virtual Result<QString> claimTeam(const QString &team) = 0;
    // Takes in the changes, all or none; those it already holds (by change id) change nothing.
    // Each is stored with author() as its author.
    virtual Status push(const QList<SyncChange> &changes) = 0;
    // Up to `limit` changes taken in after position `after` (0: from the first).
    virtual Result<ChangeBatch> pull(qint64 after, int limit) = 0;
};

} // namespace clientele
