#include "clientele/storage/chartrepository.h"
#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/settingsrepository.h"
#include "jsonsection.h"

#include "jsonfit.h"
#include "jsonuuids.h"

#include <SQLiteCpp/Database.h>

#include <QHash>
#include <QRegularExpression>

#include <QCoreApplication>
#include <cmath>

namespace clientele {

namespace {

// Keys of the chart object, an attribute, a client and a cell; the cell's value key names its
// kind, and exactly one is present.
const QStringList kChartKeys = {QStringLiteral("orientation"), QStringLiteral("weighting"),
                                QStringLiteral("currency"), QStringLiteral("attributes"),
                                QStringLiteral("clients")};
const QStringList kAttributeKeys = {QStringLiteral("id"),    QStringLiteral("uuid"),
                                    QStringLiteral("key"),   QStringLiteral("label"),
                                    QStringLiteral("type"),  QStringLiteral("values"),
                                    QStringLiteral("notes"), QStringLiteral("fit")};
const QStringList kClientKeys = {QStringLiteral("id"),    QStringLiteral("uuid"),
                                 QStringLiteral("name"),  QStringLiteral("reference"),
                                 QStringLiteral("notes"), QStringLiteral("cells")};
const QStringList kValueKeys = {QStringLiteral("number"), QStringLiteral("money"),
                                QStringLiteral("text"),   QStringLiteral("tags"),
                                QStringLiteral("place"),  QStringLiteral("yesNo")};
// Far beyond any head count, distance or tenure, and still exact as a double.
constexpr double kMaxNumber = 1e15;

// --- export ------------------------------------------------------------------------------

// Whole numbers are written without a fraction ("40", not "40.0").
nlohmann::ordered_json numberToJson(double value)
{
    if (std::floor(value) == value && std::fabs(value) < kMaxNumber)
        return static_cast<qint64>(value);
    return value;
}

nlohmann::ordered_json stringsToJson(const QStringList &list)
{
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const QString &item : list)
        array.push_back(item);
    return array;
}

void valueToJson(nlohmann::ordered_json &cell, const ChartValue &value)
{
    if (const auto *number = value.number()) {
        if (number->isExact())
            cell["number"] = numberToJson(number->minimum);
        else
            cell["number"] = {{"min", numberToJson(number->minimum)},
                              {"max", numberToJson(number->maximum)}};
    } else if (const auto *money = value.money()) {
        nlohmann::ordered_json json;
        json["currency"] = money->minimum.currency();
        if (money->isExact()) {
            json["amount"] = money->minimum.toDecimalString();
        } else {
            json["min"] = money->minimum.toDecimalString();
            json["max"] = money->maximum.toDecimalString();
        }
        cell["money"] = std::move(json);
    } else if (const auto *text = value.text()) {
        cell["text"] = *text;
    } else if (const auto *tags = value.tags()) {
        cell["tags"] = stringsToJson(*tags);
    } else if (const auto *place = value.place()) {
        nlohmann::ordered_json json;
        json["name"] = place->name;
        if (place->distanceKm)
            json["distanceKm"] = numberToJson(*place->distanceKm);
        cell["place"] = std::move(json);
    } else if (const auto yes = value.yesNo()) {
        cell["yesNo"] = *yes;
    }
}

nlohmann::ordered_json chartToJson(SQLite::Database &db)
{
    const IcpChart chart = ChartRepository(db).load();
    nlohmann::ordered_json json;
    json["orientation"] = chartOrientationKey(chart.orientation());
    json["weighting"] = weightingKey(chart.weighting());
    json["currency"] = chart.currency();
    nlohmann::ordered_json attributes = nlohmann::ordered_json::array();
    for (const Attribute &attribute : chart.attributes()) {
        nlohmann::ordered_json item;
        item["id"] = attribute.id;
        item["uuid"] = attribute.uuid;
        item["key"] = attribute.key;
        item["label"] = attribute.label;
        item["type"] = attributeTypeKey(attribute.type);
        item["values"] = stringsToJson(attribute.values);
        item["notes"] = attribute.notes;
        if (attribute.fit != AttributeFit{})
            item["fit"] = attributeFitToJson(attribute.fit);
        attributes.push_back(std::move(item));
    }
    json["attributes"] = std::move(attributes);
    nlohmann::ordered_json clients = nlohmann::ordered_json::array();
    for (const ChartClient &client : chart.clients()) {
        nlohmann::ordered_json item;
        item["id"] = client.id;
        item["uuid"] = client.uuid;
        item["name"] = client.name;
        item["reference"] = client.isReference;
        item["notes"] = client.notes;
        nlohmann::ordered_json cells = nlohmann::ordered_json::array();
        for (const Attribute &attribute : chart.attributes()) {
            const ChartValue value = chart.value(client.id, attribute.id);
            if (value.isUnknown())
                continue;
            nlohmann::ordered_json cell;
            cell["attribute"] = attribute.id;
            valueToJson(cell, value);
            if (const QString note = chart.cellNote(client.id, attribute.id); !note.isEmpty())
                cell["note"] = note;
            cells.push_back(std::move(cell));
        }
        item["cells"] = std::move(cells);
        clients.push_back(std::move(item));
    }
    json["clients"] = std::move(clients);
    return json;
}

// --- import ------------------------------------------------------------------------------

QString requiredText(const JsonNode &node)
{
    QString text = node.toText();
    if (text.trimmed().isEmpty())
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "must not be empty; an unknown value is left out"));
    return text;
}

