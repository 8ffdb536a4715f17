#pragma once

#include "clientele/domain/hybridclock.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <tuple>

namespace clientele {

// The field key of an item's presence: a tombstone (deleted) or a restore is a change of it.
inline const QString syncPresenceField = QStringLiteral("@presence");
// A field the application keeps for itself, such as when an item last changed ("~updated"):
// the greatest clock wins it like any other, but a loser is no conflict anyone has to settle.
inline bool isBookkeepingField(const QString &field)
{
    return field.startsWith(QLatin1Char('~'));
}

// One field of one item as it travels between replicas: the change log's record with what a
// merge needs. Changes are facts; a replica keeps every one it has seen, by change id.
struct SyncChange {
    QString changeId; // uuid text, unique across replicas
    QString kind;     // as in the change log: "profile", "offer", "proposal", ...
    QString itemUuid;
    QString field;        // the change log's key, or syncPresenceField
    QString value;        // JSON text
    bool deleted = false; // a tombstone: the item is removed (field is syncPresenceField)
    HlcTimestamp hlc;
    // The hlc of the field's value this edit replaced where it was made (null when the field
    // had none): tells an edit made over another from one made apart from it.
    HlcTimestamp base;
    QString author;
    QString replica;
    // Change ids of the same field's lost edits this change settles (a conflict resolved).
    QStringList resolves;

    friend bool operator==(const SyncChange &, const SyncChange &) = default;
};

struct SyncFieldKey {
    QString kind;
    QString itemUuid;
    QString field;

    friend bool operator==(const SyncFieldKey &, const SyncFieldKey &) = default;
    friend bool operator<(const SyncFieldKey &a, const SyncFieldKey &b)
    {
        return std::tie(a.kind, a.itemUuid, a.field) < std::tie(b.kind, b.itemUuid, b.field);
    }
};

// An edit that lost without its author having seen the value that won: kept for the user to
// see (both values, who, when) and resolve.
struct SyncConflict {
    enum class Reason {
        EditedApart,        // two edits of one field, neither made over the other
        EditedAfterDeletion // an edit later than the tombstone of its item
    };
    Reason reason = Reason::EditedApart;
    SyncChange kept; // the field's value, or the item's tombstone
    SyncChange lost;

    friend bool operator==(const SyncConflict &, const SyncConflict &) = default;
};

// What a replica knows: every change it has applied, and what follows from them. The same set
// of changes gives the same state whatever order they came in and however often.
class SyncState {
public:
    // Adds the changes whose ids are not known yet; returns those.
    QList<SyncChange> apply(const QList<SyncChange> &changes);

    bool knows(const QString &changeId) const { return m_ids.contains(changeId); }
    int changeCount() const { return int(m_ids.size()); }
    // The change that gives the field its value: the greatest hlc (then change id).
    std::optional<SyncChange> current(const SyncFieldKey &key) const;
    bool isDeleted(const QString &kind, const QString &itemUuid) const;
    // Every field of every item not deleted, with its value as JSON text.
    QMap<SyncFieldKey, QString> values() const;
    // Ordered by field, then by the lost edit's hlc; each lost edit appears once.
    QList<SyncConflict> conflicts() const;

    friend bool operator==(const SyncState &a, const SyncState &b)
    {
        return a.m_fields == b.m_fields && a.m_conflicts == b.m_conflicts;
    }

private:
    void updateConflicts(const SyncFieldKey &key);

    // Each field's changes in ascending (hlc, change id).
    std::map<SyncFieldKey, QList<SyncChange>> m_fields;
    std::map<SyncFieldKey, QList<SyncConflict>> m_conflicts;
    QSet<QString> m_ids;
};

struct SyncMerge {
    SyncState state;
    QList<SyncChange> applied;         // the incoming changes that were new
    QList<SyncConflict> newConflicts;  // conflicts the merge added
    QList<SyncConflict> goneConflicts; // conflicts a change in the batch settled
};

// Merges a batch into a replica's state: pure, idempotent by change id, and commutative.
SyncMerge mergeChanges(SyncState local, const QList<SyncChange> &incoming);

// Ordered lists: an item's place is its position field, a number; an insert takes a position
// between its neighbours' so no other item moves. Two items given one position apart from
// each other are both kept, in the order their positions were set (hlc), then by uuid.
double positionBetween(std::optional<double> before, std::optional<double> after);
// The given items of one kind that are not deleted, in list order.
QStringList orderListItems(const SyncState &state, const QString &kind,
                           const QStringList &itemUuids,
                           const QString &positionField = QStringLiteral("position"));

} // namespace clientele
