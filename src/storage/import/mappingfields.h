#pragma once

#include "clientele/storage/import/columnmapping.h"

#include <array>

namespace clientele::detail {

// Every column slot of a mapping with its JSON key, so saving and loading cannot miss one.
struct MappingField {
    const char *key;
    int ColumnMapping::*member;
};

inline constexpr std::array kMappingFields{
    MappingField{"customer", &ColumnMapping::customer},
    MappingField{"invoiceNumber", &ColumnMapping::invoiceNumber},
    MappingField{"date", &ColumnMapping::date},
    MappingField{"total", &ColumnMapping::total},
    MappingField{"taxTotal", &ColumnMapping::taxTotal},
    MappingField{"untaxedTotal", &ColumnMapping::untaxedTotal},
    MappingField{"type", &ColumnMapping::type},
    MappingField{"status", &ColumnMapping::status},
    MappingField{"description", &ColumnMapping::description},
    MappingField{"itemCode", &ColumnMapping::itemCode},
    MappingField{"quantity", &ColumnMapping::quantity},
    MappingField{"unitAmount", &ColumnMapping::unitAmount},
    MappingField{"lineAmount", &ColumnMapping::lineAmount},
    MappingField{"lineTax", &ColumnMapping::lineTax},
    MappingField{"currency", &ColumnMapping::currency},
    MappingField{"name", &ColumnMapping::name},
    MappingField{"email", &ColumnMapping::email},
    MappingField{"website", &ColumnMapping::website},
    MappingField{"city", &ColumnMapping::city},
    MappingField{"region", &ColumnMapping::region},
    MappingField{"country", &ColumnMapping::country},
    MappingField{"postalCity", &ColumnMapping::postalCity},
    MappingField{"postalRegion", &ColumnMapping::postalRegion},
    MappingField{"postalCountry", &ColumnMapping::postalCountry},
    MappingField{"industry", &ColumnMapping::industry},
    MappingField{"tags", &ColumnMapping::tags},
};

} // namespace clientele::detail
