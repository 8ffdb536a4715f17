#include "chartgrid.h"

#include "clientele/render/htmltext.h"

#include <algorithm>

namespace clientele {

namespace {

// Column shares of the table width, in percent: the attribute names and the Ideal column keep
// their room, the clients share the rest.
constexpr int kLabelPercent = 16;
constexpr int kIdealPercent = 22;

QString cellHtml(const ChartSheetCell &cell, bool numeric)
{
    const QString align = numeric ? QStringLiteral(" align=\"right\"") : QString();
    if (cell.isUnknown())
        return QStringLiteral("<td class=\"cell unknown\"%1>–</td>").arg(align);
    const QString cls = cell.derived ? QStringLiteral("cell derived") : QStringLiteral("cell");
    return QStringLiteral("<td class=\"%1\"%2>%3</td>").arg(cls, align, cell.html());
}

QString idealHtml(const ChartSheetRow &row)
{
    const QString align = row.numeric ? QStringLiteral(" align=\"right\"") : QString();
    if (row.ideal.isEmpty())
        return QStringLiteral("<td class=\"ideal unknown\"%1>–</td>").arg(align);
    QString html = htmlText(row.ideal);
    if (!row.known.isEmpty())
        html += QStringLiteral("<br/><span class=\"sub\">%1</span>").arg(htmlText(row.known));
    return QStringLiteral("<td class=\"ideal\"%1>%2</td>").arg(align, html);
}

} // namespace

ChartGrid::ChartGrid(const ChartSheet &sheet, int perPart)
    : m_sheet(&sheet)
    , m_parts(split(int(sheet.clients.size()), perPart))
{
}

QList<ChartPart> ChartGrid::split(int clientCount, int perPart)
{
    perPart = std::max(perPart, 1);
    const int partCount = std::max(1, (clientCount + perPart - 1) / perPart);
    QList<ChartPart> parts;
    int first = 0;
    for (int i = 0; i < partCount; ++i) {
        // The first parts take one more when the clients do not divide evenly.
        const int count = clientCount / partCount + (i < clientCount % partCount ? 1 : 0);
        parts.append({first, count});
        first += count;
    }
    return parts;
}

QString ChartGrid::html() const
{
    QString html;
    for (const ChartPart &part : m_parts) {
        if (m_parts.size() > 1) {
            html += QStringLiteral("<h3 class=\"part\">%1</h3>")
                        .arg(htmlText(tr("Clients %1–%2 of %3")
                                          .arg(part.first + 1)
                                          .arg(part.first + part.count)
                                          .arg(m_sheet->clients.size())));
        }
        html += partHtml(part);
    }
    return html;
}

QString ChartGrid::partHtml(const ChartPart &part) const
{
    const int clientPercent =
        part.count > 0 ? (100 - kLabelPercent - kIdealPercent) / part.count : 0;
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\"><thead><tr>"
                                  "<td class=\"head\" width=\"%1%\">%2</td>")
                       .arg(kLabelPercent)
                       .arg(htmlText(tr("Attribute")));
    for (int i = part.first; i < part.first + part.count; ++i) {
        QString name = htmlText(m_sheet->clients.at(i));
        if (!m_sheet->reference.value(i, true))
            name += QStringLiteral("<br/><span class=\"sub\">%1</span>")
                        .arg(htmlText(tr("not a reference client")));
        html +=
            QStringLiteral("<td class=\"head\" width=\"%1%\">%2</td>").arg(clientPercent).arg(name);
    }
    // The Ideal column takes what whole percentages leave over, so the table fills the width.
    const int idealPercent = 100 - kLabelPercent - clientPercent * part.count;
    html += QStringLiteral("<td class=\"head idealhead\" width=\"%1%\">%2"
                           "<br/><span class=\"weighting\">%3</span></td></tr></thead>")
                .arg(idealPercent)
                .arg(htmlText(tr("Ideal")), htmlText(m_sheet->weightingLabel));

    for (const ChartSheetRow &row : m_sheet->rows) {
        html += QStringLiteral("<tr><td class=\"label\">%1</td>").arg(htmlText(row.label));
        for (int i = part.first; i < part.first + part.count; ++i)
            html += cellHtml(row.cells.value(i), row.numeric);
        html += idealHtml(row) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace clientele
