#pragma once

#include "clientele/domain/result.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace clientele {

// Marks a workspace as being edited by one window or process, so that a second one learns at
// once that someone else is writing and can open it read-only instead of fighting over it.
// The mark is a lock file beside the workspace; a holder that died leaves a stale mark, which
// the next opener clears.
class WorkspaceLock {
public:
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    // The process a lock file names: which program, its id and the computer it runs on.
    struct Holder {
        qint64 pid = 0;
        QString host;
        QString application;
    };

    // Fails, saying who holds it, when another live process is editing the workspace.
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath);
    // Who the lock beside the workspace names, without taking or clearing it; none when there is
    // no lock. The holder may have died since: whoever asks it something learns that then.
    static std::optional<Holder> holder(const QString &workspacePath);
    static QString lockPathFor(const QString &workspacePath);

private:
    explicit WorkspaceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace clientele
