#include "clientele/render/chartprintout.h"
#include "clientele/domain/textlanguage.h"

#include "chartfigures.h"
#include "chartgrid.h"
#include "chartrowsgrid.h"
#include "clientele/render/htmltext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QRegularExpression>
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
// Up to this many clients print as columns, in parts side by side on their pages; more print
// as rows, one client a line, as the chart page's Flip shows them.
constexpr int kMostClientsAsColumns = 12;
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
               "table.rowsgrid { border-collapse: collapse; }"
               "table.rowsgrid td { font-size: 7pt; padding: 2px 4px 2px 4px; "
               "  border-bottom: 1px solid %3; vertical-align: top; line-height: 110%; }"
               "table.rowsgrid td.head { font-weight: bold; color: %4; vertical-align: bottom; "
               "  border-bottom: 1px solid %1; }"
               "table.rowsgrid td.idealhead { background-color: %1; color: #ffffff; "
               "  font-weight: bold; }"
               "table.rowsgrid td.label { font-weight: bold; color: %4; }"
               "table.rowsgrid td.ideal { background-color: %5; font-weight: bold; color: %4; "
               "  border-bottom: 1px solid %1; }"
               "table.rowsgrid td.derived { font-style: italic; }"
               "table.rowsgrid td.unknown { color: %2; }"
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
    QString cells;
    for (int i = 0; i < sheet.cellNotes.size(); ++i) {
        const ChartSheetNote &note = sheet.cellNotes.at(i);
        cells += QStringLiteral("<tr><td class=\"label\" width=\"32%\"><sup>%1</sup> %2</td>"
                                "<td>%3</td></tr>")
                     .arg(i + 1)
                     .arg(htmlText(note.label), htmlText(note.text));
    }
    QString rules;
    for (const ChartSheetNote &rule : sheet.rules) {
        rules += QStringLiteral("<p class=\"rule\"><b>%1.</b> %2</p>")
                     .arg(htmlText(rule.label), htmlText(rule.text));
    }
    QString html = QStringLiteral("<table class=\"notes\" width=\"100%\" "
                                  "cellspacing=\"0\"><tr>");
    const auto list = [](const QString &head, const QString &rows) {
        return rows.isEmpty() ? QString()
                              : QStringLiteral("<p class=\"notehead\">%1</p><table "
                                               "class=\"attributes\" width=\"100%\" "
                                               "cellspacing=\"0\">%2</table>")
                                    .arg(head, rows);
    };
    if (!attributes.isEmpty() || !cells.isEmpty()) {
        html += QStringLiteral("<td width=\"50%\">%1%2</td>")
                    .arg(list(htmlText(ChartPrintout::tr("The attributes")), attributes),
                         list(htmlText(ChartPrintout::tr("Notes on cells")), cells));
    }
    html += QStringLiteral("<td><p class=\"notehead\">%1</p>%2</td></tr></table>")
                .arg(htmlText(ChartPrintout::tr("How the Ideal column is derived")), rules);
    return html;
}

// Repeats each grid table's head rows on every page it spans, whatever the HTML reader did
// with <thead>.
QList<QTextTable *> gridTables(QTextDocument *body, int count, int headRows)
{
    QList<QTextTable *> tables;
    for (QTextFrame *frame : body->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame); table && tables.size() < count) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(headRows);
            table->setFormat(format);
            tables.append(table);
        }
    }
    return tables;
}

// The widest word in a client's column (its name in the head, its values below), so that no
// column is so narrow that a word breaks ("Conditionin g").
qreal widestClientWord(const ChartSheet &sheet, const DocumentStyle &style)
{
    // 9 pt at the paper's 96 px an inch (12 px), as the document measures it, whatever the
    // screen; names are bold.
    QFont plainFont = style.font(9);
    plainFont.setPixelSize(12);
    QFont boldFont = plainFont;
    boldFont.setBold(true);
    const QFontMetricsF plain(plainFont);
    const QFontMetricsF bold(boldFont);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qreal widest = 0;
    const auto take = [&](const QString &text, const QFontMetricsF &metrics) {
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    };
    for (const QString &name : sheet.clients)
        take(name, bold);
    for (const ChartSheetRow &row : sheet.rows)
        for (const ChartSheetCell &cell : row.cells)
            take(cell.text, plain);
    return widest;
}

