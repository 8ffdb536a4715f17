#include "clientele/core/commands/profilesnapshotcommand.h"

#include "clientele/core/workspace.h"

namespace clientele {

ProfileSnapshotCommand::ProfileSnapshotCommand(Workspace *workspace,
                                               std::optional<CustomerProfile> before,
                                               std::optional<CustomerProfile> after,
                                               const QString &text)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

qint64 ProfileSnapshotCommand::profileId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool ProfileSnapshotCommand::apply(std::optional<CustomerProfile> &target, qint64 otherId)
{
    if (target)
        return m_workspace->storeProfile(*target); // fills in ids assigned on first store
    return m_workspace->eraseProfile(otherId);
}

void ProfileSnapshotCommand::redo()
{
    const bool stored = apply(m_after, m_before ? m_before->id : 0);
    // A command whose first write failed never enters the undo stack.
    if (!stored && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

void ProfileSnapshotCommand::undo()
{
    apply(m_before, m_after ? m_after->id : 0);
}

} // namespace clientele
