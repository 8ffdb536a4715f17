#include "syncitems.h"

#include <QSet>

#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/syncdocument.h"
#include "sqltext.h"
#include "syncfields.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>

#include <algorithm>

namespace clientele {

using namespace syncfields;

namespace {

// The table holding each kind of item with an id of its own.
const char *tableOf(const QString &kind)
{
    static const QHash<QString, const char *> tables{
        {kProfile, "profile"},     {kProfileItem, "profile_item"}, {kAttribute, "chart_attribute"},
        {kClient, "chart_client"}, {kProspect, "prospect"},        {kOffer, "offer"},
        {kProposal, "proposal"},   {kReviewRound, "review_round"}};
    return tables.value(kind, nullptr);
}

bool madeBefore(const SyncItem *a, const SyncItem *b)
{
    if (const int order = compare(a->first, b->first); order != 0)
        return order < 0;
    return a->uuid < b->uuid;
}

} // namespace

const nlohmann::json &SyncItem::field(const QString &name) const
{
    static const nlohmann::json none;
    const auto it = fields.constFind(name);
    return it == fields.constEnd() ? none : *it;
}

SyncItems::SyncItems(const SyncState &state)
{
    const QMap<SyncFieldKey, QString> values = state.values();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SyncFieldKey &key = it.key();
        SyncItem &item = m_items[key.kind][key.itemUuid];
        item.uuid = key.itemUuid;
        try {
            item.fields.insert(key.field, nlohmann::json::parse(it.value().toStdString()));
        } catch (const nlohmann::json::exception &) {
            throw JsonInputError(
                QStringLiteral("%1 %2 %3").arg(key.kind, key.itemUuid, key.field),
                QCoreApplication::translate("clientele::SyncDocument", "the value is not JSON: %1")
                    .arg(it.value().left(80)));
        }
        const HlcTimestamp at = state.current(key)->hlc;
        if (item.first.isNull() || at < item.first)
            item.first = at;
    }
}

QList<const SyncItem *> SyncItems::ofKind(const QString &kind) const
{
    QList<const SyncItem *> items;
    const auto ofKind = m_items.constFind(kind);
    if (ofKind == m_items.constEnd())
        return items;
    for (const SyncItem &item : *ofKind)
        items.append(&item);
    std::sort(items.begin(), items.end(), madeBefore);
    return items;
}

const SyncItem *SyncItems::find(const QString &kind, const QString &uuid) const
{
    const auto items = m_items.constFind(kind);
    if (items == m_items.constEnd())
        return nullptr;
    const auto item = items->constFind(uuid);
    return item == items->constEnd() ? nullptr : &*item;
}

QHash<QString, qint64> storedItemIds(SQLite::Database &db, const QString &kind)
{
    QHash<QString, qint64> ids;
    const char *table = tableOf(kind);
    if (!table)
        return ids;
    SQLite::Statement query(db, std::string("SELECT uuid, id FROM ") + table
                                    + " WHERE uuid IS NOT NULL");
    while (query.executeStep())
        ids.insert(sql::text(query.getColumn(0)), query.getColumn(1).getInt64());
    return ids;
}

SyncLocalIds::SyncLocalIds(SQLite::Database &db, const SyncItems &items)
{
    for (const QString &kind : {kProfile, kProfileItem, kAttribute, kClient, kProspect, kOffer,
                                kProposal, kReviewRound}) {
        m_stored[kind] = storedItemIds(db, kind);
        QHash<QString, qint64> &ids = m_ids[kind];
        QSet<qint64> taken;
        const QList<const SyncItem *> ofKind = items.ofKind(kind);
        // The id it was made with, unless an item made earlier holds it; then the next free one.
        for (const SyncItem *item : ofKind) {
            const nlohmann::json &given = item->field(kLocalId);
            const qint64 id = given.is_number_integer() ? given.get<qint64>() : 0;
            if (id > 0 && !taken.contains(id)) {
                ids.insert(item->uuid, id);
                taken.insert(id);
            }
        }
        qint64 next = taken.isEmpty() ? 1 : *std::max_element(taken.cbegin(), taken.cend()) + 1;
        for (const SyncItem *item : ofKind)
            if (!ids.contains(item->uuid))
                ids.insert(item->uuid, next++);
    }
}

void SyncLocalIds::moveHistory(SQLite::Database &db) const
{
    // Through a negative id first, so two items trading ids never mix their rows; an item no
    // longer written keeps its rows under that negative id, which no item has.
    SQLite::Statement move(db, "UPDATE change_log SET item_id = ? WHERE kind = ? AND item_id = ?");
    const auto moveRows = [&move](const QString &kind, qint64 from, qint64 to) {
        move.bind(1, static_cast<int64_t>(to));
        move.bind(2, sql::utf8(kind));
        move.bind(3, static_cast<int64_t>(from));
        move.exec();
        move.reset();
    };
    for (auto kind = m_stored.cbegin(); kind != m_stored.cend(); ++kind) {
        for (auto stored = kind->cbegin(); stored != kind->cend(); ++stored)
            if (id(kind.key(), stored.key()) != stored.value())
                moveRows(kind.key(), stored.value(), -stored.value() - 1);
        for (auto stored = kind->cbegin(); stored != kind->cend(); ++stored)
            if (const qint64 now = id(kind.key(), stored.key()); now > 0 && now != stored.value())
                moveRows(kind.key(), -stored.value() - 1, now);
    }
}

qint64 localItemId(SQLite::Database &db, const QString &kind, const QString &uuid)
{
    const char *table = tableOf(kind);
    if (!table)
        return 0;
    SQLite::Statement query(db, std::string("SELECT id FROM ") + table + " WHERE uuid = ?");
    query.bind(1, sql::utf8(uuid));
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

QString syncValueText(const QString &jsonValue)
{
    try {
        const nlohmann::ordered_json value = nlohmann::ordered_json::parse(jsonValue.toStdString());
        if (value.is_null())
            return {};
        if (value.is_string())
            return QString::fromStdString(value.get<std::string>());
        return QString::fromStdString(
            value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    } catch (const nlohmann::ordered_json::exception &) {
        return jsonValue; // not JSON: shown as it came
    }
}

} // namespace clientele
