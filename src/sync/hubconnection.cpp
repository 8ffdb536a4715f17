#include "clientele/sync/hubconnection.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <array>

namespace clientele {

namespace {

// libpq's own words, on one line. libpq quotes a malformed URL whole; its password is cut out.
QString libpqMessage(const char *message)
{
    static const QRegularExpression password(QStringLiteral("(://[^:/@\\s]*):[^@/\\s]*@"));
    return QString::fromUtf8(message).simplified().replace(password, QStringLiteral("\\1@"));
}

// "database “team” on db.example.com", from the parsed address: never the address itself,
// which may hold a password.
QString describe(PQconninfoOption *options)
{
    QString host;
    QString database;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        const QString value = option->val ? QString::fromUtf8(option->val) : QString();
        if (qstrcmp(option->keyword, "host") == 0)
            host = value;
        else if (qstrcmp(option->keyword, "dbname") == 0)
            database = value;
    }
    if (host.isEmpty())
        host = QCoreApplication::translate("clientele::HubConnection", "the local server");
    if (database.isEmpty())
        return host;
    return QCoreApplication::translate("clientele::HubConnection", "database “%1” on %2")
        .arg(database, host);
}

// A server that does not answer may keep a connection attempt waiting for minutes; the whole
// attempt, every host of the address included, gets this long.
constexpr int connectDeadlineMs = 10'000;

// Drives libpq's non-blocking connect to the end. `reached` tells whether any server answered,
// which separates "offline" from a server that refused the connection.
PostgresPollingStatusType finishConnecting(PGconn *connection, bool &reached)
{
    const QDeadlineTimer deadline(connectDeadlineMs);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        pollfd socket{PQsocket(connection),
                      short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int waitMs = int(deadline.remainingTime());
        if (socket.fd < 0 || waitMs <= 0 || ::poll(&socket, 1, waitMs) == 0)
            return PGRES_POLLING_FAILED;
        state = PQconnectPoll(connection);
        const ConnStatusType status = PQstatus(connection);
        if (status != CONNECTION_STARTED && status != CONNECTION_BAD)
            reached = true;
    }
    return state;
}

} // namespace

void HubConnection::Closer::operator()(pg_conn *connection) const
{
    PQfinish(connection);
}

HubConnection::HubConnection(pg_conn *connection)
    : m_connection(connection)
{
}

Result<HubConnection> HubConnection::open(const QString &url)
{
    const QByteArray address = url.toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.constData(), &parseError);
    if (!options) {
        const QString detail = parseError ? libpqMessage(parseError) : tr("out of memory");
        PQfreemem(parseError);
        return Error{tr("The hub address is not valid: %1").arg(detail)};
    }
    const QString hub = describe(options);
    PQconninfoFree(options);

    const std::array<const char *, 2> keywords{"dbname", nullptr};
    const std::array<const char *, 2> values{address.constData(), nullptr};
    PGconn *started = PQconnectStartParams(keywords.data(), values.data(), 1);
    if (!started)
        return Error{tr("Could not connect to the hub at %1: out of memory").arg(hub)};
    HubConnection connection(started);
    bool reached = false;
    if (PQstatus(started) != CONNECTION_BAD
        && finishConnecting(started, reached) == PGRES_POLLING_OK)
        return connection;
    QString detail = libpqMessage(PQerrorMessage(started));
    if (detail.isEmpty())
        detail = tr("no answer within %n second(s)", nullptr, connectDeadlineMs / 1000);
    if (!reached)
        return Error{tr("The hub at %1 cannot be reached, so this workspace is offline: %2")
                         .arg(hub, detail)};
    return Error{tr("The hub at %1 refused the connection: %2").arg(hub, detail)};
}

Result<int> HubConnection::serverVersion()
{
    PGresult *result = PQexec(m_connection.get(), "SHOW server_version_num");
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    const QString text = ok ? QString::fromUtf8(PQgetvalue(result, 0, 0))
                            : libpqMessage(PQerrorMessage(m_connection.get()));
    PQclear(result);
    if (!ok)
        return Error{tr("The hub did not say its version: %1").arg(text)};
    return text.toInt();
}

} // namespace clientele
