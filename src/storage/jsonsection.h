#pragma once

#include "clientele/domain/attributetype.h"
#include "clientele/storage/jsonnode.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace SQLite {
class Database;
}

namespace clientele {

class IcpChart;
struct Attribute;

// Stores what one section of the JSON describes; runs inside the import's transaction.
using JsonSectionWrite = std::function<void(SQLite::Database &)>;

// One top-level key of the workspace JSON ("settings", "profiles", ...) and how it moves
// between the file and JSON. Adding a kind of content means adding one section.
struct JsonSection {
    QString key;
    // Describes the section's content in the open workspace.
    std::function<nlohmann::ordered_json(SQLite::Database &)> toJson;
    // Checks the section's JSON completely and returns the write that stores it, so that
    // nothing is written before the whole document has been found sound. Throws JsonInputError.
    std::function<JsonSectionWrite(const JsonNode &)> fromJson;
    // Removes the section's content before an import; sections are cleared in reverse order,
    // so a section may refer to those before it.
    std::function<void(SQLite::Database &)> clear;
    // An optional section may be left out of a document; it then imports as empty (`[]`).
    bool optional = false;
    // For an optional section whose absence means more than "empty" (the chart: the standard
    // chart), what is stored when the document leaves it out.
    std::function<JsonSectionWrite()> whenAbsent = {};
    // Sections are written pass by pass, each pass in list order: one whose content names
    // another's items (the profiles' exclusion rules name chart attributes) comes later.
    int writePass = 0;
};

JsonSection settingsJsonSection();
JsonSection profilesJsonSection();
// `parsed`, when given, receives the chart an import reads, for the sections that refer to it.
JsonSection chartJsonSection(std::shared_ptr<IcpChart> parsed = nullptr);
// The "prospects" section; its values are read against `chart`, which the chart section fills
// before this section reads its input.
JsonSection prospectsJsonSection(std::shared_ptr<const IcpChart> chart);

// The chart attribute an "attribute" member names by its id; fails at the node when the chart
// has none, as cells and prospect values refer to attributes alike.
const Attribute &attributeNamedBy(const JsonNode &node, const IcpChart &chart);

// The key of the one value a cell of an attribute of `type` holds ("number", "money", ...).
QString chartCellValueKey(AttributeType type);

// The owner's review rounds, each with its frozen snapshot and pack.
JsonSection reviewRoundsJsonSection();

// All sections in the order they are written and imported.
QList<JsonSection> workspaceJsonSections();

} // namespace clientele
