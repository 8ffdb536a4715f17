#include "readconnection.h"

#include <SQLiteCpp/Database.h>

#include <QFileInfo>
#include <QUrl>

namespace clientele {

bool isFrozen(const QString &path)
{
    const QFileInfo info(path);
    return !QFileInfo(info.absolutePath()).isWritable()
           && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

std::unique_ptr<SQLite::Database> openForReading(const QString &path)
{
    if (!isFrozen(path))
        return std::make_unique<SQLite::Database>(path.toStdString(), SQLite::OPEN_READONLY);
    // A URI, percent-encoded, so that any character in the path reaches SQLite as it is.
    const QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
    return std::make_unique<SQLite::Database>(uri.toStdString(),
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

} // namespace clientele
