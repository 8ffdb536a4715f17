#include "clientele/render/chartprintout.h"

#include "chartfigures.h"
#include "chartgrid.h"
#include "clientele/render/htmltext.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

// The grid needs this much room per client column to keep money and names legible at 9 pt,
// beside the attribute names and the Ideal column.
constexpr qreal kClientColumnMm = 26.0;
constexpr qreal kFixedColumnsMm = 95.0;
// PagedDocument keeps a band for the header and one for the footer inside the margins.
constexpr qreal kFrameBandsMm = 20.0;
constexpr qreal kPxPerMm = 96.0 / 25.4;

QColor mixed(const QColor &colour, qreal amount)
{
    // The colour at `amount` opacity over white paper: a solid colour every printer renders.
    const auto channel = [amount](int c) { return int(std::lround(255 + (c - 255) * amount)); };
    return QColor(channel(colour.red()), channel(colour.green()), channel(colour.blue()));
}

QString styleSheet(const DocumentStyle &style)
{
    return QStringLiteral(
               ".meta { font-size: 9pt; color: %2; margin-bottom: 8px; }"
               "h3.part { font-size: 9pt; color: %2; margin-top: 10px; margin-bottom: 3px; }"
               "table.grid { border-collapse: collapse; }"
               "table.grid td { font-size: 9pt; padding: 4px 5px 4px 5px; "
               "  border-bottom: 1px solid %3; vertical-align: top; }"
               "table.grid td.head { font-weight: bold; color: %4; vertical-align: bottom; "
               "  border-bottom: 1px solid %1; padding-top: 4px; }"
               "table.grid td.idealhead { background-color: %1; color: #ffffff; }"
               "table.grid td.label { font-weight: bold; color: %4; }"
               "table.grid td.ideal { background-color: %5; font-weight: bold; color: %4; }"
               "table.grid td.derived { font-style: italic; }"
               "table.grid td.unknown { color: %2; }"
               ".sub { font-size: 7.5pt; font-weight: normal; color: %2; }"
               ".weighting { font-size: 7.5pt; font-weight: normal; color: #ffffff; }"
               "table.figures td { padding: 0px 0px 4px 0px; }"
               "table.notes td { padding: 0px 16px 0px 0px; vertical-align: top; }"
               "p.notehead { font-size: 10.5pt; font-weight: bold; color: %1; margin-top: 6px; "
               "  margin-bottom: 4px; }"
               "table.attributes td { font-size: 7.5pt; padding: 1px 6px 1px 0px; "
               "  border-bottom: 1px solid %3; }"
               "table.attributes td.label { font-weight: bold; color: %4; }"
               "p.rule { font-size: 7.5pt; margin-bottom: 3px; line-height: 115%; }")
        .arg(style.accent().name(), style.muted().name(), style.rule().name(), style.text().name(),
             mixed(style.accent(), 0.12).name());
}

QString notesHtml(const ChartSheet &sheet)
{
    QString attributes;
    for (const ChartSheetNote &note : sheet.notes) {
        attributes +=
            QStringLiteral("<tr><td class=\"label\" width=\"32%\">%1</td><td>%2</td></tr>")
                .arg(htmlText(note.label), htmlText(note.text));
    }
    QString rules;
    for (const ChartSheetNote &rule : sheet.rules) {
        rules += QStringLiteral("<p class=\"rule\"><b>%1.</b> %2</p>")
                     .arg(htmlText(rule.label), htmlText(rule.text));
    }
    QString html = QStringLiteral("<table class=\"notes\" width=\"100%\" "
                                  "cellspacing=\"0\"><tr>");
    if (!attributes.isEmpty()) {
        html += QStringLiteral("<td width=\"50%\"><p class=\"notehead\">The attributes</p><table "
                               "class=\"attributes\" "
                               "width=\"100%\" cellspacing=\"0\">%1</table></td>")
                    .arg(attributes);
    }
    html += QStringLiteral(
                "<td><p class=\"notehead\">How the Ideal column is derived</p>%1</td></tr></table>")
                .arg(rules);
    return html;
}

// Repeats each grid table's header row on every page it spans, whatever the HTML reader did
// with <thead>.
QList<QTextTable *> gridTables(QTextDocument *body, int count)
{
    QList<QTextTable *> tables;
    for (QTextFrame *frame : body->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame); table && tables.size() < count) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
            tables.append(table);
        }
    }
    return tables;
}

// Two parts that do not both fit a page each start a page of their own, so no part is cut in
// two when a fresh page would hold it whole.
void startPartsOnNewPages(QTextDocument *body, const QList<QTextTable *> &tables, QSizeF pageMm)
{
    if (tables.size() < 2)
        return;
    body->setPageSize(pageMm * kPxPerMm);
    QAbstractTextDocumentLayout *layout = body->documentLayout();
    qreal tallest = 0;
    for (QTextTable *table : tables)
        tallest = std::max(tallest, layout->frameBoundingRect(table).height());
    if (2 * (tallest + 12 * kPxPerMm) < pageMm.height() * kPxPerMm)
        return;
    for (int i = 1; i < tables.size(); ++i) {
        // The part's caption sits just before its table.
        QTextBlock caption = body->findBlock(tables.at(i)->firstPosition() - 1);
        while (caption.isValid() && caption.blockFormat().headingLevel() == 0)
            caption = caption.previous();
        if (!caption.isValid())
            continue;
        QTextBlockFormat format = caption.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(caption).setBlockFormat(format);
    }
}

} // namespace

ChartPrintout::ChartPrintout(const WorkspaceSettings &settings)
    : m_settings(settings)
{
}

PagedDocument ChartPrintout::document(const IcpChart &chart) const
{
    return document(chart, deriveIdealProfile(chart));
}

int ChartPrintout::clientsPerPart() const
{
    const qreal width = PagedDocument::pageLayoutFor(m_settings, QPageLayout::Landscape)
                            .paintRect(QPageLayout::Millimeter)
                            .width();
    return std::clamp(int((width - kFixedColumnsMm) / kClientColumnMm), 2, 8);
}

PagedDocument ChartPrintout::document(const IcpChart &chart, const IdealProfile &ideal) const
{
    PagedDocument document(m_settings, QPageLayout::Landscape);
    const ChartSheet sheet = ChartSheet::from(chart, ideal);
    document.setTitle(sheet.title);
    document.setSubject(QStringLiteral("Ideal Customer Profile chart"));

    const QSizeF paintMm = document.pageLayout().paintRect(QPageLayout::Millimeter).size();
    const QSizeF bodyMm(paintMm.width(), paintMm.height() - kFrameBandsMm);
    QTextDocument *body = document.body();
    const ChartFigures figures(sheet, document.style(), bodyMm.width());

    const ChartGrid grid(sheet, clientsPerPart());
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>")
                       .arg(styleSheet(document.style()));
    html += QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                .arg(htmlText(sheet.title), htmlText(sheet.weightingLine));
    html += grid.html();
    html += figures.html(document);
    html += notesHtml(sheet);
    body->setHtml(html + QStringLiteral("</body></html>"));

    startPartsOnNewPages(body, gridTables(body, int(grid.parts().size())), bodyMm);
    return document;
}

} // namespace clientele
