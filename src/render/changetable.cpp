#include "changetable.h"

#include "clientele/render/htmltext.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString valueHtml(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<span class=\"muted\">%1</span>")
            .arg(htmlText(QCoreApplication::translate("clientele::ChangeTable", "(none)")));
    QString lines = text;
    lines.replace(QLatin1Char('\t'), QStringLiteral("  \u00b7  "));
    return htmlText(lines);
}

} // namespace

QString changeTableHtml(const QList<FieldChange> &changes, const QString &beforeHeading,
                        const QString &afterHeading)
{
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                       "<th width=\"28%\">%1</th><th width=\"36%\">%2</th>"
                       "<th width=\"36%\">%3</th></tr></thead>")
            .arg(htmlText(QCoreApplication::translate("clientele::ChangeTable", "What changed")),
                 htmlText(beforeHeading), htmlText(afterHeading));
    for (const FieldChange &change : changes)
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(htmlText(change.label), valueHtml(change.before), valueHtml(change.after));
    return html + QStringLiteral("</table>");
}

} // namespace clientele
