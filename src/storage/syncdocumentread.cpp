#include "clientele/storage/syncdocument.h"

#include "clientele/storage/importbatches.h"

#include "clientele/domain/profilefields.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/jsonconvert.h"
#include "syncfields.h"
#include "workspacejsoncontent.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QHash>

namespace clientele {

using namespace syncfields;

namespace {

using Json = nlohmann::ordered_json;

QString uuidOf(const Json &item)
{
    return item.contains("uuid") ? item.at("uuid").get<QString>() : QString();
}

// Explodes the export's document into fields, naming every link by the uuid of the item it
// names; a link to an item the file no longer holds names nothing.
class FieldReader {
public:
    FieldReader(const Json &document, const SyncState &known)
        : m_document(document)
        , m_known(known)
    {
        for (const Json &attribute : chart().value("attributes", Json::array()))
            m_attributes.insert(attribute.at("id").get<qint64>(), uuidOf(attribute));
        for (const Json &profile : section("profiles"))
            for (ProfileList list : allProfileLists())
                for (const Json &item : profile.value(listKey(list).toStdString(), Json::array()))
                    m_profileItems.insert(item.at("id").get<qint64>(), uuidOf(item));
        m_profiles = uuidsById(section("profiles"));
        m_prospects = uuidsById(section("prospects"));
        m_offers = uuidsById(section("offers"));
    }

    QMap<SyncFieldKey, QString> read()
    {
        for (const auto &[key, value] : m_document.at("settings").items())
            set(kSettings, kSettings, QString::fromStdString(key), value);
        readChart();
        readProfiles();
        for (const Json &prospect : section("prospects"))
            readProspect(prospect);
        for (const Json &offer : section("offers"))
            readOffer(offer);
        for (const Json &proposal : section("proposals"))
            readProposal(proposal);
        for (const Json &round : section("reviewRounds"))
            setOtherFields(kReviewRound, uuidOf(round), round, {});
        return m_fields;
    }

private:
    const Json &section(const char *key) const
    {
        static const Json none = Json::array();
        return m_document.contains(key) ? m_document.at(key) : none;
    }

    const Json &chart() const
    {
        static const Json none = Json::object();
        return m_document.contains("chart") ? m_document.at("chart") : none;
    }

    static QHash<qint64, QString> uuidsById(const Json &items)
    {
        QHash<qint64, QString> uuids;
        for (const Json &item : items)
            uuids.insert(item.at("id").get<qint64>(), uuidOf(item));
        return uuids;
    }

    // The uuid a link by id names, or null when it names nothing the file holds.
    static Json link(const QHash<qint64, QString> &uuids, const Json &id)
    {
        if (!id.is_number_integer() || !uuids.contains(id.get<qint64>()))
            return nullptr;
        return uuids.value(id.get<qint64>());
    }

    void set(const QString &kind, const QString &uuid, const QString &field, const Json &value)
    {
        m_fields.insert({kind, uuid, field}, valueText(value));
    }

    // Every key but the uuid and those the caller reads itself is one field; the id and the time
    // an item last changed are bookkeeping.
    void setOtherFields(const QString &kind, const QString &uuid, const Json &item,
                        const QStringList &skip)
    {
        for (const auto &[key, value] : item.items()) {
            const QString name = QString::fromStdString(key);
            if (name == QLatin1String("uuid") || skip.contains(name))
                continue;
            set(kind, uuid,
                name == QLatin1String("updated") ? kUpdated
                : name == QLatin1String("id")    ? kLocalId
                                                 : name,
                value);
        }
    }

    // Gives the items of one list their positions. `owner` and `list` name the list, so an item
    // the log knows in another list counts as new here.
    void place(const QString &kind, const QStringList &uuids, const QString &owner = {},
               const QString &list = {})
    {
        QList<std::optional<KnownPlace>> known;
        for (const QString &uuid : uuids)
            known.append(knownPlace(kind, uuid, owner, list));
        const QList<double> positions = listPositions(known);
        for (qsizetype i = 0; i < uuids.size(); ++i)
            set(kind, uuids[i], kPosition, positions[i]);
    }

