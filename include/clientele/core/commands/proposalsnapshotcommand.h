#pragma once

#include "clientele/domain/proposal.h"

#include <QUndoCommand>

#include <optional>

namespace clientele {

class OfferStore;

// Moves one proposal between two whole states; absent means "no such proposal", so adding,
// duplicating and removing are the same command run either way. Consecutive edits with the same
// non-zero merge key on the same proposal merge into one undo step.
class ProposalSnapshotCommand : public QUndoCommand {
public:
    static constexpr int kId = 2002;

    ProposalSnapshotCommand(OfferStore *store, std::optional<Proposal> before,
                            std::optional<Proposal> after, const QString &text, int mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey != 0 ? kId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    qint64 proposalId() const;

private:
    bool apply(std::optional<Proposal> &target, qint64 otherId);

    OfferStore *m_store;
    std::optional<Proposal> m_before;
    std::optional<Proposal> m_after;
    int m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace clientele
