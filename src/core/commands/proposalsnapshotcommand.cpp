#include "clientele/core/commands/proposalsnapshotcommand.h"

#include "clientele/core/offerstore.h"

namespace clientele {

ProposalSnapshotCommand::ProposalSnapshotCommand(OfferStore *store, std::optional<Proposal> before,
                                                 std::optional<Proposal> after, const QString &text,
                                                 int mergeKey)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

qint64 ProposalSnapshotCommand::proposalId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

bool ProposalSnapshotCommand::apply(std::optional<Proposal> &target, qint64 otherId)
{
    if (target)
        return m_store->storeProposal(*target);
    return m_store->eraseProposal(otherId);
}

void ProposalSnapshotCommand::redo()
{
    const bool stored = apply(m_after, m_before ? m_before->id : 0);
    if (!stored && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

void ProposalSnapshotCommand::undo()
{
    apply(m_before, m_after ? m_after->id : 0);
}

bool ProposalSnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ProposalSnapshotCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->proposalId() != proposalId() || !m_before
        || !m_after || !next->m_after)
        return false;
    m_after = next->m_after;
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

} // namespace clientele
