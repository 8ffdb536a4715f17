#include "clientele/storage/jsonnode.h"

#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/jsoninputerror.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <limits>

namespace clientele {

QString jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return QStringLiteral("null");
    case nlohmann::json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return QCoreApplication::translate("clientele::WorkspaceJson", "a number");
    case nlohmann::json::value_t::string:
        return QCoreApplication::translate("clientele::WorkspaceJson", "a string");
    case nlohmann::json::value_t::array:
        return QCoreApplication::translate("clientele::WorkspaceJson", "an array");
    case nlohmann::json::value_t::object:
        return QCoreApplication::translate("clientele::WorkspaceJson", "an object");
    default: return QCoreApplication::translate("clientele::WorkspaceJson", "an unsupported value");
    }
}

QString JsonNode::where() const
{
    return m_path.isEmpty() ? QCoreApplication::translate("clientele::WorkspaceJson", "top level")
                            : m_path;
}

void JsonNode::fail(const QString &problem) const
{
    throw JsonInputError(where(), problem);
}

QString JsonNode::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonNode::expectObject(const QStringList &known) const
{
    if (!m_value->is_object())
        fail(QCoreApplication::translate("clientele::WorkspaceJson", "expected an object, found %1")
                 .arg(jsonTypeName(*m_value)));
    for (const auto &[key, value] : m_value->items()) {
        const QString name = QString::fromStdString(key);
        if (!known.contains(name))
            throw JsonInputError(childPath(name),
                                 QCoreApplication::translate("clientele::WorkspaceJson",
                                                             "unknown key (expected one of: %1)")
                                     .arg(known.join(QStringLiteral(", "))));
    }
}

JsonNode JsonNode::member(const QString &key) const
{
    if (auto found = optionalMember(key))
        return *found;
    throw JsonInputError(childPath(key), QCoreApplication::translate("clientele::WorkspaceJson",
                                                                     "required key is missing"));
}

std::optional<JsonNode> JsonNode::optionalMember(const QString &key) const
{
    if (!m_value->is_object())
        fail(QCoreApplication::translate("clientele::WorkspaceJson", "expected an object, found %1")
                 .arg(jsonTypeName(*m_value)));
    const auto found = m_value->find(key.toStdString());
    if (found == m_value->end())
        return std::nullopt;
    return JsonNode(*found, childPath(key));
}

QList<JsonNode> JsonNode::elements() const
{
    if (!m_value->is_array())
        fail(QCoreApplication::translate("clientele::WorkspaceJson", "expected an array, found %1")
                 .arg(jsonTypeName(*m_value)));
    QList<JsonNode> nodes;
    nodes.reserve(static_cast<qsizetype>(m_value->size()));
    qsizetype index = 0;
    for (const auto &element : *m_value)
        nodes.append(JsonNode(element, QStringLiteral("%1[%2]").arg(m_path).arg(index++)));
    return nodes;
}

QString JsonNode::toText() const
{
    if (!m_value->is_string())
        fail(QCoreApplication::translate("clientele::WorkspaceJson", "expected a string, found %1")
                 .arg(jsonTypeName(*m_value)));
    return QString::fromStdString(m_value->get_ref<const std::string &>());
}

bool JsonNode::toBool() const
{
    if (!m_value->is_boolean())
        fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                         "expected true or false, found %1")
                 .arg(jsonTypeName(*m_value)));
    return m_value->get<bool>();
}

qint64 JsonNode::toInteger(qint64 minimum, qint64 maximum) const
{
    if (m_value->is_number_unsigned()) {
        // Beyond qint64 is out of any range we accept; compare before converting.
        if (m_value->get<std::uint64_t>() > static_cast<std::uint64_t>(maximum))
            fail(
                QCoreApplication::translate("clientele::WorkspaceJson", "must be between %1 and %2")
                    .arg(minimum)
                    .arg(maximum));
    } else if (!m_value->is_number_integer()) {
        fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                         "expected a whole number, found %1")
                 .arg(m_value->is_number() ? QString::fromStdString(m_value->dump())
                                           : jsonTypeName(*m_value)));
    }
    const qint64 number = m_value->get<qint64>();
    if (number < minimum || number > maximum)
        fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                         "must be between %1 and %2, not %3")
                 .arg(minimum)
                 .arg(maximum)
                 .arg(number));
    return number;
}

qint64 JsonNode::toId() const
{
    return toInteger(1, std::numeric_limits<qint64>::max());
}

QDateTime JsonNode::toTimestamp() const
{
    if (isNull())
        return {};
    if (!m_value->is_string())
        fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                         "expected a date and time as a string or null, found %1")
                 .arg(jsonTypeName(*m_value)));
    const QString text = toText();
    QDateTime when = timestampFromJsonText(text);
    if (!when.isValid())
        fail(QCoreApplication::translate(
                 "clientele::WorkspaceJson",
                 "expected an ISO 8601 date and time with a time zone, such as "
                 "\"2024-03-04T09:30:00.000Z\", not \"%1\"")
                 .arg(text));
    return when;
}

QUuid JsonNode::toUuid() const
{
    if (!m_value->is_string())
        fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                         "expected a UUID as a string, found %1")
                 .arg(jsonTypeName(*m_value)));
    const QString text = toText();
    static const QRegularExpression canonical(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!canonical.match(text).hasMatch())
        fail(QCoreApplication::translate(
                 "clientele::WorkspaceJson",
                 "expected a UUID in lowercase 8-4-4-4-12 form without braces, such as "
                 "\"0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b\", not \"%1\"")
                 .arg(text));
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        fail(QCoreApplication::translate(
            "clientele::WorkspaceJson",
            "the nil UUID names nothing; leave \"uuid\" out and a new one is "
            "given"));
    return uuid;
}

} // namespace clientele
