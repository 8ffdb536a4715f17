#include "clientele/storage/workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace clientele {

namespace {

std::optional<WorkspaceLock::Holder> readHolder(const QLockFile &lock)
{
    WorkspaceLock::Holder holder;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    return holder;
}

} // namespace

WorkspaceLock::WorkspaceLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{
}

WorkspaceLock::~WorkspaceLock() = default;

QString WorkspaceLock::lockPathFor(const QString &workspacePath)
{
    // One lock for one file, whichever name (a link, a relative path) opens it.
    QFileInfo info(workspacePath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        info.setFile(canonical);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspacePath)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(workspacePath));
    // Only a dead holder makes a lock stale; a live one may sit idle for hours.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(std::move(lock)));

    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        const Holder who = readHolder(*lock).value_or(Holder{});
        return Error{
            QCoreApplication::translate("clientele::WorkspaceLock",
                                        "\"%1\" is open for editing in another window (%2, process "
                                        "%3 on %4).")
                .arg(QFileInfo(workspacePath).fileName(),
                     who.application.isEmpty() ? QStringLiteral("Clientele") : who.application)
                .arg(who.pid)
                .arg(who.host)};
    }
    case QLockFile::PermissionError:
        // A folder we cannot write to cannot hold edits either; the open itself will say so.
        return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(nullptr));
    default:
        return Error{
            QCoreApplication::translate("clientele::WorkspaceLock",
                                        "Could not check whether \"%1\" is open elsewhere.")
                .arg(QFileInfo(workspacePath).fileName())};
    }
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder(const QString &workspacePath)
{
    return readHolder(QLockFile(lockPathFor(workspacePath)));
}

} // namespace clientele
