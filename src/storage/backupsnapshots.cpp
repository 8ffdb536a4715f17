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
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

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

QString labelPath(const QString &snapshotPath)
{
    return snapshotPath + QStringLiteral(".txt");
}

void removeDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(labelPath(path));
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

Result<QString> BackupSnapshots::take(const WorkspaceFile &file, const QString &label)
{
    const QString folder = folderFor(file.path());
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("clientele::BackupSnapshots",
                                                 "Cannot create the backup folder \u201C%1\u201D.")
                         .arg(folder)};
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString tag = label.left(40).toLower();
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
    relabel(path, label);
    return path;
}

void BackupSnapshots::keepNewest(const QString &workspacePath, int keep)
{
    const QStringList all = list(workspacePath);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        removeDatabase(all.at(i));
}

void BackupSnapshots::discard(const QString &snapshotPath)
{
    removeDatabase(snapshotPath);
}

void BackupSnapshots::relabel(const QString &snapshotPath, const QString &label)
{
    QSaveFile file(labelPath(snapshotPath));
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(label.toUtf8());
        file.commit();
    }
}

BackupSnapshots::Description BackupSnapshots::describe(const QString &snapshotPath)
{
    const QString name = QFileInfo(snapshotPath).completeBaseName();
    // Names start with the UTC time they were taken: yyyyMMdd-HHmmss-zzz-<tag>.
    Description description;
    description.taken = QDateTime::fromString(name.left(19), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    description.taken.setTimeSpec(Qt::UTC);
    QFile file(labelPath(snapshotPath));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        description.label = QString::fromUtf8(file.readAll()).trimmed();
    if (description.label.isEmpty()) // a snapshot from before labels: its name's tag
        description.label = name.mid(20).replace(QLatin1Char('-'), QLatin1Char(' ')).trimmed();
    return description;
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
    const Description restored = describe(snapshotPath);
    auto kept = take(
        target, QCoreApplication::translate("clientele::BackupSnapshots",
                                            "Before restoring the backup taken %1")
                    .arg(QLocale().toString(restored.taken.toLocalTime(), QLocale::ShortFormat)));
    if (!kept)
        return kept.error();
    try {
        SQLite::Database source(snapshotPath.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Backup copy(target.database(), source);
        copy.executeStep(-1);
        keepNewest(target.path());
        return success();
    } catch (const std::exception &e) {
        discard(*kept);
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
