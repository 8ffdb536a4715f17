#include "pgarray.h"

namespace clientele {

QByteArray pgArrayLiteral(const QStringList &elements)
{
    QByteArray literal("{");
    for (const QString &element : elements) {
        if (literal.size() > 1)
            literal.append(',');
        literal.append('"');
        for (const char c : element.toUtf8()) {
            if (c == '"' || c == '\\')
                literal.append('\\');
            literal.append(c);
        }
        literal.append('"');
    }
    literal.append('}');
    return literal;
}

} // namespace clientele
