#pragma once

#include "clientele/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct pg_conn;

namespace clientele {

// One open connection to a team hub, a PostgreSQL database named by a libpq connection string
// or URL ("postgresql://host/db", "host=… dbname=…"). Passwords come from libpq's own .pgpass
// and service files, never from the workspace.
class HubConnection {
    Q_DECLARE_TR_FUNCTIONS(clientele::HubConnection)

public:
    // Connects, waiting at most a few seconds for a server that does not answer; a hub that
    // cannot be reached gives an error that says so ("offline"), a malformed address another.
    static Result<HubConnection> open(const QString &url);

    // The server's version as a number, 150004 for 15.4 (server_version_num).
    Result<int> serverVersion();

private:
    struct Closer {
        void operator()(pg_conn *connection) const;
    };
    explicit HubConnection(pg_conn *connection);

    std::unique_ptr<pg_conn, Closer> m_connection;
};

} // namespace clientele
