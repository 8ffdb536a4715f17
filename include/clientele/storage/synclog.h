#pragma once

#include "clientele/domain/hybridclock.h"
#include "clientele/domain/syncmerge.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace clientele {

// The workspace's link to a team hub (schema 12). Never a password: libpq finds that in the
// user's .pgpass or service file, the app in the desktop keyring.
struct SyncLink {
    QString hub;        // libpq connection string or URL
    QString team;       // uuid of the team whose workspace this file shares
    QString replica;    // uuid of this file among the team's replicas
    QString author;     // the hub role this file's changes carry
    qint64 pulled = 0;  // the hub position pulled up to
    HlcTimestamp clock; // the greatest timestamp this replica issued or took in
    QDateTime lastSync; // UTC; invalid before the first sync ended

    friend bool operator==(const SyncLink &, const SyncLink &) = default;
};

// The file's side of sync: its link and every change it made or took in, each marked once the
// hub holds it. Calls run in the caller's transaction.
class SyncLog {
public:
    explicit SyncLog(SQLite::Database &db)
        : m_db(db)
    {
    }

    std::optional<SyncLink> link() const;
    void setLink(const SyncLink &link);
    // Leaves the team: the link and the change log go, the content stays.
    void removeLink();

    // Every change recorded, merged.
    SyncState state() const;
    // Records the changes not recorded yet (by change id); `pushed` says the hub holds them.
    void add(const QList<SyncChange> &changes, bool pushed);
    // Changes the hub does not hold yet, in clock order.
    QList<SyncChange> unpushed() const;
    void markPushed(const QStringList &changeIds);

private:
    SQLite::Database &m_db;
};

} // namespace clientele
