#include "readconnection.h"

#include <SQLiteCpp/Database.h>

#include <QFileInfo>
#include <QUrl>

namespace clientele {

namespace {

bool writable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

std::unique_ptr<SQLite::Database> openImmutable(const QString &path)
{
    // A URI, percent-encoded, so that any character in the path reaches SQLite as it is.
    const QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
    return std::make_unique<SQLite::Database>(
        uri.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
}

} // namespace

bool isFrozen(const QString &path)
{
    return !writable(path) && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

std::unique_ptr<SQLite::Database> openForReading(const QString &path)
{
    if (isFrozen(path))
        return openImmutable(path);
    // A writer's (or a crashed writer's) journal is there already: share it, and leave it as
    // it is for that writer to fold back in.
    if (!writable(path) || QFileInfo::exists(path + QStringLiteral("-wal")))
        return std::make_unique<SQLite::Database>(path.toStdString(),
                                                  SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
    // SQLite removes "-wal" and "-shm" when the last connection closes, but only a connection
    // that may write can; query_only keeps this one from writing anything else.
    auto db = std::make_unique<SQLite::Database>(path.toStdString(),
                                                 SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    db->exec("PRAGMA query_only = ON");
    return db;
}

std::unique_ptr<SQLite::Database> openForInspection(const QString &path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-wal")))
        return openImmutable(path);
    return std::make_unique<SQLite::Database>(path.toStdString(), SQLite::OPEN_READONLY);
}

} // namespace clientele
