#pragma once

#include "clientele/domain/result.h"

#include <QString>

#include <memory>

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

    // Fails, saying who holds it, when another live process is editing the workspace.
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath);
    static QString lockPathFor(const QString &workspacePath);

private:
    explicit WorkspaceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace clientele