QStringList stringsFromJson(const JsonNode &node, bool allowEmpty)
{
    QStringList list;
    for (const JsonNode &element : node.elements())
        list << (allowEmpty ? element.toText() : requiredText(element));
    return list;
}

double numberFromJson(const JsonNode &node)
{
    if (!node.json().is_number())
        node.fail(
            QCoreApplication::translate("clientele::WorkspaceJson", "expected a number, found %1")
                .arg(jsonTypeName(node.json())));
    const double value = node.json().get<double>();
    if (!std::isfinite(value) || value < 0 || value > kMaxNumber)
        node.fail(
            QCoreApplication::translate("clientele::WorkspaceJson", "must be a number from 0 to %1")
                .arg(kMaxNumber, 0, 'g', 16));
    return value;
}

NumberRange numberRangeFromJson(const JsonNode &node)
{
    if (node.json().is_number())
        return NumberRange::exactly(numberFromJson(node));
    if (!node.json().is_object())
        node.fail(
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "expected a number or an object with min and max, found %1")
                .arg(jsonTypeName(node.json())));
    node.expectObject({QStringLiteral("min"), QStringLiteral("max")});
    const double minimum = numberFromJson(node.member(QStringLiteral("min")));
    const JsonNode maxNode = node.member(QStringLiteral("max"));
    const double maximum = numberFromJson(maxNode);
    if (maximum < minimum)
        maxNode.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "must not be less than min (%1)")
                         .arg(formatNumber(minimum)));
    return {minimum, maximum};
}

Money moneyFromJson(const JsonNode &node, const QString &currency)
{
    auto money = Money::fromDecimalString(node.toText(), currency);
    if (!money)
        node.fail(money.errorMessage());
    return *money;
}

