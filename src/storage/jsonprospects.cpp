#include "clientele/domain/charttext.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/prospectrepository.h"
#include "jsonoffershelpers.h"
#include "jsonsection.h"
#include "jsonuuids.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>

namespace clientele {

using namespace jsonoffers;

namespace {

nlohmann::ordered_json prospectsToJson(SQLite::Database &db)
{
    const IcpChart chart = ChartRepository(db).load();
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const Prospect &p : ProspectRepository(db).all()) {
        nlohmann::ordered_json item;
        item["id"] = p.id;
        item["uuid"] = p.uuid;
        item["company"] = p.company;
        item["contact"] = p.contact;
        item["systems"] = p.systems;
        item["source"] = p.source;
        item["notes"] = p.notes;
        item["status"] = prospectStatusKey(p.status);
        item["lastContact"] = dateToJson(p.lastContact);
        // In chart order, each as the chart shows it.
        nlohmann::ordered_json values = nlohmann::ordered_json::array();
        for (const Attribute &attribute : chart.attributes()) {
            const ChartValue value = p.value(attribute.id);
            if (!value.isUnknown())
                values.push_back(
                    {{"attribute", attribute.id}, {"value", displayText(value, chart.currency())}});
        }
        item["values"] = std::move(values);
        json.push_back(std::move(item));
    }
    return json;
}

void readValues(const JsonNode &node, const IcpChart &chart, Prospect &p)
{
    QHash<qint64, QString> seen;
    for (const JsonNode &element : node.elements()) {
        element.expectObject({QStringLiteral("attribute"), QStringLiteral("value")});
        const JsonNode attributeNode = element.member(QStringLiteral("attribute"));
        const Attribute &attribute = attributeNamedBy(attributeNode, chart);
        const qint64 id = attribute.id;
        if (seen.contains(id))
            attributeNode.fail(QCoreApplication::translate(
                                   "clientele::WorkspaceJson",
                                   "this prospect already has a value for attribute %1 (at %2)")
                                   .arg(id)
                                   .arg(seen.value(id)));
        seen.insert(id, attributeNode.where());
        const JsonNode text = element.member(QStringLiteral("value"));
        const auto value = parseCell(attribute, text.toText(), chart.currency());
        if (!value)
            text.fail(value.errorMessage());
        if (!value->isUnknown())
            p.values.insert(id, *value);
    }
}

Prospect prospectFromJson(const JsonNode &node, const IcpChart &chart, UniqueIds &ids,
                          UniqueUuids &uuids)
{
    node.expectObject({QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("company"),
                       QStringLiteral("contact"), QStringLiteral("systems"),
                       QStringLiteral("source"), QStringLiteral("notes"), QStringLiteral("status"),
                       QStringLiteral("lastContact"), QStringLiteral("values")});
    Prospect p;
    p.id = ids.take(node.member(QStringLiteral("id")));
    p.uuid = uuids.take(node);
    const JsonNode company = node.member(QStringLiteral("company"));
    p.company = company.toText().trimmed();
    if (p.company.isEmpty())
        company.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "a prospect needs a company name"));
    p.contact = optionalText(node, QStringLiteral("contact"));
    p.systems = optionalText(node, QStringLiteral("systems"));
    p.source = optionalText(node, QStringLiteral("source"));
    p.notes = optionalText(node, QStringLiteral("notes"));
    if (auto status = node.optionalMember(QStringLiteral("status"))) {
        QStringList keys;
        for (ProspectStatus s : allProspectStatuses())
            keys << prospectStatusKey(s);
        p.status = keyFromJson(*status, &prospectStatusFromKey, keys);
    }
    if (auto date = node.optionalMember(QStringLiteral("lastContact")))
        p.lastContact = dateFromJson(*date);
    if (auto values = node.optionalMember(QStringLiteral("values")))
        readValues(*values, chart, p);
    return p;
}

} // namespace

JsonSection prospectsJsonSection(std::shared_ptr<const IcpChart> chart)
{
    JsonSection section{QStringLiteral("prospects"), prospectsToJson,
                        [chart](const JsonNode &node) -> JsonSectionWrite {
                            UniqueIds ids(QCoreApplication::translate(
                                "clientele::WorkspaceJson", "prospect",
                                "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
                            UniqueUuids uuids(QCoreApplication::translate(
                                "clientele::WorkspaceJson", "prospect",
                                "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
                            QList<Prospect> prospects;
                            for (const JsonNode &element : node.elements())
                                prospects.append(prospectFromJson(element, *chart, ids, uuids));
                            return [prospects](SQLite::Database &db) {
                                ProspectRepository repository(db);
                                for (const Prospect &prospect : prospects)
                                    repository.save(prospect);
                            };
                        },
                        [](SQLite::Database &db) { ProspectRepository(db).removeAll(); }};
    section.optional = true;
    return section;
}

} // namespace clientele
