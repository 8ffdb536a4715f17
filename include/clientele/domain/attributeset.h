#pragma once

#include "clientele/domain/attribute.h"

#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// The attributes of the standard ICP chart, in the order the chart lists them.
enum class StandardAttribute {
    Employees,
    Industry,
    BusinessType,
    Revenue,
    Location,
    YearsAsCustomer,
    Purchases,
    SpendPerMonth,
    SpendPerYear,
    ReferredUs,
    GaveTestimonial,
};

QList<StandardAttribute> allStandardAttributes();
// Stable key stored in Attribute::key ("employees", "industry", "spendPerMonth", ...).
QString standardAttributeKey(StandardAttribute which);
std::optional<StandardAttribute> standardAttributeFromKey(const QString &key);
// The attribute as a new chart gets it (id 0): label, type, list of values and notes.
Attribute standardAttribute(StandardAttribute which);
// All standard attributes in chart order, ids 0.
QList<Attribute> standardAttributes();

} // namespace clientele
