#pragma once

#include "clientele/domain/attribute.h"
#include "clientele/domain/customerprofile.h"
#include "clientele/domain/offer.h"
#include "clientele/domain/proposal.h"
#include "clientele/domain/prospect.h"
#include "clientele/domain/result.h"
#include "clientele/domain/reviewround.h"
#include "clientele/domain/workspacesettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace clientele {

// Every field of an item as text a person reads and the item reads back: the history records
// a change as the field's text before and after, and "Restore this value" sets it from that
// text. Lists are one line per entry; an entry with parts (an exclusion and its reason, a
// proposal line) has its parts separated by tabs. The tables are built once, so a label is
// translated each time it is read.
template <typename Item> struct ItemField {
    QString key;                    // stable: "name", "obstacles", "validUntil"
    std::function<QString()> label; // what the user reads: "Name", "Obstacles", "Valid until"
    std::function<QString(const Item &)> text;
    std::function<Status(Item &, const QString &)> setText;
};

const QList<ItemField<CustomerProfile>> &profileFields();
const QList<ItemField<Offer>> &offerFields();
const QList<ItemField<Proposal>> &proposalFields();
const QList<ItemField<WorkspaceSettings>> &settingsFields();
// A prospect's own fields (company, contact, systems, source, notes, status, last contact).
const QList<ItemField<Prospect>> &prospectFields();
// Those and a field per chart attribute, labelled by the attribute, whose text is what the chart
// shows for the value (money in `currency` without its code) and is read as the chart reads it.
QList<ItemField<Prospect>> prospectFields(const QList<Attribute> &attributes,
                                          const QString &currency);
// A review round's name and sign-off; a round is never changed back from its history.
const QList<ItemField<ReviewRound>> &reviewRoundFields();
// The key of an attribute's field in that table ("value:12").
QString prospectValueKey(qint64 attributeId);

// The label of an item's field, by the item's kind as the change log names it ("profile",
// "offer", "proposal", "settings", "prospect") and the field's key; the key itself for a field
// no table holds.
QString itemFieldLabel(const QString &kind, const QString &key);

// One field's text before and after a change.
struct FieldChange {
    QString key;
    QString label;
    QString before;
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// The fields whose text differs between two states of one item, in the table's order.
template <typename Item>
QList<FieldChange> changedFields(const QList<ItemField<Item>> &fields, const Item &before,
                                 const Item &after)
{
    QList<FieldChange> changes;
    for (const ItemField<Item> &field : fields) {
        const QString old = field.text(before);
        const QString now = field.text(after);
        if (old != now)
            changes.append({field.key, field.label(), old, now});
    }
    return changes;
}

// Sets the field named `key` from its text; refuses an unknown key and text the field cannot
// hold, leaving the item as it was.
template <typename Item>
Status setFieldFromText(const QList<ItemField<Item>> &fields, Item &item, const QString &key,
                        const QString &text)
{
    for (const ItemField<Item> &field : fields) {
        if (field.key != key)
            continue;
        Item changed = item;
        if (Status set = field.setText(changed, text); !set)
            return set;
        item = std::move(changed);
        return success();
    }
    return Error{QCoreApplication::translate("clientele::ItemField",
                                             "This kind of item has no field \u201c%1\u201d.")
                     .arg(key)};
}

} // namespace clientele
