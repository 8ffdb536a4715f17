#pragma once

#include <QList>
#include <QString>

namespace clientele {

// One row (or spot in a file) that could not be read; the rest of the file is still read, and
// the problems go into the import report the user can save.
struct ImportProblem {
    QString file;
    qint64 line = 0;  // 1-based physical line; 0 when the problem concerns the whole file
    int position = 0; // 1-based character within the line, when known
    QString column;   // header name of the column at fault, when known
    QString message;
};

// Problems of the whole file first, then by line, each line's in the order found.
void sortProblems(QList<ImportProblem> &problems);

} // namespace clientele
