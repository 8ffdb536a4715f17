#include "clientele/storage/sqltext.h"

#include <SQLiteCpp/Column.h>

namespace clientele::sql {

QString text(const SQLite::Column &column)
{
    return QString::fromUtf8(column.getText(""), column.getBytes());
}

std::string timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

QDateTime timestampFrom(const SQLite::Column &column)
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

} // namespace clientele::sql
