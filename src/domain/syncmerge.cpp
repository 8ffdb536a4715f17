#include "clientele/domain/syncmerge.h"

#include <algorithm>

namespace clientele {

namespace {

SyncFieldKey keyOf(const SyncChange &change)
{
    return {change.kind, change.itemUuid, change.field};
}

bool before(const SyncChange &a, const SyncChange &b)
{
    const int order = compare(a.hlc, b.hlc);
    return order != 0 ? order < 0 : a.changeId < b.changeId;
}

bool sameOutcome(const SyncChange &a, const SyncChange &b)
{
    return a.deleted == b.deleted && a.value == b.value;
}

// The edits of a field of a deleted item that came after its tombstone; older ones lost to it.
QList<SyncConflict> editsAfterDeletion(const QList<SyncChange> &changes,
                                       const SyncChange &tombstone)
{
    QList<SyncConflict> conflicts;
    for (const SyncChange &change : changes) {
        if (change.hlc > tombstone.hlc)
            conflicts.append({SyncConflict::Reason::EditedAfterDeletion, tombstone, change});
    }
    return conflicts;
}

// Every edit but the winner that no change of the field was made over or settles, and that
// wanted something else than the winner, lost without its author knowing.
QList<SyncConflict> editsMadeApart(const QList<SyncChange> &changes)
{
    QSet<QString> seen;
    QSet<QString> settled;
    for (const SyncChange &change : changes) {
        seen.insert(change.base.toText());
        for (const QString &id : change.resolves)
            settled.insert(id);
    }
    const SyncChange &winner = changes.constLast();
    QList<SyncConflict> conflicts;
    for (qsizetype i = 0; i + 1 < changes.size(); ++i) {
        const SyncChange &change = changes[i];
        if (seen.contains(change.hlc.toText()) || settled.contains(change.changeId)
            || sameOutcome(change, winner))
            continue;
        conflicts.append({SyncConflict::Reason::EditedApart, winner, change});
    }
    return conflicts;
}

QSet<QString> lostIds(const QList<SyncConflict> &conflicts)
{
    QSet<QString> ids;
    for (const SyncConflict &conflict : conflicts)
        ids.insert(conflict.lost.changeId);
    return ids;
}

QList<SyncConflict> conflictsNotIn(const QList<SyncConflict> &conflicts, const QSet<QString> &ids)
{
    QList<SyncConflict> rest;
    for (const SyncConflict &conflict : conflicts) {
        if (!ids.contains(conflict.lost.changeId))
            rest.append(conflict);
    }
    return rest;
}

} // namespace

QList<SyncChange> SyncState::apply(const QList<SyncChange> &changes)
{
    QList<SyncChange> applied;
    std::map<SyncFieldKey, bool> touched;
    for (const SyncChange &change : changes) {
        if (m_ids.contains(change.changeId))
            continue;
        m_ids.insert(change.changeId);
        QList<SyncChange> &field = m_fields[keyOf(change)];
        field.insert(std::upper_bound(field.begin(), field.end(), change, before), change);
        touched[keyOf(change)] = true;
        applied.append(change);
    }
    for (const auto &[key, unused] : touched) {
        if (key.field != syncPresenceField) {
            updateConflicts(key);
            continue;
        }
        // A tombstone or a restore changes what every field of the item conflicts with.
        for (auto it = m_fields.lower_bound({key.kind, key.itemUuid, QString()});
             it != m_fields.end() && it->first.kind == key.kind
             && it->first.itemUuid == key.itemUuid;
             ++it)
            updateConflicts(it->first);
    }
    return applied;
}

void SyncState::updateConflicts(const SyncFieldKey &key)
{
    const QList<SyncChange> &changes = m_fields.at(key);
    const std::optional<SyncChange> presence = current({key.kind, key.itemUuid, syncPresenceField});
    const QList<SyncConflict> conflicts =
        isBookkeepingField(key.field) ? QList<SyncConflict>{}
        : key.field != syncPresenceField && presence && presence->deleted
            ? editsAfterDeletion(changes, *presence)
            : editsMadeApart(changes);
    if (conflicts.isEmpty())
        m_conflicts.erase(key);
    else
        m_conflicts[key] = conflicts;
}

std::optional<SyncChange> SyncState::current(const SyncFieldKey &key) const
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return std::nullopt;
    return it->second.constLast();
}

bool SyncState::isDeleted(const QString &kind, const QString &itemUuid) const
{
    const std::optional<SyncChange> presence = current({kind, itemUuid, syncPresenceField});
    return presence && presence->deleted;
}

QMap<SyncFieldKey, QString> SyncState::values() const
{
    QMap<SyncFieldKey, QString> values;
    for (const auto &[key, changes] : m_fields) {
        if (key.field != syncPresenceField && !isDeleted(key.kind, key.itemUuid))
            values.insert(key, changes.constLast().value);
    }
    return values;
}

QList<SyncConflict> SyncState::conflicts() const
{
    QList<SyncConflict> all;
    for (const auto &[key, conflicts] : m_conflicts)
        all.append(conflicts);
    return all;
}

SyncMerge mergeChanges(SyncState local, const QList<SyncChange> &incoming)
{
    const QList<SyncConflict> before = local.conflicts();
    SyncMerge merge;
    merge.applied = local.apply(incoming);
    const QList<SyncConflict> after = local.conflicts();
    merge.newConflicts = conflictsNotIn(after, lostIds(before));
    merge.goneConflicts = conflictsNotIn(before, lostIds(after));
    merge.state = std::move(local);
    return merge;
}

} // namespace clientele
