#pragma once

#include "clientele/storage/import/amountparser.h"
#include "clientele/storage/import/columnmapping.h"
#include "clientele/storage/import/dateparser.h"

#include <functional>
#include <optional>

namespace clientele {

// How to read an export. Everything defaults to detection from the file itself.
struct ReadOptions {
    ImportFormat format = ImportFormat::Unknown; // Unknown: recognise from the header row
    std::optional<ColumnMapping> mapping;        // a user's mapping; wins over recognition
    char separator = 0;                          // 0: detect among ',' ';' and tab
    DateOrder dateOrder = DateOrder::Auto;       // Auto: decide from the whole date column
    DecimalSeparator decimal = DecimalSeparator::Auto;
    QString defaultCurrency; // when neither a column nor the amount names one
    qint64 maxRecordBytes = 1 << 20;
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

} // namespace clientele
