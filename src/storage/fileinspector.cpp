#include "fileinspector.h"

#include "readconnection.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace clientele {

namespace {

constexpr qint64 kHeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

bool looksLikeText(const QByteArray &sample)
{
    if (sample.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(sample);
    return !decoder.hasError() || sample.size() >= 4096; // a cut-off multibyte tail is fine
}

Error refuse(const QString &path, const QString &why)
{
    return Error{QCoreApplication::translate("clientele::FileInspector", "Cannot open \"%1\": %2")
                     .arg(QFileInfo(path).fileName(), why)};
}

} // namespace

Result<FileVerdict> inspectWorkspaceFile(const QString &path, int latestSchemaVersion,
                                         int applicationId)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(path, QCoreApplication::translate("clientele::FileInspector",
                                                        "the file does not exist."));
    if (info.isDir())
        return refuse(path, QCoreApplication::translate("clientele::FileInspector",
                                                        "it is a folder, not a workspace file."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            path, QCoreApplication::translate("clientele::FileInspector", "it cannot be read (%1).")
                      .arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return refuse(path,
                      QCoreApplication::translate("clientele::FileInspector",
                                                  "the file is empty, so it is not a Clientele "
                                                  "workspace."));
    const QByteArray head = file.read(4096);
    file.close();

    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (looksLikeText(head))
            return refuse(
                path, QCoreApplication::translate("clientele::FileInspector",
                                                  "it is a text file, not a Clientele workspace."));
        return refuse(path,
                      QCoreApplication::translate("clientele::FileInspector",
                                                  "it is not a Clientele workspace (not a SQLite "
                                                  "database at all)."));
    }
    if (size < kHeaderSize)
        return refuse(path, QCoreApplication::translate("clientele::FileInspector",
                                                        "the file is truncated (only %n bytes).",
                                                        nullptr, int(size)));

    // The header's page count is trustworthy when its validity counter matches the change
    // counter, and when no write-ahead log holds pages: a checkpoint cut short (a crash, a power
    // cut) can leave the header counting pages that only the log holds yet, and SQLite recovers
    // them from the log on opening.
    const QFileInfo log(path + QStringLiteral("-wal"));
    const bool logHoldsPages = log.exists() && log.size() > 0;
    quint32 pageSize = (static_cast<quint8>(head.at(16)) << 8) | static_cast<quint8>(head.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian32(head, 28);
    if (!logHoldsPages && bigEndian32(head, 92) == bigEndian32(head, 24) && pages > 0
        && static_cast<qint64>(pages) * pageSize > size) {
        return refuse(
            path, QCoreApplication::translate("clientele::FileInspector",
                                              "the file is truncated or damaged: it should hold "
                                              "%1 bytes but holds %2.")
                      .arg(static_cast<qint64>(pages) * pageSize)
                      .arg(size));
    }

    try {
        const auto db = openForInspection(path);
        const int appId = db->execAndGet("PRAGMA application_id").getInt();
        const int version = db->execAndGet("PRAGMA user_version").getInt();
        const int tables = db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (appId != applicationId) {
            if (tables == 0)
                return refuse(path,
                              QCoreApplication::translate("clientele::FileInspector",
                                                          "it is an empty SQLite database, not a "
                                                          "Clientele workspace."));
            return refuse(
                path, QCoreApplication::translate("clientele::FileInspector",
                                                  "it is another program's SQLite database, not "
                                                  "a Clientele workspace."));
        }
        if (version > latestSchemaVersion)
            return refuse(path,
                          QCoreApplication::translate("clientele::FileInspector",
                                                      "it was made by a newer version of Clientele "
                                                      "(schema %1; this version reads up to %2). "
                                                      "Update Clientele to open it.")
                              .arg(version)
                              .arg(latestSchemaVersion));
        if (version < 1)
            return refuse(
                path, QCoreApplication::translate("clientele::FileInspector",
                                                  "the workspace was never finished being created "
                                                  "(no schema)."));
        return FileVerdict{version};
    } catch (const SQLite::Exception &e) {
        return refuse(path, QCoreApplication::translate("clientele::FileInspector",
                                                        "the file is damaged (%1).")
                                .arg(QString::fromUtf8(e.getErrorStr())));
    }
}

} // namespace clientele
