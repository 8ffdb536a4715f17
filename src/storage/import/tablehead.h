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

// Reads the header and settles the column mapping into `result` (a ContactReadResult or an
// InvoiceReadResult). True when the rows can be read; false when the result is already final
// (cancelled, or a mapping is needed first).
template <typename ReadResult>
Result<bool> readTableHead(CsvReader &reader, ReadResult &result, const ReadOptions &options,
                           bool wantContacts, const QString &fileName)
{
    Result<QStringList> header = readHeader(reader, fileName, result.cancelled);
    if (!header)
        return header.error();
    if (result.cancelled)
        return false;
    result.header = *header;
    result.headerSignature = headerSignature(result.header);
    result.separator = reader.separator();
    Result<ColumnMapping> mapping = chooseMapping(result.header, options, wantContacts, fileName);
    if (!mapping)
        return mapping.error();
    result.mapping = *mapping;
    return !result.needsMapping();
}

// A record's trimmed text in `column`; empty when the column is absent (-1) or the row short.
QString cellText(const CsvRecord &record, int column);

// The street address says where a customer is; the postal one stands in when it is empty.
QString streetOrPostal(const CsvRecord &record, int street, int postal);

// Collects a CSV-level problem with the file name filled in.
void addProblem(QList<ImportProblem> &problems, ImportProblem problem, const QString &fileName);

} // namespace clientele::detail
