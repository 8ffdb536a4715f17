#pragma once

#include "clientele/domain/changeexchange.h"
#include "clientele/domain/result.h"
#include "clientele/sync/hubconnection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace clientele {

// The hub schema this Clientele creates and reads (src/sync/hubmigrations/).
constexpr int kHubSchemaVersion = 1;

// The team hub on PostgreSQL: a database whose change table holds every change the replicas
// pushed, in the order it took them in. Change ids and the team are uuids, handed back in
// their usual lower-case form. Every call is one transaction; a call on a connection that
// dropped fails with a message naming the hub, and the next sync connects again.
class PostgresHub : public ChangeExchange {
    Q_DECLARE_TR_FUNCTIONS(clientele::PostgresHub)

public:
    // Creates the hub's schema in the database at `url`, or brings it up to this Clientele's,
    // one migration per transaction; a hub already up to date is left as it is, and one set up
    // by a newer Clientele is refused.
    static Status init(const QString &url);
    // Opens the hub at `url`, refusing a database that is not one and a hub newer than this
    // Clientele. Its signature is TeamSync::Connect's.
    static Result<std::unique_ptr<ChangeExchange>> connect(const QString &url);

    QString author() const override;
    Result<QString> team() override;
    Result<QString> claimTeam(const QString &team) override;
    Status push(const QList<SyncChange> &changes) override;
    Result<ChangeBatch> pull(qint64 after, int limit) override;

private:
    PostgresHub(HubConnection connection, QString author);

    HubConnection m_connection;
    QString m_author;
};

} // namespace clientele
