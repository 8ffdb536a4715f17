#pragma once

#include "clientele/domain/workspacesettings.h"

#include <QUndoCommand>

namespace clientele {

class Workspace;

// Replaces the workspace settings (consultancy name, currency, ...).
class SettingsCommand : public QUndoCommand {
public:
    SettingsCommand(Workspace *workspace, WorkspaceSettings before, WorkspaceSettings after);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    WorkspaceSettings m_before;
    WorkspaceSettings m_after;
    bool m_firstRedo = true;
};

} // namespace clientele
