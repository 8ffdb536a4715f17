#pragma once

#include "clientele/domain/result.h"
#include "clientele/storage/import/columnmapping.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace clientele {

// A field the user maps a column to, in the column-mapping dialog and with
// `clientele-cli import-… --map key=Header`.
struct MappableField {
    int ColumnMapping::*member;
    QString key;         // as in --map and the stored mapping's JSON: "customer", "date", ...
    QString label;       // as the dialog shows it; "*" marks a field every import needs
    QStringList guesses; // loose header names (see normaliseHeader) that usually hold it
};

// The fields of an invoice or a contacts file, in the dialog's order.
const QList<MappableField> &mappableFields(bool invoices);

// Builds a mapping from "key=Header" pairs for `header` (the file's header row), headers
// matched loosely. Fails naming an unknown key (and the known ones) or a header the file lacks
// (and the columns it has), or when the fields needed are not all given.
Result<ColumnMapping> mappingFromNames(const QList<std::pair<QString, QString>> &pairs,
                                       const QStringList &header, bool invoices);

// Parses "key=Header,key=Header" as given on the command line.
Result<QList<std::pair<QString, QString>>> parseMappingPairs(const QString &text);

} // namespace clientele