    std::optional<KnownPlace> knownPlace(const QString &kind, const QString &uuid,
                                         const QString &owner, const QString &list) const
    {
        const auto position = m_known.current({kind, uuid, kPosition});
        if (!position)
            return std::nullopt;
        const auto sameValue = [&](const QString &field, const QString &expected) {
            const auto current = m_known.current({kind, uuid, field});
            return expected.isEmpty() || (current && current->value == valueText(expected));
        };
        if (!sameValue(kOwner, owner) || !sameValue(kList, list))
            return std::nullopt;
        bool isNumber = false;
        const double value = position->value.toDouble(&isNumber);
        if (!isNumber)
            return std::nullopt;
        return KnownPlace{value, position->hlc, uuid};
    }

    void readChart()
    {
        const Json &json = chart();
        for (const char *key : {"orientation", "weighting", "currency"})
            if (json.contains(key))
                set(kChart, kChart, QString::fromLatin1(key), json.at(key));
        QStringList attributes;
        for (const Json &attribute : json.value("attributes", Json::array())) {
            const QString uuid = uuidOf(attribute);
            setOtherFields(kAttribute, uuid, attribute, {QStringLiteral("fit")});
            set(kAttribute, uuid, QStringLiteral("fit"), attribute.value("fit", Json()));
            attributes << uuid;
        }
        place(kAttribute, attributes);
        QStringList clients;
        for (const Json &client : json.value("clients", Json::array())) {
            const QString uuid = uuidOf(client);
            setOtherFields(kClient, uuid, client, {QStringLiteral("cells")});
            // One field per attribute, null for a blank cell, so clearing a cell is an edit.
            QHash<QString, Json> cells;
            for (Json cell : client.at("cells")) {
                const QString attribute = m_attributes.value(cell.at("attribute").get<qint64>());
                cell.erase("attribute");
                cells.insert(attribute, cell);
            }
            for (const QString &attribute : std::as_const(m_attributes))
                set(kClient, uuid, kCellPrefix + attribute, cells.value(attribute, Json()));
            clients << uuid;
        }
        place(kClient, clients);
    }

    void readProfiles()
    {
        for (const Json &profile : section("profiles")) {
            const QString uuid = uuidOf(profile);
            QStringList lists;
            for (ProfileList list : allProfileLists())
                lists << listKey(list);
            setOtherFields(kProfile, uuid, profile, lists);
            for (ProfileList list : allProfileLists())
                readProfileList(uuid, list, profile.at(listKey(list).toStdString()));
        }
    }

    void readProfileList(const QString &owner, ProfileList list, const Json &items)
    {
        const QString name = listKey(list);
        QStringList uuids;
        for (const Json &item : items) {
            const QString uuid = uuidOf(item);
            set(kProfileItem, uuid, kOwner, owner);
            set(kProfileItem, uuid, kList, name);
            setOtherFields(kProfileItem, uuid, item, {QStringLiteral("rule")});
            if (list == ProfileList::Exclusions) {
                Json rule = item.value("rule", Json());
                if (rule.contains("attribute"))
                    rule["attribute"] = link(m_attributes, rule.at("attribute"));
                set(kProfileItem, uuid, QStringLiteral("rule"), rule);
            }
            uuids << uuid;
        }
        place(kProfileItem, uuids, owner, name);
    }

    void readProspect(const Json &prospect)
    {
        const QString uuid = uuidOf(prospect);
        setOtherFields(kProspect, uuid, prospect, {QStringLiteral("values")});
        QHash<QString, Json> values;
        for (const Json &value : prospect.at("values"))
            values.insert(m_attributes.value(value.at("attribute").get<qint64>()),
                          value.at("value"));
        for (const QString &attribute : std::as_const(m_attributes))
            set(kProspect, uuid, kValuePrefix + attribute, values.value(attribute, Json()));
    }

