#include "clientele/domain/profilefields.h"
#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/profilerepository.h"
#include "jsonsection.h"

#include "jsonfit.h"
#include "jsonuuids.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QHash>

namespace clientele {

namespace {

// The most staff StaffRange::parse accepts as typed.
constexpr qint64 kMaxStaff = 9'999'999;

const QString kId = QStringLiteral("id");
const QString kUuid = QStringLiteral("uuid");
const QString kText = QStringLiteral("text");
const QString kReason = QStringLiteral("reason");
const QString kRule = QStringLiteral("rule");
const QString kCreated = QStringLiteral("created");
const QString kUpdated = QStringLiteral("updated");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");

std::string key(const QString &name)
{
    return name.toStdString();
}

// The chart attributes' ids by uuid, for rules that name them.
using AttributeIds = QHash<QUuid, qint64>;

nlohmann::ordered_json itemToJson(const ProfileItem &item, ProfileList list,
                                  const AttributeIds &attributes)
{
    nlohmann::ordered_json json;
    json["id"] = item.id;
    json["uuid"] = item.uuid;
    json["text"] = item.text;
    // Only exclusions carry a second text: why that customer is not ours.
    if (list == ProfileList::Exclusions)
        json["reason"] = item.detail;
    // ... and may disqualify the prospects its rule matches. A rule whose attribute has left the
    // chart matches nothing and is left out.
    if (list == ProfileList::Exclusions && item.rule
        && (item.rule->isKeyword() || attributes.contains(item.rule->attribute)))
        json["rule"] = exclusionRuleToJson(*item.rule, attributes.value(item.rule->attribute));
    return json;
}

nlohmann::ordered_json profileToJson(const CustomerProfile &profile, const AttributeIds &attributes)
{
    nlohmann::ordered_json json;
    json["id"] = profile.id;
    json["uuid"] = profile.uuid;
    for (ProfileField field : allProfileFields()) {
        if (field == ProfileField::BusinessSize)
            json[key(fieldKey(field))] = profile.segment.businessSize;
        else
            json[key(fieldKey(field))] = fieldText(profile, field);
    }
    for (ProfileList list : allProfileLists()) {
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (const ProfileItem &item : listItems(profile, list))
            items.push_back(itemToJson(item, list, attributes));
        json[key(listKey(list))] = std::move(items);
    }
    json["created"] = profile.created;
    json["updated"] = profile.updated;
    return json;
}

nlohmann::ordered_json profilesToJson(SQLite::Database &db)
{
    AttributeIds attributes;
    SQLite::Statement query(db, "SELECT uuid, id FROM chart_attribute WHERE uuid IS NOT NULL");
    while (query.executeStep())
        attributes.insert(QUuid::fromString(QString::fromStdString(query.getColumn(0).getString())),
                          query.getColumn(1).getInt64());
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const CustomerProfile &profile : ProfileRepository(db).all())
        json.push_back(profileToJson(profile, attributes));
    return json;
}

// Ids must be unique where the workspace stores them: profiles among profiles, items among all
// items of all profiles.
class IdRegister {
public:
    explicit IdRegister(QString what)
        : m_what(std::move(what))
    {
    }

    qint64 take(const JsonNode &node)
    {
        const qint64 id = node.toId();
        const auto earlier = m_seen.constFind(id);
        if (earlier != m_seen.constEnd())
            node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                  "duplicate %1 id %2 (already used at %3)")
                          .arg(m_what)
                          .arg(id)
                          .arg(*earlier));
        m_seen.insert(id, node.where());
        return id;
    }

private:
    QString m_what;
    QHash<qint64, QString> m_seen;
};

