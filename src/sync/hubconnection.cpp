#include "clientele/sync/hubconnection.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

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

HubConnection::HubConnection(pg_conn *connection, QString name)
    : m_connection(connection)
    , m_name(std::move(name))
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

    // Keywords before the address are defaults it may override, those after it are not. A
    // server that vanishes mid-call (a cut cable, a laptop put to sleep) is noticed within
    // minutes instead of leaving the call waiting for ever; text travels as UTF-8.
    const std::array<const char *, 8> keywords{"application_name",
                                               "keepalives_idle",
                                               "keepalives_interval",
                                               "tcp_user_timeout",
                                               "dbname",
                                               "client_encoding",
                                               nullptr,
                                               nullptr};
    const std::array<const char *, 8> values{"clientele",         "60",   "10",    "120000",
                                             address.constData(), "UTF8", nullptr, nullptr};
    PGconn *started = PQconnectStartParams(keywords.data(), values.data(), 1);
    if (!started)
        return Error{tr("Could not connect to the hub at %1: out of memory").arg(hub)};
    HubConnection connection(started, hub);
    // The server's notices (a warning about a ROLLBACK with nothing to roll back) are no
    // concern of the user's, and libpq would print them to standard error.
    PQsetNoticeProcessor(
        started, [](void *, const char *) {}, nullptr);
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
    const auto rows = query("SHOW server_version_num");
    if (!rows || rows->size() != 1)
        return Error{tr("The hub did not say its version: %1").arg(rows.errorMessage())};
    return rows->front().value(0).toInt();
}

QString HubConnection::failure(const pg_result *result)
{
    pg_conn *connection = m_connection.get();
    const char *code = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_errorCode = code ? QByteArray(code) : QByteArray();
    const char *message = result && *PQresultErrorMessage(result) ? PQresultErrorMessage(result)
                                                                  : PQerrorMessage(connection);
    QString detail = libpqMessage(message);
    if (PQstatus(connection) == CONNECTION_BAD)
        return tr("the connection was lost: %1").arg(detail);
    return detail;
}

Result<HubRows> HubConnection::query(const char *sql, const QStringList &parameters)
{
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(std::size_t(parameters.size()));
    values.reserve(std::size_t(parameters.size()));
    for (const QString &parameter : parameters)
        texts.push_back(parameter.toUtf8());
    for (const QByteArray &text : texts)
        values.push_back(text.constData());
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(m_connection.get(), sql, int(values.size()), nullptr, values.data(), nullptr,
                     nullptr, 0),
        &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return Error{failure(result.get())};
    m_errorCode.clear();
    HubRows rows;
    const int columns = PQnfields(result.get());
    for (int row = 0, count = PQntuples(result.get()); row < count; ++row) {
        QStringList values;
        for (int column = 0; column < columns; ++column)
            values.append(QString::fromUtf8(PQgetvalue(result.get(), row, column),
                                            PQgetlength(result.get(), row, column)));
        rows.append(values);
    }
    return rows;
}

Status HubConnection::execute(const QByteArray &sql)
{
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(m_connection.get(), sql.constData()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return Error{failure(result.get())};
    m_errorCode.clear();
    return success();
}

Status HubConnection::copyIn(const char *copySql, const QByteArray &rows)
{
    bool given = false;
    return copyIn(copySql, [&] {
        const bool first = !std::exchange(given, true);
        return first ? rows : QByteArray();
    });
}

Status HubConnection::copyIn(const char *copySql, const std::function<QByteArray()> &nextRows)
{
    pg_conn *connection = m_connection.get();
    {
        const std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(connection, copySql),
                                                                    &PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            return Error{failure(started.get())};
    }
    // Each piece in parts, so no single call is handed more than an int's worth.
    constexpr qsizetype part = 1 << 20;
    bool sent = true;
    for (QByteArray rows = nextRows(); sent && !rows.isEmpty(); rows = nextRows()) {
        for (qsizetype at = 0; sent && at < rows.size(); at += part) {
            const int length = int(std::min(part, rows.size() - at));
            sent = PQputCopyData(connection, rows.constData() + at, length) == 1;
        }
    }
    bool ok = PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent") == 1;
    QString refusal;
    while (PGresult *result = PQgetResult(connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && refusal.isEmpty())
            refusal = failure(result);
        PQclear(result);
        ok = ok && status == PGRES_COMMAND_OK;
        // Still copying: the end could not be sent, so the connection is gone.
        if (status == PGRES_COPY_IN)
            break;
    }
    if (ok) {
        m_errorCode.clear();
        return success();
    }
    return Error{refusal.isEmpty() ? failure(nullptr) : refusal};
}

} // namespace clientele
