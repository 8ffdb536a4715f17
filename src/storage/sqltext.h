#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

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
// A BLOB's bytes (a stored PDF).
QByteArray bytes(const SQLite::Column &column);

// Timestamps are stored as ISO 8601 UTC with milliseconds.
std::string timestamp(const QDateTime &when);
QDateTime timestampFrom(const SQLite::Column &column);

// Identities are stored as lowercase text without braces; NULL reads as a null uuid.
std::string uuidText(const QUuid &uuid);
QUuid uuidFrom(const SQLite::Column &column);

} // namespace clientele::sql
