#include "clientele/domain/attributetype.h"

#include <QCoreApplication>

namespace clientele {

QList<AttributeType> allAttributeTypes()
{
    return {AttributeType::NumberOrRange, AttributeType::MoneyOrRange, AttributeType::Category,
            AttributeType::Tags,          AttributeType::Location,     AttributeType::Years,
            AttributeType::YesNo,         AttributeType::Text};
}

QString attributeTypeKey(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange: return QStringLiteral("numberOrRange");
    case AttributeType::MoneyOrRange: return QStringLiteral("moneyOrRange");
    case AttributeType::Category: return QStringLiteral("category");
    case AttributeType::Tags: return QStringLiteral("tags");
    case AttributeType::Location: return QStringLiteral("location");
    case AttributeType::Years: return QStringLiteral("years");
    case AttributeType::YesNo: return QStringLiteral("yesNo");
    case AttributeType::Text: return QStringLiteral("text");
    }
    return {};
}

std::optional<AttributeType> attributeTypeFromKey(const QString &key)
{
    for (AttributeType type : allAttributeTypes()) {
        if (attributeTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString attributeTypeLabel(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange:
        return QCoreApplication::translate("clientele::AttributeType", "Number or range");
    case AttributeType::MoneyOrRange:
        return QCoreApplication::translate("clientele::AttributeType", "Money or range");
    case AttributeType::Category:
        return QCoreApplication::translate("clientele::AttributeType", "Category");
    case AttributeType::Tags:
        return QCoreApplication::translate("clientele::AttributeType", "List of tags");
    case AttributeType::Location:
        return QCoreApplication::translate("clientele::AttributeType", "Location and distance");
    case AttributeType::Years:
        return QCoreApplication::translate("clientele::AttributeType", "Years");
    case AttributeType::YesNo:
        return QCoreApplication::translate("clientele::AttributeType", "Yes / no");
    case AttributeType::Text:
        return QCoreApplication::translate("clientele::AttributeType", "Text");
    }
    return {};
}

QString attributeTypeHint(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange:
        return QCoreApplication::translate("clientele::AttributeType",
                                           "A number such as 40 or a range such as 20-50");
    case AttributeType::MoneyOrRange:
        return QCoreApplication::translate("clientele::AttributeType",
                                           "An amount such as $1,200 or a range such as $1M-$5M");
    case AttributeType::Category:
        return QCoreApplication::translate("clientele::AttributeType",
                                           "One value from the list, or your own");
    case AttributeType::Tags:
        return QCoreApplication::translate(
            "clientele::AttributeType",
            "Values separated by commas, such as Managed server, Backup");
    case AttributeType::Location:
        return QCoreApplication::translate(
            "clientele::AttributeType",
            "A place, a distance such as 12 km, or both: Parramatta (12 km)");
    case AttributeType::Years:
        return QCoreApplication::translate("clientele::AttributeType",
                                           "A number of years such as 4 or a range such as 3-5");
    case AttributeType::YesNo:
        return QCoreApplication::translate("clientele::AttributeType",
                                           "Yes or no; leave blank when unknown");
    case AttributeType::Text:
        return QCoreApplication::translate("clientele::AttributeType", "Any text");
    }
    return {};
}

} // namespace clientele
