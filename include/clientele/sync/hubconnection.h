#pragma once

#include "clientele/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace clientele {

// A query's rows, each value as text; SQL NULL reads as an empty text.
using HubRows = QList<QStringList>;

// One open connection to a team hub, a PostgreSQL database named by a libpq connection string
// or URL ("postgresql://host/db", "host=… dbname=…"). Passwords come from libpq's own .pgpass
// and service files, never from the workspace.
class HubConnection {
    Q_DECLARE_TR_FUNCTIONS(clientele::HubConnection)

public:
    // Connects, waiting at most a few seconds for a server that does not answer; a hub that
    // cannot be reached gives an error that says so ("offline"), a malformed address another.
    static Result<HubConnection> open(const QString &url);

    // How messages name the hub: "database “team” on db.example.com", never the address itself,
    // which may hold a password.
    const QString &name() const { return m_name; }

    // The server's version as a number, 150004 for 15.4 (server_version_num).
    Result<int> serverVersion();

    // The calls below fail with the server's or libpq's own words, and say when the connection
    // was lost; the caller's message says what was being done and names the hub.
    // The rows of one statement; the parameters travel as text, apart from the SQL.
    Result<HubRows> query(const char *sql, const QStringList &parameters = {});
    // Statements without parameters or rows, several separated by ';' (a migration).
    Status execute(const QByteArray &sql);
    // Runs `copySql`, a COPY … FROM STDIN, and sends it rows in COPY's text format: each piece
    // `nextRows` gives, until it gives none, so the server takes in one piece while the next
    // is written.
    Status copyIn(const char *copySql, const std::function<QByteArray()> &nextRows);
    Status copyIn(const char *copySql, const QByteArray &rows);
    // The SQLSTATE of the last call's failure ("23505": a unique key already held); empty
    // after a success or when the server said nothing.
    const QByteArray &errorCode() const { return m_errorCode; }

private:
    struct Closer {
        void operator()(pg_conn *connection) const;
    };
    HubConnection(pg_conn *connection, QString name);
    QString failure(const pg_result *result);

    std::unique_ptr<pg_conn, Closer> m_connection;
    QString m_name;
    QByteArray m_errorCode;
};

} // namespace clientele
