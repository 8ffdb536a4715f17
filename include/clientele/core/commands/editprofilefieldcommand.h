#pragma once

#include "clientele/core/commands/profilesnapshotcommand.h"
#include "clientele/domain/profilefields.h"

namespace clientele {

// Changes one field of a profile. Consecutive edits of the same field merge, so typing a
// sentence is one undo step.
class EditProfileFieldCommand : public ProfileSnapshotCommand {
public:
    static constexpr int kId = 1001;

    EditProfileFieldCommand(Workspace *workspace, const CustomerProfile &before,
                            const CustomerProfile &after, ProfileField field);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProfileField m_field;
};

} // namespace clientele
