#pragma once

#include "clientele/domain/range.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace clientele {

// Where a client is: a place name, a distance from the consultant's office, or both.
struct ChartPlace {
    QString name;
    std::optional<double> distanceKm;

    friend bool operator==(const ChartPlace &, const ChartPlace &) = default;
};

// The typed content of one ICP chart cell, or nothing when the value is unknown. Which
// alternative a cell holds follows its attribute's type: numbers and years hold a NumberRange,
// money a MoneyRange, categories and text a QString, tags a QStringList, locations a
// ChartPlace, yes/no a bool. A default-constructed value is unknown.
class ChartValue {
public:
    ChartValue() = default;
    static ChartValue fromNumber(const NumberRange &range) { return ChartValue(range); }
    static ChartValue fromMoney(const MoneyRange &range) { return ChartValue(range); }
    static ChartValue fromText(const QString &text) { return ChartValue(text); }
    static ChartValue fromTags(const QStringList &tags) { return ChartValue(tags); }
    static ChartValue fromPlace(const ChartPlace &place) { return ChartValue(place); }
    static ChartValue fromYesNo(bool yes) { return ChartValue(yes); }

    bool isUnknown() const { return std::holds_alternative<std::monostate>(m_value); }

    // Each accessor returns null when the cell holds another kind of value or nothing.
    const NumberRange *number() const { return std::get_if<NumberRange>(&m_value); }
    const MoneyRange *money() const { return std::get_if<MoneyRange>(&m_value); }
    const QString *text() const { return std::get_if<QString>(&m_value); }
    const QStringList *tags() const { return std::get_if<QStringList>(&m_value); }
    const ChartPlace *place() const { return std::get_if<ChartPlace>(&m_value); }
    std::optional<bool> yesNo() const
    {
        const bool *yes = std::get_if<bool>(&m_value);
        return yes ? std::optional<bool>(*yes) : std::nullopt;
    }

    friend bool operator==(const ChartValue &, const ChartValue &) = default;

private:
    using Variant = std::variant<std::monostate, NumberRange, MoneyRange, QString, QStringList,
                                 ChartPlace, bool>;
    template <typename T>
    explicit ChartValue(const T &value)
        : m_value(value)
    {
    }

    Variant m_value;
};

} // namespace clientele
