#pragma once

#include "clientele/core/commands/mergeid.h"
#include "clientele/core/history.h"
#include "clientele/domain/itemfields.h"
#include "clientele/storage/changelogrepository.h"

#include <optional>

namespace clientele {

// What the history calls each kind of item, and how it reads one.
template <typename Item> struct ItemKind;

template <> struct ItemKind<CustomerProfile> {
    static QString key() { return History::kProfile; }
    static const QList<ItemField<CustomerProfile>> &fields() { return profileFields(); }
    static QString name(const CustomerProfile &p) { return p.name; }
};

template <> struct ItemKind<Offer> {
    static QString key() { return History::kOffer; }
    static const QList<ItemField<Offer>> &fields() { return offerFields(); }
    static QString name(const Offer &o) { return o.name; }
};

template <> struct ItemKind<Proposal> {
    static QString key() { return History::kProposal; }
    static const QList<ItemField<Proposal>> &fields() { return proposalFields(); }
    static QString name(const Proposal &p)
    {
        return p.prospect.company.isEmpty() ? p.number
                                            : p.number + QStringLiteral(", ") + p.prospect.company;
    }
};

template <> struct ItemKind<Prospect> {
    static QString key() { return History::kProspect; }
    // Without the chart's attributes; ProspectBook adds a field for each.
    static const QList<ItemField<Prospect>> &fields() { return prospectFields(); }
    static QString name(const Prospect &p) { return p.company; }
};

// The history's field keys for an item coming and going.
inline const QString kCreatedField = QStringLiteral("created");
inline const QString kRemovedField = QStringLiteral("removed");

// A history record of one field of one item; the workspace stamps the time and the author.
inline ChangeRecord changeRecord(const QString &kind, qint64 itemId, const QString &itemName,
                                 const FieldChange &field, MergeId merge)
{
    ChangeRecord record;
    record.kind = kind;
    record.itemId = itemId;
    record.itemName = itemName;
    record.field = field.key;
    record.label = field.label;
    record.oldValue = field.before;
    record.newValue = field.after;
    record.merge = merge == MergeId::None ? 0 : static_cast<int>(merge);
    return record;
}

// The history of one item going from `replaced` to `value` (either may be absent: the item is
// created or removed): a row per field whose text changed, or one row saying it came or went.
// `value` holds the ids the write assigned; `fields` are the item's fields as text.
template <typename Item>
QList<ChangeRecord> itemHistory(const QList<ItemField<Item>> &fields,
                                const std::optional<Item> &replaced,
                                const std::optional<Item> &value, MergeId merge)
{
    using Kind = ItemKind<Item>;
    if (value && replaced) {
        QList<ChangeRecord> records;
        for (const FieldChange &field : changedFields(fields, *replaced, *value))
            records << changeRecord(Kind::key(), value->id, Kind::name(*value), field, merge);
        return records;
    }
    if (value)
        return {changeRecord(Kind::key(), value->id, Kind::name(*value),
                             {kCreatedField, History::tr("Created"), {}, Kind::name(*value)},
                             merge)};
    if (replaced)
        return {changeRecord(Kind::key(), replaced->id, Kind::name(*replaced),
                             {kRemovedField, History::tr("Removed"), Kind::name(*replaced), {}},
                             merge)};
    return {};
}

} // namespace clientele
