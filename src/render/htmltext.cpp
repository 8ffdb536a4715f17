#include "clientele/render/htmltext.h"

#include <QRegularExpression>

namespace clientele {

namespace {

QString normalisedLines(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return lines.trimmed();
}

} // namespace

QString htmlText(const QString &text)
{
    return normalisedLines(text).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                         QStringLiteral("<br/>"));
}

QString htmlParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString html;
    for (const QString &paragraph : normalisedLines(text).split(blankLine, Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(htmlText(paragraph));
    return html;
}

} // namespace clientele
