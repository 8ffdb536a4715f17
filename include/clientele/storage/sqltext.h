#pragma once

#include <QDateTime>
#include <QString>

#include <string>

namespace SQLite {
class Column;
}

namespace clientele::sql {

// SQLiteCpp speaks UTF-8 std::string; the domain speaks QString.
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}
QString text(const SQLite::Column &column);

// Timestamps are stored as ISO 8601 UTC with milliseconds.
std::string timestamp(const QDateTime &when);
QDateTime timestampFrom(const SQLite::Column &column);

} // namespace clientele::sql
