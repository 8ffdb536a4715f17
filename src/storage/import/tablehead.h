#pragma once

#include "clientele/storage/import/csvreader.h"
#include "clientele/storage/import/readoptions.h"

#include <QList>

namespace clientele::detail {

CsvReader::Options csvOptions(const ReadOptions &options);

// Reads the header row. Fails when there is none or the file cannot be read; sets cancelled
// (and returns an empty header) when the user stopped it.
Result<QStringList> readHeader(CsvReader &reader, const QString &fileName, bool &cancelled);

// A given mapping wins; else the header is recognised, and a format asked for must match it.
Result<ColumnMapping> chooseMapping(const QStringList &header, const ReadOptions &options,
                                    bool wantContacts, const QString &fileName);

// Collects a CSV-level problem with the file name filled in.
void addProblem(QList<ImportProblem> &problems, ImportProblem problem, const QString &fileName);

} // namespace clientele::detail
