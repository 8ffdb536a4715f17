#pragma once

#include <QString>

class QWidget;

namespace clientele {

// Asks where to save a CSV file, starting in the folder the last CSV went to (or Documents);
// empty when the user cancels. Remembers the folder chosen.
QString askCsvSavePath(QWidget *parent, const QString &title, const QString &fileName);
// Asks which CSV file to open, starting where the last CSV went; empty when cancelled.
QString askCsvOpenPath(QWidget *parent, const QString &title);

} // namespace clientele
