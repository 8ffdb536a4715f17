#pragma once

// What reading the shared content's fields and writing them back share (docs/architecture.md,
// "The file's side of sync").

#include "clientele/domain/hybridclock.h"
#include "clientele/domain/syncmerge.h"
#include "clientele/storage/syncfieldnames.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

#include <optional>

namespace clientele::syncfields {

// A field's value as it travels: compact JSON, the same text for the same value.
inline QString valueText(const nlohmann::ordered_json &value)
{
    return QString::fromStdString(
        value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

// Where the log last placed a list item, compared as orderListItems compares.
struct KnownPlace {
    double position = 0;
    HlcTimestamp at;
    QString uuid;
};

// The positions to give a list's items, in their order in the file: the longest run of items
// whose known places agree with that order keeps them; every other item (new, or moved) takes
// one between its neighbours, so moving one item changes only its own position.
QList<double> listPositions(const QList<std::optional<KnownPlace>> &known);

} // namespace clientele::syncfields
