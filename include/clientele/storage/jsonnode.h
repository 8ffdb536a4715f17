#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace clientele {

// A read-only view of one value in a parsed JSON document that knows its path, so every check
// that fails can say exactly where ("profiles[2].obstacles[0].text: expected a string").
// All checks throw JsonInputError.
class JsonNode {
public:
    explicit JsonNode(const nlohmann::json &value, QString path = {})
        : m_value(&value)
        , m_path(std::move(path))
    {
    }

    const nlohmann::json &json() const { return *m_value; }
    // The JSON path, or "top level" for the document itself.
    QString where() const;
    bool isNull() const { return m_value->is_null(); }

    // Requires an object whose keys are all among `known`; an unknown key is refused so that a
    // misspelt key is reported instead of silently ignored.
    void expectObject(const QStringList &known) const;
    // A member that must be present.
    JsonNode member(const QString &key) const;
    // A member that may be absent.
    std::optional<JsonNode> optionalMember(const QString &key) const;
    // Requires an array and returns its elements.
    QList<JsonNode> elements() const;

    QString toText() const;
    bool toBool() const;
    qint64 toInteger(qint64 minimum, qint64 maximum) const;
    // A positive whole number used as a stable identifier.
    qint64 toId() const;
    // ISO 8601 with a time zone ("2024-03-04T09:00:00.000Z"); null means unknown.
    QDateTime toTimestamp() const;
    // An identity as exports write it: lowercase 8-4-4-4-12 hex without braces, never all zeros.
    QUuid toUuid() const;

    [[noreturn]] void fail(const QString &problem) const;

private:
    QString childPath(const QString &key) const;

    const nlohmann::json *m_value;
    QString m_path;
};

// How a JSON value's type reads in a message: "a string", "an array", "null", ...
QString jsonTypeName(const nlohmann::json &value);

} // namespace clientele
