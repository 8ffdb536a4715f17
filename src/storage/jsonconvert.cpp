#include "clientele/storage/jsonconvert.h"

namespace clientele {

QString timestampToJsonText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromJsonText(const QString &text)
{
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        return {};
    return when.toUTC();
}

} // namespace clientele
