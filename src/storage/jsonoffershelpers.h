#pragma once

// Small readers shared by the offers and proposals JSON sections.

#include "clientele/domain/money.h"
#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/jsonnode.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace clientele::jsonoffers {

inline nlohmann::ordered_json textsToJson(const QStringList &texts)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const QString &text : texts)
        json.push_back(text);
    return json;
}

inline QStringList textsFromJson(const JsonNode &node)
{
    QStringList texts;
    for (const JsonNode &element : node.elements())
        texts.append(element.toText());
    return texts;
}

inline QStringList optionalTexts(const JsonNode &node, const QString &key)
{
    if (auto value = node.optionalMember(key))
        return textsFromJson(*value);
    return {};
}

inline QString optionalText(const JsonNode &node, const QString &key)
{
    if (auto value = node.optionalMember(key))
        return value->toText();
    return {};
}

inline int optionalCount(const JsonNode &node, const QString &key, qint64 maximum)
{
    if (auto value = node.optionalMember(key))
        return static_cast<int>(value->toInteger(0, maximum));
    return 0;
}

// An ISO currency code: three capital letters.
inline QString currencyFromJson(const JsonNode &node)
{
    QString code = node.toText();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(code).hasMatch())
        node.fail(QCoreApplication::translate(
                      "clientele::WorkspaceJson",
                      "expected a three-letter currency code such as \"AUD\", not "
                      "\"%1\"")
                      .arg(code));
    return code;
}

// Amounts are exact decimal strings ("1234.50"), never JSON numbers, and never negative here.
inline Money moneyFromJson(const JsonNode &node, const QString &currency)
{
    if (!node.json().is_string())
        node.fail(QCoreApplication::translate(
                      "clientele::WorkspaceJson",
                      "expected an amount as a string such as \"1234.50\", found %1")
                      .arg(jsonTypeName(node.json())));
    auto money = Money::fromDecimalString(node.toText(), currency);
    if (!money)
        node.fail(money.errorMessage());
    if (money->isNegative())
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "an amount cannot be negative"));
    return *money;
}

// "2026-03-31" or null.
inline QString dateToJsonText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

inline nlohmann::ordered_json dateToJson(const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    return dateToJsonText(date);
}

inline QDate dateFromJson(const JsonNode &node)
{
    if (node.isNull())
        return {};
    const QString text = node.toText();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        node.fail(
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "expected a date as \"YYYY-MM-DD\" or null, not \"%1\"")
                .arg(text));
    return date;
}

template <typename T>
T keyFromJson(const JsonNode &node, std::optional<T> (*parse)(const QString &),
              const QStringList &allowed)
{
    const QString text = node.toText();
    if (auto value = parse(text))
        return *value;
    node.fail(
        QCoreApplication::translate("clientele::WorkspaceJson", "expected one of %1, not \"%2\"")
            .arg(allowed.join(QStringLiteral(", ")), text));
}

// Ids must be unique within their kind.
class UniqueIds {
public:
    explicit UniqueIds(QString what)
        : m_what(std::move(what))
    {
    }

    qint64 take(const JsonNode &node)
    {
        const qint64 id = node.toId();
        if (const auto earlier = m_seen.constFind(id); earlier != m_seen.constEnd())
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

} // namespace clientele::jsonoffers