MoneyRange moneyRangeFromJson(const JsonNode &node, const QString &chartCurrency)
{
    const bool exact = node.json().is_object() && node.json().contains("amount");
    node.expectObject(exact ? QStringList{QStringLiteral("currency"), QStringLiteral("amount")}
                            : QStringList{QStringLiteral("currency"), QStringLiteral("min"),
                                          QStringLiteral("max")});
    const JsonNode currencyNode = node.member(QStringLiteral("currency"));
    const QString currency = currencyNode.toText();
    if (currency != chartCurrency)
        currencyNode.fail(
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "amounts in this chart are in %1 (chart.currency), not "
                                        "\"%2\"")
                .arg(chartCurrency, currency));
    if (exact)
        return MoneyRange::exactly(moneyFromJson(node.member(QStringLiteral("amount")), currency));
    const Money minimum = moneyFromJson(node.member(QStringLiteral("min")), currency);
    const JsonNode maxNode = node.member(QStringLiteral("max"));
    const Money maximum = moneyFromJson(maxNode, currency);
    if (maximum < minimum)
        maxNode.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "must not be less than min (%1)")
                         .arg(minimum.toDecimalString()));
    return {minimum, maximum};
}

ChartPlace placeFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("name"), QStringLiteral("distanceKm")});
    ChartPlace place{node.member(QStringLiteral("name")).toText(), std::nullopt};
    if (auto distance = node.optionalMember(QStringLiteral("distanceKm")))
        place.distanceKm = numberFromJson(*distance);
    if (place.name.trimmed().isEmpty() && !place.distanceKm)
        node.fail(QCoreApplication::translate(
            "clientele::WorkspaceJson",
            "a place needs a name or a distanceKm; an unknown value is left "
            "out"));
    return place;
}

// The value key a type's cells use.
QString valueKeyFor(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years: return QStringLiteral("number");
    case AttributeType::MoneyOrRange: return QStringLiteral("money");
    case AttributeType::Category:
    case AttributeType::Text: return QStringLiteral("text");
    case AttributeType::Tags: return QStringLiteral("tags");
    case AttributeType::Location: return QStringLiteral("place");
    case AttributeType::YesNo: return QStringLiteral("yesNo");
    }
    return {};
}

ChartValue cellValueFromJson(const JsonNode &cell, const Attribute &attribute,
                             const QString &currency)
{
    const QString expected = valueKeyFor(attribute.type);
    QStringList given;
    for (const QString &name : kValueKeys) {
        if (cell.json().contains(name.toStdString()))
            given << name;
    }
    if (given.size() != 1 || given.front() != expected) {
        const QString id = QString::number(attribute.id);
        const QString type = attributeTypeKey(attribute.type);
        cell.fail(
            given.isEmpty()
                ? QCoreApplication::translate("clientele::WorkspaceJson",
                                              "attribute %1 (\"%2\") is of type %3, so its "
                                              "cell needs exactly one \"%4\" value")
                      .arg(id, attribute.label, type, expected)
                : QCoreApplication::translate("clientele::WorkspaceJson",
                                              "attribute %1 (\"%2\") is of type %3, so its "
                                              "cell needs exactly one \"%4\" value, found: "
                                              "%5")
                      .arg(id, attribute.label, type, expected, given.join(QStringLiteral(", "))));
    }
    const JsonNode value = cell.member(expected);
    switch (attribute.type) {
    case AttributeType::NumberOrRange:
    case AttributeType::Years: return ChartValue::fromNumber(numberRangeFromJson(value));
    case AttributeType::MoneyOrRange:
        return ChartValue::fromMoney(moneyRangeFromJson(value, currency));
    case AttributeType::Category:
    case AttributeType::Text: return ChartValue::fromText(requiredText(value));
    case AttributeType::Tags: {
        const QStringList tags = stringsFromJson(value, false);
        if (tags.isEmpty())
            value.fail(QCoreApplication::translate(
                "clientele::WorkspaceJson",
                "must hold at least one tag; an unknown value is left out"));
        return ChartValue::fromTags(tags);
    }
    case AttributeType::Location: return ChartValue::fromPlace(placeFromJson(value));
    case AttributeType::YesNo: return ChartValue::fromYesNo(value.toBool());
    }
    return {};
}

template <typename T>
T keyFromJson(const JsonNode &node, const std::optional<T> &parsed, const QStringList &choices)
{
    if (!parsed)
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson", "expected one of: %1")
                      .arg(choices.join(QStringLiteral(", "))));
    return *parsed;
}

