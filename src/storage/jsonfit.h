#pragma once

// The fit score's choices in the workspace JSON: an attribute's "fit" and an exclusion's "rule"
// (docs/json-format.md).

#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/fitsettings.h"
#include "clientele/storage/jsonnode.h"

#include <nlohmann/json.hpp>

namespace clientele {

// {"used": true, "importance": "veryImportant", "distance": 20}, each only when set.
nlohmann::ordered_json attributeFitToJson(const AttributeFit &fit);
AttributeFit attributeFitFromJson(const JsonNode &node);

// {"attribute": 1, "comparison": "less", "value": "2"} or {"keyword": "MYOB"}. The attribute is
// named by its id in the chart section, as cells name it, so a document without uuids (the
// sample) can hold rules; `attributeId` is that id (0 for a keyword rule).
nlohmann::ordered_json exclusionRuleToJson(const ExclusionRule &rule, qint64 attributeId);
// The rule with its attribute left null, to be given the uuid of `*attributeId` once the chart
// is stored; `*attributeId` is 0 for a keyword rule.
ExclusionRule exclusionRuleFromJson(const JsonNode &node, qint64 *attributeId);

} // namespace clientele
