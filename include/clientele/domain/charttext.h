#pragma once

#include "clientele/domain/attribute.h"
#include "clientele/domain/chartvalue.h"
#include "clientele/domain/result.h"

#include <QString>

#include <optional>

namespace clientele {

// Reads text typed (or pasted) into a cell of `attribute`. Blank text and "?", "unknown",
// "not sure", "n/a", "-" give an unknown value. Money must be in `currency` (the chart's); "$"
// means that currency. Refused text gets a message saying what is expected, e.g. "Expected a
// number such as 40 or a range such as 20-50, not "lots".". Categories and tags take the
// spelling of a matching listed value ("manufacturing" -> "Manufacturing").
Result<ChartValue> parseCell(const Attribute &attribute, const QString &text,
                             const QString &currency = QStringLiteral("AUD"));

// The text a cell shows; parseCell() reads it back to the same value. Empty when unknown.
// "20–50", "$1M–$5M", "Manufacturing", "ERP integration, Projects", "Parramatta (12 km)",
// "Yes". `home` is the chart's currency: money in another is written with its code
// ("NZD 540"), which parseCell() reads back as that currency.
QString displayText(const ChartValue &value, const QString &home = {});

// Whether two cell texts say the same: equal ignoring case and spacing ("family  business" and
// "Family business").
bool sameCellText(const QString &a, const QString &b);

// True for the words that mean "not known" in any cell ("", "?", "unknown", "n/a", ...).
bool isUnknownText(const QString &text);

// The choices of a yes/no cell as its editor offers them, which parseCell() reads back:
// "Yes", "No", and "Unknown" for no value.
QString yesNoChoiceText(std::optional<bool> value);

} // namespace clientele
