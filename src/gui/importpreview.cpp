#include "clientele/gui/importpreview.h"

#include "clientele/storage/import/csvreader.h"

#include <QFile>

namespace clientele {

QStringList ImportPreview::examples(int column, int count) const
{
    QStringList values;
    if (column < 0)
        return values;
    for (const QStringList &row : rows) {
        const QString value = row.value(column).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
        if (values.size() >= count)
            break;
    }
    return values;
}

ImportPreview readImportPreview(const QString &path, ImportReport::Kind kind, int rows)
{
    ImportPreview preview;
    preview.file = path;
    preview.kind = kind;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = file.errorString();
        return preview;
    }
    CsvReader reader(file);
    CsvRecord record;
    while (preview.rows.size() < rows) {
        const CsvReader::Step step = reader.next(record);
        if (step == CsvReader::Step::Problem)
            continue;
        if (step != CsvReader::Step::Record) {
            if (step == CsvReader::Step::Failed)
                preview.error = reader.problem().message;
            break;
        }
        if (preview.header.isEmpty())
            preview.header = record.fields;
        else
            preview.rows.append(record.fields);
    }
    return preview;
}

} // namespace clientele