Attribute attributeFromJson(const JsonNode &node, QHash<qint64, QString> &ids, UniqueUuids &uuids,
                            QHash<QString, QString> &standardKeys)
{
    node.expectObject(kAttributeKeys);
    Attribute attribute;
    const JsonNode idNode = node.member(QStringLiteral("id"));
    attribute.id = idNode.toId();
    if (ids.contains(attribute.id))
        idNode.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                "duplicate attribute id %1 (already used at %2)")
                        .arg(attribute.id)
                        .arg(ids.value(attribute.id)));
    ids.insert(attribute.id, idNode.where());
    attribute.uuid = uuids.take(node);
    if (auto keyNode = node.optionalMember(QStringLiteral("key"))) {
        attribute.key = keyNode->toText();
        if (!attribute.key.isEmpty()) {
            QStringList known;
            for (StandardAttribute which : allStandardAttributes())
                known << standardAttributeKey(which);
            if (!standardAttributeFromKey(attribute.key))
                keyNode->fail(
                    QCoreApplication::translate("clientele::WorkspaceJson",
                                                "expected \"\" for an attribute of your own or one "
                                                "of: %1")
                        .arg(known.join(QStringLiteral(", "))));
            if (standardKeys.contains(attribute.key))
                keyNode->fail(
                    QCoreApplication::translate("clientele::WorkspaceJson",
                                                "the standard attribute \"%1\" is already at %2")
                        .arg(attribute.key, standardKeys.value(attribute.key)));
            standardKeys.insert(attribute.key, keyNode->where());
        }
    }
    attribute.label = node.member(QStringLiteral("label")).toText();
    QStringList types;
    for (AttributeType type : allAttributeTypes())
        types << attributeTypeKey(type);
    const JsonNode typeNode = node.member(QStringLiteral("type"));
    attribute.type = keyFromJson(typeNode, attributeTypeFromKey(typeNode.toText()), types);
    if (auto values = node.optionalMember(QStringLiteral("values")))
        attribute.values = stringsFromJson(*values, false);
    if (auto notes = node.optionalMember(QStringLiteral("notes")))
        attribute.notes = notes->toText();
    if (auto fit = node.optionalMember(QStringLiteral("fit")))
        attribute.fit = attributeFitFromJson(*fit);
    return attribute;
}

ChartClient clientFromJson(const JsonNode &node, IcpChart &chart, QHash<qint64, QString> &ids,
                           UniqueUuids &uuids)
{
    node.expectObject(kClientKeys);
    ChartClient client;
    const JsonNode idNode = node.member(QStringLiteral("id"));
    client.id = idNode.toId();
    if (ids.contains(client.id))
        idNode.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                "duplicate client id %1 (already used at %2)")
                        .arg(client.id)
                        .arg(ids.value(client.id)));
    ids.insert(client.id, idNode.where());
    client.uuid = uuids.take(node);
    client.name = node.member(QStringLiteral("name")).toText();
    if (auto reference = node.optionalMember(QStringLiteral("reference")))
        client.isReference = reference->toBool();
    if (auto notes = node.optionalMember(QStringLiteral("notes")))
        client.notes = notes->toText();
    chart.insertClient(int(chart.clients().size()), client);

    const auto cells = node.optionalMember(QStringLiteral("cells"));
    if (!cells)
        return client;
    QHash<qint64, QString> seen;
    for (const JsonNode &cell : cells->elements()) {
        QStringList known{QStringLiteral("attribute"), QStringLiteral("note")};
        cell.expectObject(known << kValueKeys);
        const JsonNode attributeNode = cell.member(QStringLiteral("attribute"));
        const Attribute &attribute = attributeNamedBy(attributeNode, chart);
        const qint64 attributeId = attribute.id;
        if (seen.contains(attributeId))
            attributeNode.fail(
                QCoreApplication::translate("clientele::WorkspaceJson",
                                            "this client already has a cell for attribute %1 "
                                            "(at %2)")
                    .arg(attributeId)
                    .arg(seen.value(attributeId)));
        seen.insert(attributeId, attributeNode.where());
        QString note;
        if (auto noteNode = cell.optionalMember(QStringLiteral("note")))
            note = noteNode->toText();
        chart.setValue(client.id, attributeId, cellValueFromJson(cell, attribute, chart.currency()),
                       note);
    }
    return client;
}

