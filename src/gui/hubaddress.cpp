#include "clientele/gui/hubaddress.h"

#include "clientele/core/teamsync.h"

#include <QUrl>

namespace clientele {

bool isHubUrl(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
           || trimmed.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

bool hubAddressHasPassword(const QString &address)
{
    return hubAddressWithoutPassword(address).simplified() != address.simplified();
}

QString hubAddressWith(const QString &address, const QString &key, const QString &value)
{
    const QString trimmed = address.trimmed();
    if (isHubUrl(trimmed)) {
        const QString pair =
            key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (!trimmed.contains(QLatin1Char('?')))
            return trimmed + QLatin1Char('?') + pair;
        if (trimmed.endsWith(QLatin1Char('?')) || trimmed.endsWith(QLatin1Char('&')))
            return trimmed + pair;
        return trimmed + QLatin1Char('&') + pair;
    }
    // libpq reads a single-quoted value with \' and \\ as its escapes.
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    const QString pair = QStringLiteral("%1='%2'").arg(key, quoted);
    return trimmed.isEmpty() ? pair : trimmed + QLatin1Char(' ') + pair;
}

} // namespace clientele
