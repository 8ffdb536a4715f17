#include "clientele/storage/syncdocument.h"

#include "clientele/storage/importbatches.h"

#include "clientele/domain/charttext.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/profilefields.h"
#include "clientele/storage/workspacejson.h"
#include "jsonsection.h"
#include "syncfields.h"
#include "syncitems.h"
#include "syncrepairs.h"
#include "workspacejsoncontent.h"

#include <SQLiteCpp/Database.h>

#include <QSet>

#include <algorithm>

namespace clientele {

using namespace syncfields;

namespace {

using Json = nlohmann::json;

QString textOf(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// What writing needs of a chart attribute: its id, and how its cells and values are read.
struct WrittenAttribute {
    qint64 id = 0;
    Attribute attribute;
};

// Implodes the merged state into a workspace document of the export's form, every link by
// uuid turned into the local id its item is written with, and links to items not written left
// out.
class DocumentWriter {
public:
    DocumentWriter(SQLite::Database &db, const SyncState &state)
        : m_state(state)
        , m_items(state)
        , m_ids(db, m_items)
    {
        for (const SyncItem *item : m_items.ofKind(kProfileItem)) {
            const QString owner = textOf(item->field(kOwner));
            if (m_items.contains(kProfile, owner))
                m_children[owner + QLatin1Char('/') + textOf(item->field(kList))] << item->uuid;
        }
        for (const SyncItem *item : m_items.ofKind(kProposalLine)) {
            const QString owner = textOf(item->field(kOwner));
            if (m_items.contains(kProposal, owner))
                m_children[owner] << item->uuid;
        }
    }

    Json document()
    {
        Json root = Json::object();
        root["format"] = kWorkspaceJsonFormat;
        root["formatVersion"] = kWorkspaceJsonFormatVersion;
        const SyncItem *settings = m_items.find(kSettings, kSettings);
        root["settings"] = settings ? plainFields(*settings) : Json::object();
        if (auto chart = chartJson())
            root["chart"] = std::move(*chart);
        root["profiles"] = profilesJson();
        root["prospects"] = prospectsJson();
        root["offers"] = offersJson();
        root["proposals"] = proposalsJson();
        root["reviewRounds"] = each(kReviewRound, [](const SyncItem &, Json &) {});
        repairProposalNumbers(root["proposals"]);
        repairLadderPositions(root["offers"]);
        repairRoundNumbers(root["reviewRounds"]);
        return root;
    }

private:
    // The item's fields that are keys of its object as they stand: not its place, its links or
    // its per-attribute values, which the caller writes; bookkeeping fields under their key.
    static Json plainFields(const SyncItem &item, const QStringList &skip = {})
    {
        Json object = Json::object();
        for (auto it = item.fields.constBegin(); it != item.fields.constEnd(); ++it) {
            const QString &name = it.key();
            if (name == kPosition || name == kLocalId || name == kOwner || name == kList
                || name.startsWith(kCellPrefix) || name.startsWith(kValuePrefix)
                || skip.contains(name))
                continue;
            object[(isBookkeepingField(name) ? name.mid(1) : name).toStdString()] = it.value();
        }
        return object;
    }

    Json withIdentity(const QString &kind, const SyncItem &item, const QStringList &skip = {}) const
    {
        Json object = plainFields(item, skip);
        if (const qint64 id = m_ids.id(kind, item.uuid); id > 0)
            object["id"] = id;
        object["uuid"] = item.uuid.toStdString();
        return object;
    }

    // The items of a kind in id order, each completed by `complete`.
    template <typename Complete>
    Json each(const QString &kind, Complete complete, const QStringList &skip = {}) const
    {
        QList<const SyncItem *> items = m_items.ofKind(kind);
        std::sort(items.begin(), items.end(), [&](const SyncItem *a, const SyncItem *b) {
            return m_ids.id(kind, a->uuid) < m_ids.id(kind, b->uuid);
        });
        Json array = Json::array();
        for (const SyncItem *item : std::as_const(items)) {
            Json object = withIdentity(kind, *item, skip);
            complete(*item, object);
            array.push_back(std::move(object));
        }
        return array;
    }

    // The uuids of one ordered list in list order.
    QStringList ordered(const QString &kind, const QStringList &uuids) const
    {
        return orderListItems(m_state, kind, uuids);
    }

    QStringList uuidsOf(const QString &kind) const
    {
        QStringList uuids;
        for (const SyncItem *item : m_items.ofKind(kind))
            uuids << item->uuid;
        return uuids;
    }

    // The local id a link names, or null when its item is not written.
    Json linkTo(const QString &kind, const Json &uuid) const
    {
        const QString text = textOf(uuid);
        if (!m_items.contains(kind, text))
            return nullptr;
        return m_ids.id(kind, text);
    }

    std::optional<Json> chartJson()
    {
        const SyncItem *chart = m_items.find(kChart, kChart);
        const QStringList attributes = ordered(kAttribute, uuidsOf(kAttribute));
        const QStringList clients = ordered(kClient, uuidsOf(kClient));
        if (!chart && attributes.isEmpty() && clients.isEmpty())
            return std::nullopt;
        Json json = chart ? plainFields(*chart) : Json::object();
        m_currency = textOf(json.value("currency", Json()));
        if (m_currency.isEmpty())
            m_currency = IcpChart().currency();
        json["attributes"] = Json::array();
        for (const QString &uuid : attributes) {
            const SyncItem &item = *m_items.find(kAttribute, uuid);
            Json attribute = withIdentity(kAttribute, item);
            if (attribute.value("fit", Json()).is_null())
                attribute.erase("fit");
            WrittenAttribute written{attribute.at("id").get<qint64>(), {}};
            written.attribute.type = attributeTypeFromKey(textOf(attribute.value("type", Json())))
                                         .value_or(written.attribute.type);
            for (const Json &value : attribute.value("values", Json::array()))
                written.attribute.values << textOf(value);
            m_attributes.append({uuid, written});
            json["attributes"].push_back(std::move(attribute));
        }
        repairStandardAttributes(json["attributes"]);
        json["clients"] = Json::array();
        for (const QString &uuid : clients) {
            const SyncItem &item = *m_items.find(kClient, uuid);
            Json client = withIdentity(kClient, item);
            client["cells"] = Json::array();
            for (const auto &[attributeUuid, attribute] : std::as_const(m_attributes)) {
                Json cell = item.field(kCellPrefix + attributeUuid);
                if (!cellFits(cell, attribute.attribute))
                    continue;
                cell["attribute"] = attribute.id;
                client["cells"].push_back(std::move(cell));
            }
            json["clients"].push_back(std::move(client));
        }
        return json;
    }

    // A cell holds the one value its attribute's type takes, in the chart's currency; one an
    // attribute's change of type or the chart's of currency has outdated is left out.
    bool cellFits(const Json &cell, const Attribute &attribute) const
    {
        const std::string key = chartCellValueKey(attribute.type).toStdString();
        if (!cell.is_object() || !cell.contains(key))
            return false;
        const Json &money = cell.at(key);
        return key != "money" || !money.is_object()
               || textOf(money.value("currency", Json())) == m_currency;
    }

    Json profilesJson() const
    {
        return each(kProfile, [this](const SyncItem &profile, Json &json) {
            for (ProfileList list : allProfileLists())
                json[listKey(list).toStdString()] = profileItemsJson(profile.uuid, list);
        });
    }

    Json profileItemsJson(const QString &profile, ProfileList list) const
    {
        const QStringList uuids = m_children.value(profile + QLatin1Char('/') + listKey(list));
        Json items = Json::array();
        for (const QString &uuid : ordered(kProfileItem, uuids)) {
            const SyncItem &item = *m_items.find(kProfileItem, uuid);
            Json json = withIdentity(kProfileItem, item, {QStringLiteral("rule")});
            if (list != ProfileList::Exclusions) {
                json.erase("reason");
            } else if (Json rule = item.field(QStringLiteral("rule")); rule.is_object()) {
                // A rule on an attribute that left the chart matches nothing, as on export.
                if (rule.contains("attribute"))
                    rule["attribute"] = linkTo(kAttribute, rule.at("attribute"));
                if (!rule.contains("attribute") || !rule.at("attribute").is_null())
                    json["rule"] = std::move(rule);
            }
            items.push_back(std::move(json));
        }
        return items;
    }

    Json prospectsJson() const
    {
        return each(kProspect, [this](const SyncItem &prospect, Json &json) {
            json["values"] = Json::array();
            for (const auto &[uuid, attribute] : std::as_const(m_attributes)) {
                const QString text = textOf(prospect.field(kValuePrefix + uuid));
                // A value an attribute's change of type has outdated is left out.
                if (!text.isEmpty() && parseCell(attribute.attribute, text, m_currency).ok())
                    json["values"].push_back(
                        Json{{"attribute", attribute.id}, {"value", text.toStdString()}});
            }
        });
    }

    Json offersJson() const
    {
        return each(kOffer,
                    [this](const SyncItem &offer, Json &json) {
                        Json answers = Json::array();
                        for (const Json &uuid : offer.field(QStringLiteral("answers"))) {
                            const Json id = writtenProfileItem(uuid);
                            if (!id.is_null()
                                && std::find(answers.begin(), answers.end(), id) == answers.end())
                                answers.push_back(id);
                        }
                        json["answers"] = std::move(answers);
                        // Terms and deliverables a change of kind made apart left behind are
                        // dropped.
                        const QString kind = textOf(json.value("kind", Json()));
                        for (const char *key : {"retainer", "assessment"})
                            if (json.value(key, Json()).is_null() || kind != QLatin1String(key))
                                json.erase(key);
                    },
                    {QStringLiteral("answers")});
    }

    // The id of a profile item that is written (its profile is too), or null.
    Json writtenProfileItem(const Json &uuid) const
    {
        const SyncItem *item = m_items.find(kProfileItem, textOf(uuid));
        if (!item || !m_items.contains(kProfile, textOf(item->field(kOwner))))
            return nullptr;
        return m_ids.id(kProfileItem, item->uuid);
    }

    Json proposalsJson() const
    {
        return each(kProposal,
                    [this](const SyncItem &proposal, Json &json) {
                        json["profileId"] = linkTo(kProfile, proposal.field(kProfileLink));
                        json["prospectId"] = linkTo(kProspect, proposal.field(kProspectLink));
                        json["lines"] = Json::array();
                        for (const QString &uuid :
                             ordered(kProposalLine, m_children.value(proposal.uuid))) {
                            const SyncItem &line = *m_items.find(kProposalLine, uuid);
                            Json lineJson = plainFields(line, {kOfferLink});
                            lineJson["uuid"] = uuid.toStdString();
                            lineJson["offerId"] = linkTo(kOffer, line.field(kOfferLink));
                            json["lines"].push_back(std::move(lineJson));
                        }
                    },
                    {kProfileLink, kProspectLink});
    }

public:
    const SyncLocalIds &ids() const { return m_ids; }

private:
    const SyncState &m_state;
    SyncItems m_items;
    SyncLocalIds m_ids;
    // Profile items by "<profile uuid>/<list>", proposal lines by proposal uuid.
    QHash<QString, QStringList> m_children;
    // The chart's attributes in chart order, by uuid; its currency.
    QList<std::pair<QString, WrittenAttribute>> m_attributes;
    QString m_currency;
};

} // namespace

void writeSyncFields(SQLite::Database &db, const SyncState &state)
{
    DocumentWriter writer(db, state);
    CheckedWorkspaceJson(writer.document()).write(db);
    writer.ids().moveHistory(db);
    // Imports are only ever added: a batch the file lacks is taken in whole.
    QMap<QString, QString> imports;
    const QMap<SyncFieldKey, QString> values = state.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().kind == kImport && it.key().field == kImportBatch)
            imports.insert(it.key().itemUuid, it.value());
    writeImportBatches(db, imports);
}

} // namespace clientele
