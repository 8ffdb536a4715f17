#include "clientele/storage/backupsnapshots.h"

#include "clientele/storage/workspacefile.h"
#include "fileinspector.h"

#include "readconnection.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace clientele {

namespace {

QString checkCopy(const QString &path)
{
    try {
        SQLite::Database copy(path.toStdString(), SQLite::OPEN_READWRITE);
        SQLite::Statement check(copy, "PRAGMA integrity_check");
        QStringList problems;
        while (check.executeStep()) {
            const QString line = QString::fromUtf8(check.getColumn(0).getText());
            if (line != QStringLiteral("ok"))
                problems << line;
        }
        return problems.join(QStringLiteral("; "));
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

void removeDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

QString BackupSnapshots::folderFor(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".backups");
}

QStringList BackupSnapshots::list(const QString &workspacePath)
{
    const QDir dir(folderFor(workspacePath));
    // Names start with a sortable timestamp, so the name order is the age order.
    QStringList names = dir.entryList({QStringLiteral("*.clientele")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

Result<QString> BackupSnapshots::take(const WorkspaceFile &file, const QString &reason, int keep)
{
    const QString folder = folderFor(file.path());
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("clientele::BackupSnapshots",
                                                 "Cannot create the backup folder \u201C%1\u201D.")
                         .arg(folder)};
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString tag = reason;
    tag.replace(unsafe, QStringLiteral("-"));
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2.clientele").arg(stamp, tag));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.clientele").arg(stamp, tag).arg(n));
    if (Status copied = file.saveCopy(path); !copied)
        return copied.error();
    if (const QString problems = checkCopy(path); !problems.isEmpty()) {
        removeDatabase(path);
        return Error{
            QCoreApplication::translate("clientele::BackupSnapshots",
                                        "The backup taken before the change failed its check (%1); "
                                        "nothing was changed.")
                .arg(problems)};
    }
    const QStringList all = list(file.path());
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        removeDatabase(all.at(i));
    return path;
}

Status BackupSnapshots::restore(const QString &snapshotPath, WorkspaceFile &target)
{
    if (target.isReadOnly())
        return Error{QCoreApplication::translate(
            "clientele::BackupSnapshots",
            "This workspace is open read-only; it cannot be restored.")};
    auto verdict = inspectWorkspaceFile(snapshotPath, WorkspaceFile::latestSchemaVersion(),
                                        WorkspaceFile::kApplicationId);
    if (!verdict)
        return verdict.error();
    if (const QString problems = checkCopy(snapshotPath); !problems.isEmpty())
        return Error{QCoreApplication::translate("clientele::BackupSnapshots",
                                                 "The backup is damaged (%1); nothing was changed.")
                         .arg(problems)};
    if (auto kept = take(target, QStringLiteral("before restore")); !kept)
        return kept.error();
    try {
        SQLite::Database source(snapshotPath.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Backup copy(target.database(), source);
        copy.executeStep(-1);
        return success();
    } catch (const std::exception &e) {
        return Error{
            QCoreApplication::translate("clientele::BackupSnapshots",
                                        "The backup could not be restored: %1; the workspace is as "
                                        "it was.")
                .arg(QString::fromUtf8(e.what()))};
    }
}

QStringList BackupSnapshots::quickCheck(const QString &workspacePath)
{
    QStringList problems;
    try {
        const auto db = openForReading(workspacePath);
        SQLite::Statement check(*db, "PRAGMA quick_check");
        while (check.executeStep()) {
            const QString line = QString::fromUtf8(check.getColumn(0).getText());
            if (line != QStringLiteral("ok"))
                problems << line;
        }
    } catch (const std::exception &e) {
        problems << QString::fromUtf8(e.what());
    }
    return problems;
}

} // namespace clientele
