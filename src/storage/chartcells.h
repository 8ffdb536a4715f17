#pragma once

#include "clientele/domain/chartvalue.h"

#include <QStringList>

#include <string>

namespace SQLite {
class Statement;
}

namespace clientele::sql {

// The columns a typed chart value is stored in, in this order, by chart_cell and by
// prospect_value alike.
inline constexpr const char *kCellColumns =
    "kind, text, number_min, number_max, money_min, money_max, currency, tags, yes_no";
inline constexpr int kCellColumnCount = 9;

// Binds a known value to the nine parameters from `first` on.
void bindValue(SQLite::Statement &row, int first, const ChartValue &value);
// Reads the value whose nine columns start at `first`.
ChartValue readValue(SQLite::Statement &row, int first);

// A list of text as a JSON array, as attribute values and tag cells are stored.
std::string stringListToJson(const QStringList &list);
QStringList stringListFromJson(const QString &text);

} // namespace clientele::sql
