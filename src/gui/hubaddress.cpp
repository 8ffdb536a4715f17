#include "clientele/gui/hubaddress.h"

#include <QRegularExpression>
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
    const QString trimmed = address.trimmed();
    if (!isHubUrl(trimmed)) {
        static const QRegularExpression pair(QStringLiteral("(^|\\s)password\\s*="),
                                             QRegularExpression::CaseInsensitiveOption);
        return pair.match(trimmed).hasMatch();
    }
    const QString rest = trimmed.section(QStringLiteral("://"), 1);
    const QString authority = rest.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('?'), 0, 0);
    if (authority.contains(QLatin1Char('@'))
        && authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))
        return true;
    const QString query = rest.section(QLatin1Char('?'), 1);
    for (const QString &parameter : query.split(QLatin1Char('&')))
        if (parameter.section(QLatin1Char('='), 0, 0)
                .compare(QStringLiteral("password"), Qt::CaseInsensitive)
            == 0)
            return true;
    return false;
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
