#include "capture.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

namespace clientele {

namespace {

// A field left out of the export reads as null, so clearing one travels as a change to null.
const QString jsonNull = QStringLiteral("null");

using ItemKey = std::pair<QString, QString>; // kind, uuid

QSet<ItemKey> itemsOf(const QMap<SyncFieldKey, QString> &fields)
{
    QSet<ItemKey> items;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        items.insert({it.key().kind, it.key().itemUuid});
    return items;
}

} // namespace

SyncChange localChange(const SyncFieldKey &key, const QString &value, bool deleted,
                       const SyncState &state, HybridLogicalClock &clock, const SyncLink &link)
{
    SyncChange change;
    change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.kind = key.kind;
    change.itemUuid = key.itemUuid;
    change.field = key.field;
    change.value = value;
    change.deleted = deleted;
    change.hlc = clock.now(QDateTime::currentMSecsSinceEpoch());
    if (const auto current = state.current(key))
        change.base = current->hlc;
    change.author = link.author;
    change.replica = link.replica;
    return change;
}

QList<SyncChange> captureEdits(const QMap<SyncFieldKey, QString> &fields, const SyncState &state,
                               HybridLogicalClock &clock, const SyncLink &link)
{
    QList<SyncChange> changes;
    const QMap<SyncFieldKey, QString> known = state.values();
    const QSet<ItemKey> present = itemsOf(fields);

    for (const ItemKey &item : present) {
        if (state.isDeleted(item.first, item.second))
            changes.append(localChange({item.first, item.second, syncPresenceField}, jsonNull,
                                       false, state, clock, link));
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto current = state.current(it.key());
        const bool restored = state.isDeleted(it.key().kind, it.key().itemUuid);
        if (!current || current->value != it.value() || current->deleted || restored)
            changes.append(localChange(it.key(), it.value(), false, state, clock, link));
    }
    QSet<ItemKey> gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const ItemKey item{it.key().kind, it.key().itemUuid};
        if (!present.contains(item))
            gone.insert(item);
        else if (!fields.contains(it.key()) && it.value() != jsonNull)
            changes.append(localChange(it.key(), jsonNull, false, state, clock, link));
    }
    for (const ItemKey &item : gone)
        changes.append(localChange({item.first, item.second, syncPresenceField}, jsonNull, true,
                                   state, clock, link));
    return changes;
}

} // namespace clientele
