#include "chartrowsgrid.h"

#include "clientele/render/htmltext.h"

#include <QFontMetricsF>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace clientele {

namespace {

// Cell padding, left and right, in px (table.rowsgrid td).
constexpr qreal kPadding = 8;
// A column never asks for more than this for one line of its widest value.
constexpr qreal kMostPreferred = 210;

struct Column {
    qreal least = 0;     // its widest word: narrower would break a word
    qreal preferred = 0; // its widest value on one line
};

// `values` ask for a line of their own; `headings` (the attribute, the Ideal) may wrap and
// only need their words whole.
Column measure(const QStringList &values, const QStringList &headings, const QFontMetricsF &plain,
               const QFontMetricsF &bold)
{
    // Ranges may break after their dash ("$7,800–" / "$96,000"): see breakable().
    static const QRegularExpression space(QStringLiteral("\\s+|(?<=\u2013)"));
    Column column;
    const auto words = [&](const QString &text, const QFontMetricsF &metrics) {
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            column.least = std::max(column.least, metrics.horizontalAdvance(word));
    };
    for (const QString &text : values) {
        words(text, plain);
        column.preferred = std::max(column.preferred, plain.horizontalAdvance(text));
    }
    for (const QString &text : headings)
        words(text, bold);
    // A little over the padding: the paper's metrics round differently from these.
    column.least += kPadding + 4;
    column.preferred = std::clamp(column.preferred + kPadding + 4, column.least,
                                  std::max(column.least, kMostPreferred));
    return column;
}

// Every column gets its widest word; what is left goes to the columns that would otherwise
// wrap, in proportion to how much more they want. Percentages of the table's width with one
// decimal, adding up to 100, so that no column ends up narrower than it asked for.
QList<qreal> percents(const QList<Column> &columns, qreal widthPx)
{
    qreal least = 0;
    qreal wanted = 0;
    for (const Column &c : columns) {
        least += c.least;
        wanted += c.preferred - c.least;
    }
    const qreal spare = widthPx - least;
    QList<qreal> widths;
    qreal total = 0;
    for (const Column &c : columns) {
        const qreal width =
            c.least + (wanted > 0 && spare > 0 ? spare * (c.preferred - c.least) / wanted : 0);
        widths.append(width);
        total += width;
    }
    QList<qreal> result;
    qreal used = 0;
    for (int i = 0; i < widths.size(); ++i) {
        const qreal percent =
            i + 1 < widths.size() ? std::floor(1000.0 * widths.at(i) / total) / 10.0 : 100.0 - used;
        result.append(percent);
        used += percent;
    }
    return result;
}

// The text as HTML, with a break allowed after each range's dash: "$7,800–$96,000" is one word
// to the layout, and too wide for a narrow column.
QString breakable(const QString &html)
{
    return QString(html).replace(u'\u2013', QStringLiteral("\u2013\u200B"));
}

QString align(const ChartSheetRow &row)
{
    return row.numeric ? QStringLiteral(" align=\"right\"") : QString();
}

} // namespace

QString ChartRowsGrid::html(const DocumentStyle &style, qreal widthPx) const
{
    // The style sheet's sizes (7 pt values, 6.5 pt heads) in px at the paper's 96 px an inch.
    QFont font = style.font(7);
    font.setPixelSize(9);
    QFont boldFont = font;
    boldFont.setBold(true);
    QFont headFont = boldFont;
    headFont.setPixelSize(9);
    const QFontMetricsF plain(font);
    const QFontMetricsF bold(boldFont);

    const QList<ChartSheetRow> &rows = m_sheet.rows;
    // The names are bold; measured as values in the bold font.
    const QString clientHead = tr("Client");
    QList<Column> columns{measure(m_sheet.clients, {clientHead}, bold, bold)};
    for (const ChartSheetRow &row : rows) {
        QStringList texts;
        for (const ChartSheetCell &cell : row.cells)
            texts << cell.text;
        columns.append(measure(texts, {row.label, row.ideal}, plain, bold));
    }
    const QList<qreal> widths = percents(columns, widthPx);

    QString html = QStringLiteral("<table class=\"rowsgrid\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\"><thead><tr><td class=\"head\" "
                                  "width=\"%1%\">%2</td>")
                       .arg(widths.at(0))
                       .arg(htmlText(clientHead));
    for (int i = 0; i < rows.size(); ++i)
        html += QStringLiteral("<td class=\"head\" width=\"%1%\"%2>%3</td>")
                    .arg(widths.at(i + 1))
                    .arg(align(rows.at(i)), htmlText(rows.at(i).label));
    html += QStringLiteral("</tr></thead><tr><td class=\"idealhead\">%1<br/><span "
                           "class=\"weighting\">%2</span></td>")
                .arg(htmlText(tr("Ideal")), htmlText(m_sheet.weightingLabel));
    for (const ChartSheetRow &row : rows) {
        if (row.ideal.isEmpty()) {
            html += QStringLiteral("<td class=\"ideal unknown\"%1>–</td>").arg(align(row));
            continue;
        }
        QString text = breakable(htmlText(row.ideal));
        if (!row.known.isEmpty())
            text += QStringLiteral("<br/><span class=\"sub\">%1</span>").arg(htmlText(row.known));
        html += QStringLiteral("<td class=\"ideal\"%1>%2</td>").arg(align(row), text);
    }
    html += QStringLiteral("</tr>");

    for (int c = 0; c < m_sheet.clients.size(); ++c) {
        QString name = htmlText(m_sheet.clients.at(c));
        if (!m_sheet.reference.value(c, true))
            name += QStringLiteral("<br/><span class=\"sub\">%1</span>")
                        .arg(htmlText(tr("not a reference client")));
        html += QStringLiteral("<tr><td class=\"label\">%1</td>").arg(name);
        for (const ChartSheetRow &row : rows) {
            const ChartSheetCell cell = row.cells.value(c);
            if (cell.isUnknown())
                html += QStringLiteral("<td class=\"unknown\"%1>–</td>").arg(align(row));
            else
                html += QStringLiteral("<td%1%2>%3</td>")
                            .arg(cell.derived ? QStringLiteral(" class=\"derived\"") : QString(),
                                 align(row), breakable(cell.html()));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace clientele
