#include "safefilename.h"

#include <QRegularExpression>

namespace clientele {

QString safeFileName(const QString &name, const QString &fallback)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString cleaned = name.trimmed();
    cleaned.replace(unsafe, QStringLiteral("-"));
    return (cleaned.isEmpty() ? fallback : cleaned) + QStringLiteral(".pdf");
}

} // namespace clientele