// How tall one part of the grid prints, laid out as the body will lay it out.
qreal partHeight(const QString &css, const QString &partHtml, const QFont &font, qreal widthPx)
{
    QTextDocument scratch;
    scratch.setDefaultFont(font);
    scratch.setDocumentMargin(0);
    scratch.setTextWidth(widthPx);
    scratch.setHtml(QStringLiteral("<html><head><style>%1</style></head><body>%2</body></html>")
                        .arg(css, partHtml));
    return scratch.documentLayout()->documentSize().height();
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

ChartPrintout::ChartPrintout(const WorkspaceSettings &settings, PageMargins margins)
    : m_settings(settings)
    , m_margins(margins)
{
}

PagedDocument ChartPrintout::document(const IcpChart &chart) const
{
    // The ideal's texts are written as it is derived: derived here, they speak the document's
    // language.
    const LanguageScope language(m_settings.documentLanguage);
    return document(chart, deriveIdealProfile(chart));
}

int ChartPrintout::clientsPerPart() const
{
    const qreal width = PagedDocument::pageLayoutFor(m_settings, QPageLayout::Landscape, m_margins)
                            .paintRect(QPageLayout::Millimeter)
                            .width();
    return std::clamp(int((width - kFixedColumnsMm) / kClientColumnMm), 2, 8);
}

int ChartPrintout::clientsPerPart(const ChartSheet &sheet, const DocumentStyle &style) const
{
    const qreal bodyWidthPx =
        PagedDocument::pageLayoutFor(m_settings, QPageLayout::Landscape, m_margins)
            .paintRect(QPageLayout::Millimeter)
            .width()
        * kPxPerMm;
    // The client columns share what the attribute (16%) and Ideal (22%) columns leave; each
    // needs its widest word, its padding (10 px) and some room for the paper's own metrics.
    const qreal needed = widestClientWord(sheet, style) * 1.08 + 12;
    const int byWords = std::max(1, int(bodyWidthPx * 0.62 / needed));
    return std::clamp(std::min(clientsPerPart(), byWords), 1, 8);
}

PagedDocument ChartPrintout::document(const IcpChart &chart, const IdealProfile &ideal) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument document(m_settings, QPageLayout::Landscape, m_margins);
    const ChartSheet sheet = ChartSheet::from(chart, ideal);
    document.setTitle(sheet.title);
    document.setSubject(tr("Ideal Customer Profile chart"));

    const QSizeF paintMm = document.pageLayout().paintRect(QPageLayout::Millimeter).size();
    const QSizeF bodyMm(paintMm.width(), paintMm.height() - kFrameBandsMm);
    QTextDocument *body = document.body();
    const ChartFigures figures(sheet, document.style(), bodyMm.width());
    const QString css = styleSheet(document.style());

    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(css);
    html += QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                .arg(htmlText(sheet.title), htmlText(sheet.weightingLine));
    int tables = 1;
    int headRows = ChartRowsGrid::kHeadRows;
    if (sheet.clients.size() > kMostClientsAsColumns) {
        html += ChartRowsGrid(sheet).html(document.style(), bodyMm.width() * kPxPerMm);
    } else {
        // As many clients a part as fit across; fewer when that lets every part fit a page
        // (a chart of many attributes runs over pages however few clients a part holds).
        const qreal pageHeightPx = bodyMm.height() * kPxPerMm * 0.9;
        const auto fits = [&](const ChartGrid &candidate) {
            for (const ChartPart &part : candidate.parts())
                if (partHeight(css, candidate.partHtml(part), body->defaultFont(),
                               bodyMm.width() * kPxPerMm)
                    > pageHeightPx)
                    return false;
            return true;
        };
        int perPart = clientsPerPart(sheet, document.style());
        if (!fits(ChartGrid(sheet, perPart))) {
            for (int fewer = perPart - 1; fewer >= 1; --fewer) {
                if (fits(ChartGrid(sheet, fewer))) {
                    perPart = fewer;
                    break;
                }
            }
        }
        const ChartGrid grid(sheet, perPart);
        html += grid.html();
        tables = int(grid.parts().size());
        headRows = 1;
    }
    html += figures.html(document);
    html += notesHtml(sheet);
    body->setHtml(html + QStringLiteral("</body></html>"));

    startPartsOnNewPages(body, gridTables(body, tables, headRows), bodyMm);
    // Rows as whole lines: none splits across pages, and the head rows start every page.
    document.typesetTableRows();
    return document;
}

} // namespace clientele