    void readOffer(const Json &offer)
    {
        const QString uuid = uuidOf(offer);
        setOtherFields(kOffer, uuid, offer, {QStringLiteral("answers")});
        Json answers = Json::array();
        for (const Json &id : offer.at("answers"))
            if (Json item = link(m_profileItems, id); !item.is_null())
                answers.push_back(item);
        set(kOffer, uuid, QStringLiteral("answers"), answers);
        // Only a retainer has terms and only an assessment a deliverable; null for the others.
        for (const char *key : {"retainer", "assessment"})
            if (!offer.contains(key))
                set(kOffer, uuid, QString::fromLatin1(key), nullptr);
    }

    void readProposal(const Json &proposal)
    {
        const QString uuid = uuidOf(proposal);
        setOtherFields(
            kProposal, uuid, proposal,
            {QStringLiteral("profileId"), QStringLiteral("prospectId"), QStringLiteral("lines")});
        set(kProposal, uuid, kProfileLink, link(m_profiles, proposal.at("profileId")));
        set(kProposal, uuid, kProspectLink, link(m_prospects, proposal.at("prospectId")));
        QStringList lines;
        for (const Json &line : proposal.at("lines")) {
            const QString lineUuid = uuidOf(line);
            if (lineUuid.isEmpty())
                continue;
            set(kProposalLine, lineUuid, kOwner, uuid);
            setOtherFields(kProposalLine, lineUuid, line, {QStringLiteral("offerId")});
            set(kProposalLine, lineUuid, kOfferLink, link(m_offers, line.at("offerId")));
            lines << lineUuid;
        }
        place(kProposalLine, lines, uuid);
    }

    const Json &m_document;
    const SyncState &m_known;
    QHash<qint64, QString> m_attributes;
    QHash<qint64, QString> m_profileItems;
    QHash<qint64, QString> m_profiles;
    QHash<qint64, QString> m_prospects;
    QHash<qint64, QString> m_offers;
    QMap<SyncFieldKey, QString> m_fields;
};

} // namespace

QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db)
{
    return readSyncFields(db, SyncState());
}

QMap<SyncFieldKey, QString> readSyncFields(SQLite::Database &db, const SyncState &known)
{
    // The standard chart a file shows before it is stored takes new uuids on every reading;
    // stored, it keeps them, as after its first edit.
    ChartRepository(db).ensureStored();
    const Json document = workspaceJsonDocument(db);
    QMap<SyncFieldKey, QString> fields = FieldReader(document, known).read();
    // An import never changes once made: its batch is read from the history only when the log
    // does not hold it yet, so a sync reads no invoice the team already has.
    bool allKnown = true;
    QStringList uuids;
    SQLite::Statement imports(db, "SELECT uuid FROM import WHERE uuid IS NOT NULL");
    while (imports.executeStep()) {
        uuids.append(QString::fromUtf8(imports.getColumn(0).getText()));
        allKnown = allKnown && known.current({kImport, uuids.last(), kImportBatch}).has_value();
    }
    if (allKnown) {
        for (const QString &uuid : std::as_const(uuids))
            fields.insert({kImport, uuid, kImportBatch},
                          known.current({kImport, uuid, kImportBatch})->value);
        return fields;
    }
    const QMap<QString, QString> batches = readImportBatches(db);
    for (auto it = batches.cbegin(); it != batches.cend(); ++it)
        fields.insert({kImport, it.key(), kImportBatch}, it.value());
    return fields;
}

bool holdsOwnContent(const QMap<SyncFieldKey, QString> &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &kind = it.key().kind;
        if (kind == kSettings || kind == kChart || kind == kAttribute)
            continue;
        const QString &field = it.key().field;
        const bool filledIn =
            field.startsWith(kCellPrefix)
                ? it.value() != QLatin1String("null")
                : field == QLatin1String("notes") && !syncValueText(it.value()).isEmpty();
        if (kind != kClient || filledIn)
            return true;
    }
    return false;
}

} // namespace clientele
