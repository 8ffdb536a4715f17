#include "clientele/core/commands/offersnapshotcommand.h"

#include "clientele/core/offerstore.h"

namespace clientele {

OfferSnapshotCommand::OfferSnapshotCommand(OfferStore *store, QList<Change> changes,
                                           const QString &text, int mergeKey)
    : m_store(store)
    , m_changes(std::move(changes))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

qint64 OfferSnapshotCommand::offerId() const
{
    if (m_changes.isEmpty())
        return 0;
    const Change &first = m_changes.first();
    return first.after ? first.after->id : (first.before ? first.before->id : 0);
}

bool OfferSnapshotCommand::apply(bool forward)
{
    QList<Offer> stores;
    QList<qint64> erases;
    QList<int> storedAt;
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change &change = m_changes.at(i);
        const auto &target = forward ? change.after : change.before;
        const auto &other = forward ? change.before : change.after;
        if (target) {
            stores.append(*target);
            storedAt.append(i);
        } else if (other) {
            erases.append(other->id);
        }
    }
    if (!erases.isEmpty() && !m_store->eraseOffers(erases))
        return false;
    if (stores.isEmpty())
        return true;
    if (!m_store->storeOffers(stores))
        return false;
    // New offers keep the ids they were given, so undo and redo find them again.
    for (int i = 0; i < storedAt.size(); ++i) {
        Change &change = m_changes[storedAt.at(i)];
        (forward ? change.after : change.before) = stores.at(i);
    }
    return true;
}

void OfferSnapshotCommand::redo()
{
    const bool stored = apply(true);
    if (!stored && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

void OfferSnapshotCommand::undo()
{
    apply(false);
}

bool OfferSnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const OfferSnapshotCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_changes.size() != 1 || m_changes.size() != 1
        || next->offerId() != offerId() || !m_changes.first().after
        || !next->m_changes.first().after)
        return false;
    m_changes.first().after = next->m_changes.first().after;
    if (m_changes.first().before == m_changes.first().after)
        setObsolete(true);
    return true;
}

} // namespace clientele
