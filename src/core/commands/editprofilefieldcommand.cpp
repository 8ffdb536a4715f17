#include "clientele/core/commands/editprofilefieldcommand.h"

namespace clientele {

EditProfileFieldCommand::EditProfileFieldCommand(Workspace *workspace,
                                                 const CustomerProfile &before,
                                                 const CustomerProfile &after, ProfileField field)
    : ProfileSnapshotCommand(workspace, before, after,
                             QStringLiteral("Edit %1").arg(fieldLabel(field).toLower()))
    , m_field(field)
{
}

bool EditProfileFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditProfileFieldCommand *>(other);
    if (next->m_field != m_field || next->profileId() != profileId())
        return false;
    replaceAfter(next->after());
    // Typing a field back to what it was leaves nothing to undo.
    if (before() && after() && fieldText(*before(), m_field) == fieldText(*after(), m_field))
        setObsolete(true);
    return true;
}

} // namespace clientele
