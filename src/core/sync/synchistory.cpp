#include "synchistory.h"

#include "clientele/domain/itemfields.h"
#include "clientele/storage/syncdocument.h"

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
    if (change.kind == QLatin1String("profileItem"))
        return {QStringLiteral("profile"),
                fieldValue(state, change.kind, change.itemUuid, QStringLiteral("owner")),
                fieldValue(state, change.kind, change.itemUuid, QStringLiteral("list"))};
    if (change.kind == QLatin1String("proposalLine"))
        return {QStringLiteral("proposal"),
                fieldValue(state, change.kind, change.itemUuid, QStringLiteral("owner")),
                QStringLiteral("lines")};
    return {change.kind, change.itemUuid, change.field};
}

bool recorded(const SyncChange &change)
{
    static const QStringList withHistory{
        QStringLiteral("settings"),    QStringLiteral("chart"),   QStringLiteral("attribute"),
        QStringLiteral("client"),      QStringLiteral("profile"), QStringLiteral("profileItem"),
        QStringLiteral("prospect"),    QStringLiteral("offer"),   QStringLiteral("proposal"),
        QStringLiteral("proposalLine")};
    return !change.deleted && !isBookkeepingField(change.field) && change.field != syncPresenceField
           && change.field != QLatin1String("position") && withHistory.contains(change.kind);
}

template <typename Item>
std::optional<QString> labelIn(const QList<ItemField<Item>> &fields, const QString &key)
{
    for (const ItemField<Item> &field : fields)
        if (field.key == key)
            return field.label();
    return std::nullopt;
}

// The label the history shows for the field, where the item has one by that key.
QString labelOf(const QString &kind, const QString &field)
{
    std::optional<QString> label;
    if (kind == QLatin1String("profile"))
        label = labelIn(profileFields(), field);
    else if (kind == QLatin1String("offer"))
        label = labelIn(offerFields(), field);
    else if (kind == QLatin1String("proposal"))
        label = labelIn(proposalFields(), field);
    else if (kind == QLatin1String("settings"))
        label = labelIn(settingsFields(), field);
    else if (kind == QLatin1String("prospect"))
        label = labelIn(prospectFields(), field);
    return label.value_or(field);
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
            target.kind == QLatin1String("settings") || target.kind == QLatin1String("chart");
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
        record.label = labelOf(target.kind, target.field);
        const auto old = before.current({change.kind, change.itemUuid, change.field});
        record.oldValue = old && !old->deleted ? syncValueText(old->value) : QString();
        record.newValue = syncValueText(change.value);
        if (record.oldValue != record.newValue)
            records.append(record);
    }
    return records;
}

} // namespace clientele
