#include "tablehead.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace clientele::detail {

namespace {

Error cannotRead(const QString &fileName, const QString &why)
{
    return Error{
        QCoreApplication::translate("clientele::Import", "Cannot import \u201C%1\u201D: %2")
            .arg(QFileInfo(fileName).fileName(), why)};
}

} // namespace

CsvReader::Options csvOptions(const ReadOptions &options)
{
    CsvReader::Options csv;
    csv.separator = options.separator;
    csv.maxRecordBytes = options.maxRecordBytes;
    csv.progress = options.progress;
    csv.cancelled = options.cancelled;
    return csv;
}

Result<QStringList> readHeader(CsvReader &reader, const QString &fileName, bool &cancelled)
{
    CsvRecord record;
    switch (reader.next(record)) {
    case CsvReader::Step::Record: return record.fields;
    case CsvReader::Step::Cancelled: cancelled = true; return QStringList();
    case CsvReader::Step::End:
        return cannotRead(fileName,
                          QCoreApplication::translate("clientele::Import", "the file is empty."));
    case CsvReader::Step::Problem:
        return cannotRead(fileName,
                          QCoreApplication::translate("clientele::Import",
                                                      "the header row cannot be read (line %1: %2)")
                              .arg(reader.problem().line)
                              .arg(reader.problem().message));
    case CsvReader::Step::Failed: break;
    }
    return cannotRead(fileName, reader.problem().message);
}

Result<ColumnMapping> chooseMapping(const QStringList &header, const ReadOptions &options,
                                    bool wantContacts, const QString &fileName)
{
    if (options.mapping)
        return *options.mapping;
    const ColumnMapping mapping = recogniseHeader(header);
    if (mapping.format == ImportFormat::Unknown)
        return mapping; // the caller asks the user to map the columns
    if (mapping.isContactFormat() != wantContacts) {
        const QString why = wantContacts
                                ? QCoreApplication::translate("clientele::Import",
                                                              "this is a %1 export, not contacts.")
                                : QCoreApplication::translate("clientele::Import",
                                                              "this is a %1 export, not invoices.");
        return cannotRead(fileName, why.arg(importFormatLabel(mapping.format)));
    }
    if (options.format != ImportFormat::Unknown && options.format != mapping.format) {
        return cannotRead(
            fileName,
            QCoreApplication::translate("clientele::Import", "it looks like a %1 export, not %2.")
                .arg(importFormatLabel(mapping.format), importFormatLabel(options.format)));
    }
    return mapping;
}

QString cellText(const CsvRecord &record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed()
                                                        : QString();
}

QString streetOrPostal(const CsvRecord &record, int street, int postal)
{
    const QString value = cellText(record, street);
    return value.isEmpty() ? cellText(record, postal) : value;
}

void addProblem(QList<ImportProblem> &problems, ImportProblem problem, const QString &fileName)
{
    problem.file = fileName;
    problems.append(std::move(problem));
}

} // namespace clientele::detail
