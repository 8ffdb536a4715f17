#pragma once

#include "clientele/domain/customerprofile.h"

#include <QUndoCommand>

#include <optional>

namespace clientele {

class Workspace;

// Moves one profile between two whole states; an absent state means "no such profile", which
// makes adding and removing the same command run in opposite directions. Profiles are small,
// so storing the whole profile keeps every edit one simple transaction.
class ProfileSnapshotCommand : public QUndoCommand {
public:
    ProfileSnapshotCommand(Workspace *workspace, std::optional<CustomerProfile> before,
                           std::optional<CustomerProfile> after, const QString &text);

    void redo() override;
    void undo() override;

    qint64 profileId() const;
    const std::optional<CustomerProfile> &after() const { return m_after; }

protected:
    void replaceAfter(std::optional<CustomerProfile> after) { m_after = std::move(after); }
    const std::optional<CustomerProfile> &before() const { return m_before; }

private:
    bool apply(std::optional<CustomerProfile> &target, qint64 otherId);

    Workspace *m_workspace;
    std::optional<CustomerProfile> m_before;
    std::optional<CustomerProfile> m_after;
    bool m_firstRedo = true;
};

} // namespace clientele