// What must be unique across the document's profiles: ids and uuids of profiles, and of items
// across all lists of all profiles.
struct ProfileIdentities {
    IdRegister profileIds{
        QCoreApplication::translate("clientele::WorkspaceJson", "profile",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    IdRegister itemIds{
        QCoreApplication::translate("clientele::WorkspaceJson", "list item",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    UniqueUuids profileUuids{
        QCoreApplication::translate("clientele::WorkspaceJson", "profile",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    UniqueUuids itemUuids{
        QCoreApplication::translate("clientele::WorkspaceJson", "list item",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    // Exclusion rules naming a chart attribute, by item id: they take its uuid once the chart
    // is stored (the chart is written before the profiles).
    struct RuleAttribute {
        qint64 attributeId = 0;
        QString where; // the rule's "attribute", for the message when the chart lacks it
    };
    QHash<qint64, RuleAttribute> ruleAttributes;
};

StaffRange staffRangeFromJson(const JsonNode &node)
{
    if (node.isNull())
        return {};
    node.expectObject({kMin, kMax});
    const JsonNode maxNode = node.member(kMax);
    const auto minimum = static_cast<int>(node.member(kMin).toInteger(0, kMaxStaff));
    const auto maximum = static_cast<int>(maxNode.toInteger(0, kMaxStaff));
    if (maximum < minimum)
        maxNode.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "must not be less than min (%1)")
                         .arg(minimum));
    if (maximum == 0)
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "an unknown size is written as null, not as 0 to 0"));
    StaffRange range;
    range.minimum = minimum;
    range.maximum = maximum;
    return range;
}

QList<ProfileItem> itemsFromJson(const JsonNode &node, ProfileList list,
                                 ProfileIdentities &identities)
{
    const bool withReason = list == ProfileList::Exclusions;
    QList<ProfileItem> items;
    for (const JsonNode &element : node.elements()) {
        element.expectObject(withReason ? QStringList{kId, kUuid, kText, kReason, kRule}
                                        : QStringList{kId, kUuid, kText});
        ProfileItem item;
        item.id = identities.itemIds.take(element.member(kId));
        item.uuid = identities.itemUuids.take(element);
        item.text = element.member(kText).toText();
        if (withReason) {
            if (auto reason = element.optionalMember(kReason))
                item.detail = reason->toText();
            if (auto rule = element.optionalMember(kRule)) {
                qint64 attributeId = 0;
                item.rule = exclusionRuleFromJson(*rule, &attributeId);
                if (attributeId > 0)
                    identities.ruleAttributes.insert(
                        item.id, {attributeId, rule->member(QStringLiteral("attribute")).where()});
            }
        }
        items.append(item);
    }
    return items;
}

QStringList profileKeys()
{
    QStringList keys{kId, kUuid};
    for (ProfileField field : allProfileFields())
        keys << fieldKey(field);
    for (ProfileList list : allProfileLists())
        keys << listKey(list);
    keys << kCreated << kUpdated;
    return keys;
}

// `id` and `name` are required; every other key may be left out and then is empty (a left-out
// uuid is given by the workspace).
CustomerProfile profileFromJson(const JsonNode &node, ProfileIdentities &identities)
{
    node.expectObject(profileKeys());
    CustomerProfile profile;
    profile.id = identities.profileIds.take(node.member(kId));
    profile.uuid = identities.profileUuids.take(node);
    for (ProfileField field : allProfileFields()) {
        const QString name = fieldKey(field);
        const auto value = field == ProfileField::Name ? std::optional(node.member(name))
                                                       : node.optionalMember(name);
        if (!value)
            continue;
        if (field == ProfileField::BusinessSize)
            profile.segment.businessSize = staffRangeFromJson(*value);
        else if (auto set = setFieldText(profile, field, value->toText()); !set)
            value->fail(set.errorMessage());
    }
    for (ProfileList list : allProfileLists()) {
        if (auto value = node.optionalMember(listKey(list)))
            listItems(profile, list) = itemsFromJson(*value, list, identities);
    }
    if (auto created = node.optionalMember(kCreated))
        profile.created = created->toTimestamp();
    if (auto updated = node.optionalMember(kUpdated))
        profile.updated = updated->toTimestamp();
    return profile;
}

JsonSectionWrite profilesFromJson(const JsonNode &node)
{
    ProfileIdentities identities;
    QList<CustomerProfile> profiles;
    for (const JsonNode &element : node.elements())
        profiles.append(profileFromJson(element, identities));
    return [profiles, rules = identities.ruleAttributes](SQLite::Database &db) {
        SQLite::Statement attribute(db, "SELECT uuid FROM chart_attribute WHERE id = ?");
        ProfileRepository repository(db);
        for (CustomerProfile profile : profiles) {
            for (ProfileItem &item : profile.exclusions) {
                const auto named = rules.constFind(item.id);
                if (!item.rule || named == rules.constEnd())
                    continue;
                attribute.reset();
                attribute.bind(1, static_cast<int64_t>(named->attributeId));
                if (!attribute.executeStep())
                    throw JsonInputError(named->where,
                                         QCoreApplication::translate("clientele::WorkspaceJson",
                                                                     "no attribute with id %1 in "
                                                                     "chart.attributes")
                                             .arg(named->attributeId));
                item.rule->attribute = sql::uuidFrom(attribute.getColumn(0));
            }
            repository.save(profile);
        }
    };
}

void clearProfiles(SQLite::Database &db)
{
    db.exec("DELETE FROM profile_item");
    db.exec("DELETE FROM profile");
}

} // namespace

JsonSection profilesJsonSection()
{
    return {QStringLiteral("profiles"), profilesToJson, profilesFromJson, clearProfiles};
}

} // namespace clientele