QStringList keysOf(const auto &all, const auto &keyOf)
{
    QStringList keys;
    for (const auto &item : all)
        keys << keyOf(item);
    return keys;
}

IcpChart chartFromJson(const JsonNode &node)
{
    node.expectObject(kChartKeys);
    IcpChart chart;
    if (auto orientation = node.optionalMember(QStringLiteral("orientation")))
        chart.setOrientation(keyFromJson(*orientation,
                                         chartOrientationFromKey(orientation->toText()),
                                         {chartOrientationKey(ChartOrientation::ClientsAsColumns),
                                          chartOrientationKey(ChartOrientation::ClientsAsRows)}));
    if (auto weighting = node.optionalMember(QStringLiteral("weighting")))
        chart.setWeighting(keyFromJson(*weighting, weightingFromKey(weighting->toText()),
                                       keysOf(allWeightings(), weightingKey)));
    if (auto currency = node.optionalMember(QStringLiteral("currency"))) {
        static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
        const QString code = currency->toText();
        if (!isoCode.match(code).hasMatch())
            currency->fail(
                QCoreApplication::translate("clientele::WorkspaceJson",
                                            "expected an ISO 4217 currency code such as \"AUD\", "
                                            "not \"%1\"")
                    .arg(code));
        chart.setCurrency(code);
    }
    QHash<qint64, QString> attributeIds;
    UniqueUuids attributeUuids(
        QCoreApplication::translate("clientele::WorkspaceJson", "attribute",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
    QHash<QString, QString> standardKeys;
    for (const JsonNode &element : node.member(QStringLiteral("attributes")).elements())
        chart.addAttribute(attributeFromJson(element, attributeIds, attributeUuids, standardKeys));
    QHash<qint64, QString> clientIds;
    UniqueUuids clientUuids(
        QCoreApplication::translate("clientele::WorkspaceJson", "client",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
    for (const JsonNode &element : node.member(QStringLiteral("clients")).elements())
        clientFromJson(element, chart, clientIds, clientUuids);
    return chart;
}

} // namespace

QString chartCellValueKey(AttributeType type)
{
    return valueKeyFor(type);
}

const Attribute &attributeNamedBy(const JsonNode &node, const IcpChart &chart)
{
    const qint64 id = node.toId();
    const Attribute *attribute = chart.attribute(id);
    if (!attribute)
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "no attribute with id %1 in chart.attributes")
                      .arg(id));
    return *attribute;
}

JsonSection chartJsonSection(std::shared_ptr<IcpChart> parsed)
{
    JsonSection section{QStringLiteral("chart"), chartToJson,
                        [parsed](const JsonNode &node) -> JsonSectionWrite {
                            const IcpChart chart = chartFromJson(node);
                            if (parsed)
                                *parsed = chart;
                            return [chart](SQLite::Database &db) {
                                ChartRepository(db).replace(chart);
                            };
                        },
                        [](SQLite::Database &db) { ChartRepository(db).clear(); }};
    section.optional = true;
    // Left out (an export from before the chart): the standard chart in the workspace currency;
    // the settings section has been written by then.
    section.whenAbsent = []() -> JsonSectionWrite {
        return [](SQLite::Database &db) {
            ChartRepository(db).replace(
                ChartRepository::standardChart(SettingsRepository(db).load().currency));
        };
    };
    return section;
}

} // namespace clientele
