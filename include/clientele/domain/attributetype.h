#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// What kind of value an ICP chart attribute holds; decides parsing, display and derivation.
enum class AttributeType {
    NumberOrRange, // "40" or "20-50" (staff, custom counts); never negative
    MoneyOrRange,  // "$1,200" or "$1M-$5M" in the chart's currency
    Category,      // one value, from the attribute's list or the user's own
    Tags,          // a list: "ERP integration, Support retainer"
    Location,      // a place with an optional distance: "Parramatta (12 km)"
    Years,         // "4" or "3-5" years; never negative
    YesNo,         // yes / no; blank means unknown
    Text,          // free text
};

QList<AttributeType> allAttributeTypes();
// Stable key for storage and JSON ("numberOrRange", "money", "category", ...).
QString attributeTypeKey(AttributeType type);
std::optional<AttributeType> attributeTypeFromKey(const QString &key);
// Words a user reads in a type chooser ("Number or range", "Money or range", ...).
QString attributeTypeLabel(AttributeType type);
// What to type, for editor placeholders and tooltips ("A number such as 40 or a range such as
// 20-50").
QString attributeTypeHint(AttributeType type);

} // namespace clientele
