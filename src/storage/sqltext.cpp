#include "sqltext.h"

#include <SQLiteCpp/Column.h>

namespace clientele::sql {

QString text(const SQLite::Column &column)
{
    return QString::fromUtf8(column.getText(""), column.getBytes());
}

QByteArray bytes(const SQLite::Column &column)
{
    return QByteArray(static_cast<const char *>(column.getBlob()), column.getBytes());
}

std::string timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

QDateTime timestampFrom(const SQLite::Column &column)
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

std::string uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toStdString();
}

QUuid uuidFrom(const SQLite::Column &column)
{
    return column.isNull() ? QUuid() : QUuid::fromString(text(column));
}

} // namespace clientele::sql
