#include "synchistory.h"

#include "clientele/domain/itemfields.h"
#include "clientele/storage/syncdocument.h"
#include "clientele/storage/syncfieldnames.h"

#include <QDateTime>

namespace clientele {

namespace {

QString fieldValue(const SyncState &state, const QString &kind, const QString &itemUuid,
                   const QString &field)
{
    const auto change = state.current({kind, itemUuid, field});
    return change && !change->deleted ? syncValueText(change->value) : QString();
}

// The item whose history shows a change: a list entry's owner, under the list's name.
struct HistoryTarget {
    QString kind;
    QString itemUuid;
    QString field;
};

HistoryTarget targetOf(const SyncState &state, const SyncChange &change)
{
    using namespace syncfields;
    if (change.kind == kProfileItem)
        return {kProfile, fieldValue(state, change.kind, change.itemUuid, kOwner),
                fieldValue(state, change.kind, change.itemUuid, kList)};
    if (change.kind == kProposalLine)
        return {kProposal, fieldValue(state, change.kind, change.itemUuid, kOwner),
                QStringLiteral("lines")};
    return {change.kind, change.itemUuid, change.field};
}

// Fields as the user edits them: not bookkeeping, places or comings and goings, and not review
// rounds or imports, which are never edited.
bool recorded(const SyncChange &change)
{
    using namespace syncfields;
    return !change.deleted && !isBookkeepingField(change.field) && change.field != syncPresenceField
           && change.field != kPosition && change.kind != kReviewRound && change.kind != kImport;
}

} // namespace

QString syncItemName(const SyncState &state, const QString &kind, const QString &itemUuid)
{
    for (const char *field : {"name", "company", "number", "text", "label", "consultancyName"}) {
        const QString name = fieldValue(state, kind, itemUuid, QString::fromLatin1(field));
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QList<ChangeRecord> historyOfTakenIn(SQLite::Database &db, const SyncState &before,
                                     const SyncState &after, const QList<SyncChange> &takenIn)
{
    QList<ChangeRecord> records;
    for (const SyncChange &change : takenIn) {
        const auto current = after.current({change.kind, change.itemUuid, change.field});
        if (!recorded(change) || !current || current->changeId != change.changeId)
            continue;
        const HistoryTarget target = targetOf(after, change);
        const bool single =
            target.kind == syncfields::kSettings || target.kind == syncfields::kChart;
        const qint64 itemId = single ? 0 : localItemId(db, target.kind, target.itemUuid);
        if (!single && itemId == 0)
            continue;
        ChangeRecord record;
        record.at = QDateTime::fromMSecsSinceEpoch(change.hlc.millis, Qt::UTC);
        record.author = change.author;
        record.kind = target.kind;
        record.itemId = itemId;
        record.itemName = syncItemName(after, target.kind, target.itemUuid);
        record.field = target.field;
        record.label = itemFieldLabel(target.kind, target.field);
        const auto old = before.current({change.kind, change.itemUuid, change.field});
        record.oldValue = old && !old->deleted ? syncValueText(old->value) : QString();
        record.newValue = syncValueText(change.value);
        if (record.oldValue != record.newValue)
            records.append(record);
    }
    return records;
}

} // namespace clientele
