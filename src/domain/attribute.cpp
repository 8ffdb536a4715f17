#include "clientele/domain/attribute.h"

namespace clientele {

QString Attribute::canonicalValue(const QString &text) const
{
    for (const QString &value : values) {
        if (value.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    return text;
}

} // namespace clientele
