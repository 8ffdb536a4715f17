#pragma once

#include "clientele/storage/import/importreport.h"

#include <QList>
#include <QStringList>

namespace clientele {

// The first rows of a CSV file, read on the spot for the column-mapping dialog and the
// date-order question (a few kilobytes, so the GUI thread can afford it).
struct ImportPreview {
    QString file;
    ImportReport::Kind kind = ImportReport::Kind::Invoices;
    QStringList header;
    QList<QStringList> rows;
    QString error; // set when the file cannot be read at all

    // Up to `count` different non-empty values of `column` from the rows read.
    QStringList examples(int column, int count = 6) const;
};

ImportPreview readImportPreview(const QString &path, ImportReport::Kind kind, int rows = 200);

} // namespace clientele
