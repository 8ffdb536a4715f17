#include "clientele/core/commands/settingscommand.h"

#include "clientele/core/workspace.h"

namespace clientele {

SettingsCommand::SettingsCommand(Workspace *workspace, WorkspaceSettings before,
                                 WorkspaceSettings after)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QStringLiteral("Change workspace settings"));
}

void SettingsCommand::redo()
{
    if (!m_workspace->storeSettings(m_after) && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

void SettingsCommand::undo()
{
    m_workspace->storeSettings(m_before);
}

} // namespace clientele
