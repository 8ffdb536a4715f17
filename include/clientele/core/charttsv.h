#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// Tab-separated text as spreadsheets put it on the clipboard (Excel, LibreOffice, Google
// Sheets): rows end with a line break (\n or \r\n), cells are separated by tabs, and a cell
// holding a tab, a line break or a leading quote is wrapped in double quotes with inner quotes
// doubled. A final line break ends the last row rather than adding an empty one.

// Reads a block; ragged rows are padded with empty cells so the block is rectangular. A quote
// that is never closed is read as an ordinary character, as the spreadsheets do.
QList<QStringList> parseTsv(const QString &text);
// Writes a block the same way, quoting only the cells that need it, with a final line break.
QString formatTsv(const QList<QStringList> &rows);

} // namespace clientele
