#include "clientele/storage/locationcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <QCoreApplication>
#include <sys/vfs.h>

namespace clientele {

namespace {

// File systems whose locks SQLite cannot rely on (values from statfs(2)).
QString networkFileSystem(const QString &folder)
{
    struct statfs info {};
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return {};
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL: return QStringLiteral("NFS");
    case 0x517BUL: return QStringLiteral("SMB");
    case 0xFF534D42UL: return QStringLiteral("CIFS");
    case 0xFE534D42UL: return QStringLiteral("SMB");
    case 0x65735546UL: return QStringLiteral("FUSE");
    case 0x5346414FUL: return QStringLiteral("AFS");
    case 0x00C36400UL: return QStringLiteral("Ceph");
    case 0x01021997UL: return QStringLiteral("9P");
    default: return {};
    }
}

// Folders that desktop sync clients create or watch.
QString syncFolder(const QString &folder)
{
    static const QStringList names = {
        QStringLiteral("Dropbox"),      QStringLiteral("OneDrive"),
        QStringLiteral("Google Drive"), QStringLiteral("My Drive"),
        QStringLiteral("iCloud Drive"), QStringLiteral("Mobile Documents"),
        QStringLiteral("Nextcloud"),    QStringLiteral("ownCloud"),
        QStringLiteral("pCloud Drive"), QStringLiteral("MEGA"),
        QStringLiteral("Box Sync"),     QStringLiteral("Sync")};
    QDir dir(folder);
    do {
        const QString name = dir.dirName();
        for (const QString &candidate : names)
            if (name.compare(candidate, Qt::CaseInsensitive) == 0
                || name.startsWith(candidate + QStringLiteral(" ("), Qt::CaseInsensitive)
                || name.startsWith(candidate + QStringLiteral(" -"), Qt::CaseInsensitive))
                return candidate;
        if (dir.exists(QStringLiteral(".dropbox")) || dir.exists(QStringLiteral(".stfolder")))
            return dir.exists(QStringLiteral(".dropbox")) ? QStringLiteral("Dropbox")
                                                          : QStringLiteral("Syncthing");
    } while (dir.cdUp());
    return {};
}

} // namespace

QString riskyLocationWarning(const QString &workspacePath)
{
    const QString folder = QFileInfo(workspacePath).absolutePath();
    if (const QString fs = networkFileSystem(folder); !fs.isEmpty())
        return QCoreApplication::translate(
                   "clientele::LocationCheck",
                   "This workspace is on a network drive (%1). Its file locking is not "
                   "reliable there, so two people or windows editing at once could "
                   "damage it. Keep workspaces on a local disk and share copies.")
            .arg(fs);
    if (const QString sync = syncFolder(folder); !sync.isEmpty())
        return QCoreApplication::translate(
                   "clientele::LocationCheck",
                   "This workspace is inside a %1 folder. Sync programs copy files "
                   "while they are being written, which can damage a workspace or "
                   "bring back old versions. Keep it in a local folder and save copies "
                   "into %1 instead.")
            .arg(sync);
    return {};
}

} // namespace clientele
