#include "clientele/render/pageddocument.h"
#include "clientele/domain/textlanguage.h"

#include "figurepainter.h"
#include "pagebreaks.h"
#include "tablerows.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QtMath>

#include <cmath>
#include <utility>

namespace clientele {

namespace {

// The header and footer sit inside the page margins, each in a band this tall, so the body
// starts and ends about 20 mm from the paper's edge.
constexpr qreal kMarginSideMm = 20.0;
constexpr qreal kMarginEdgeMm = 10.0;
// Room beside the body for a reader's handwritten comments.
constexpr qreal kCommentMarginMm = 50.0;
constexpr qreal kBandMm = 10.0;
constexpr qreal kFrameFontPt = 7.5;

// The fixed furniture of every page: header and footer bands inside the paint area, the body
// between them. Lengths are millimetres converted to the device's own units.
class PageFrame {
public:
    PageFrame(const QPaintDevice *device, const DocumentStyle &style)
        : m_device(device)
        , m_style(style)
        , m_mm(device->logicalDpiY() / 25.4)
        , m_area(0, 0, device->width(), device->height())
        , m_smallFont(style.font(kFrameFontPt))
        , m_nameFont(style.font(kFrameFontPt + 0.5, QFont::Bold))
    {
    }

    QRectF body() const { return m_area.adjusted(0, kBandMm * m_mm, 0, -kBandMm * m_mm); }

    // Across the page's diagonal, as large as fits, in a grey light enough for the body drawn
    // over it to read as before.
    void paintWatermark(QPainter &painter, const QString &text) const
    {
        if (text.isEmpty())
            return;
        const qreal diagonal = std::hypot(m_area.width(), m_area.height());
        QFont font = m_style.font(100, QFont::Bold);
        const qreal natural = QFontMetricsF(font, m_device).horizontalAdvance(text);
        font.setPointSizeF(100 * 0.6 * diagonal / natural);
        const QFontMetricsF metrics(font, m_device);
        painter.save();
        painter.translate(m_area.center());
        painter.rotate(-qRadiansToDegrees(std::atan2(m_area.height(), m_area.width())));
        painter.setFont(font);
        painter.setPen(QColor(0xe4, 0xe7, 0xea));
        painter.drawText(QPointF(-metrics.horizontalAdvance(text) / 2,
                                 (metrics.ascent() - metrics.descent()) / 2),
                         text);
        painter.restore();
    }

    // The consultancy's name over a fine rule in the accent colour, and the watermark's text at
    // the right: the diagonal one is real text too, but text extraction splits slanted words
    // into letters, so this is where a search or a screen reader finds the word.
    void paintHeader(QPainter &painter, const QString &name, const QString &mark) const
    {
        const QFontMetricsF metrics(m_nameFont, m_device);
        const qreal markWidth = mark.isEmpty() ? 0 : metrics.horizontalAdvance(mark);
        painter.setFont(m_nameFont);
        painter.setPen(m_style.accent());
        painter.drawText(
            QPointF(0, 4.2 * m_mm),
            metrics.elidedText(name, Qt::ElideRight, m_area.width() - markWidth - 6 * m_mm));
        if (!mark.isEmpty())
            painter.drawText(QPointF(m_area.width() - markWidth, 4.2 * m_mm), mark);
        drawRule(painter, 6.0 * m_mm, m_style.accent());
    }

    // The document's title and date on the left, the page count on the right, under a light rule.
    void paintFooter(QPainter &painter, const QString &text, const QString &pageText) const
    {
        const qreal ruleY = body().bottom() + 4.0 * m_mm;
        drawRule(painter, ruleY, m_style.rule());
        const QFontMetricsF metrics(m_smallFont, m_device);
        const qreal baseline = ruleY + 1.4 * m_mm + metrics.ascent();
        const qreal pageWidth = metrics.horizontalAdvance(pageText);
        painter.setFont(m_smallFont);
        painter.setPen(m_style.muted());
        painter.drawText(QPointF(m_area.width() - pageWidth, baseline), pageText);
        painter.drawText(
            QPointF(0, baseline),
            metrics.elidedText(text, Qt::ElideMiddle, m_area.width() - pageWidth - 6 * m_mm));
    }

private:
    void drawRule(QPainter &painter, qreal y, const QColor &color) const
    {
        QPen pen(color);
        pen.setWidthF(0.2 * m_mm);
        painter.setPen(pen);
        painter.drawLine(QLineF(0, y, m_area.width(), y));
    }

    const QPaintDevice *m_device;
    const DocumentStyle &m_style;
    qreal m_mm;
    QRectF m_area;
    QFont m_smallFont;
    QFont m_nameFont;
};

// A printer may refuse margins below its own minimum; it then keeps its own, and the frame
// follows whatever paint area the device really has.
void applyPageLayout(QPagedPaintDevice *device, const QPageLayout &layout)
{
    if (!device->setPageLayout(layout)) {
        device->setPageSize(layout.pageSize());
        device->setPageOrientation(layout.orientation());
    }
}

} // namespace

// One document's body laid out for a device's resolution and body rectangle, page by page.
class PagedDocument::Typeset {
public:
    Typeset(const PagedDocument &document, QPagedPaintDevice *device, const QRectF &body)
        : m_rowPainter(*document.m_rows, device, document.m_style.text())
        , m_figurePainter(document.m_figures, device)
        , m_pages(document.m_body->clone())
        , m_body(body)
    {
        // Laid out on a copy, so the body itself stays untouched.
        if (!document.m_figures.isEmpty())
            FigurePainter::convertFigures(m_pages.get());
        QAbstractTextDocumentLayout *layout = m_pages->documentLayout();
        layout->registerHandler(TableRows::kObjectType, &m_rowPainter);
        layout->registerHandler(FigurePainter::kObjectType, &m_figurePainter);
        layout->setPaintDevice(device);
        m_pages->setPageSize(body.size());
        settlePageBreaks(m_pages.get(), body.height());
        // The page breaks added above leave parts of the incremental layout stale, and drawing
        // skips blocks by their stale positions; lay everything out afresh before painting.
        m_pages->markContentsDirty(0, m_pages->characterCount());
        m_pageCount = m_pages->pageCount();
        m_context.palette.setColor(QPalette::Text, document.m_style.text());
        m_context.palette.setColor(QPalette::Dark, document.m_style.rule());
    }

    int pageCount() const { return m_pageCount; }

    // The slice of the laid-out body that falls on `page` (counted from 0).
    void paintPage(QPainter &painter, int page)
    {
        painter.save();
        painter.translate(m_body.left(), m_body.top() - page * m_body.height());
        const QRectF slice(0, page * m_body.height(), m_body.width(), m_body.height());
        // Clipped above and below only: a list number hanging into the margin stays whole.
        painter.setClipRect(slice.adjusted(-m_body.left() - 1e4, 0, 1e4, 0));
        // Lines touching the slice's edge belong to the neighbouring page: drawn here too, they
        // would be hidden by the clip yet still be found by search and copy in the PDF.
        m_context.clip = slice.adjusted(0, 0.5, 0, -0.5);
        m_pages->documentLayout()->draw(&painter, m_context);
        painter.restore();
    }

private:
    TableRowPainter m_rowPainter;
    FigurePainter m_figurePainter;
    std::unique_ptr<QTextDocument> m_pages;
    QRectF m_body;
    int m_pageCount = 0;
    QAbstractTextDocumentLayout::PaintContext m_context;
};

PagedDocument::PagedDocument(const WorkspaceSettings &settings,
                             QPageLayout::Orientation orientation, PageMargins margins)
    : m_body(std::make_unique<QTextDocument>())
    , m_rows(std::make_unique<TableRows>())
    , m_style(settings)
    , m_author(settings.consultancyName.trimmed())
    , m_date(QDate::currentDate())
    , m_pageLayout(pageLayoutFor(settings, orientation, margins))
    , m_language(settings.documentLanguage)
{
    m_style.apply(m_body.get());
}

PagedDocument::PagedDocument(PagedDocument &&) noexcept = default;
PagedDocument &PagedDocument::operator=(PagedDocument &&) noexcept = default;
PagedDocument::~PagedDocument() = default;

void PagedDocument::startPageAtEachTitle()
{
    bool first = true;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        if (!first) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
        first = false;
    }
}

void PagedDocument::typesetTableRows()
{
    m_rows->takeTables(m_body.get());
}

QString PagedDocument::addFigure(const QPicture &picture)
{
    m_figures.append(picture);
    return FigurePainter::sourceName(m_figures.size() - 1);
}

QString PagedDocument::plainText() const
{
    QString text = m_rows->plainText(m_body.get());
    for (const PagedDocument &part : m_parts)
        text += QLatin1Char('\n') + part.m_rows->plainText(part.m_body.get());
    return text;
}

void PagedDocument::append(PagedDocument part)
{
    // The part's own parts follow it, as parts of this document.
    std::vector<PagedDocument> following = std::exchange(part.m_parts, {});
    m_parts.push_back(std::move(part));
    for (PagedDocument &next : following)
        m_parts.push_back(std::move(next));
}

QPageLayout PagedDocument::pageLayoutFor(const WorkspaceSettings &settings,
                                         QPageLayout::Orientation orientation,
                                         PageMargins pageMargins)
{
    const bool letter =
        settings.pageSize.trimmed().compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0;
    const qreal right = pageMargins == PageMargins::ForComments ? kCommentMarginMm : kMarginSideMm;
    const QMarginsF margins(kMarginSideMm, kMarginEdgeMm, right, kMarginEdgeMm);
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), orientation, margins,
                       QPageLayout::Millimeter);
}

Result<int> PagedDocument::paint(QPagedPaintDevice *device) const
{
    const LanguageScope language(m_language); // "Page n of m" in the document's language
    std::vector<const PagedDocument *> documents{this};
    for (const PagedDocument &part : m_parts)
        documents.push_back(&part);

    // Every part is laid out before the first page is painted: the footer counts the pages of
    // the whole.
    std::vector<std::unique_ptr<Typeset>> typeset;
    int pageCount = 0;
    for (const PagedDocument *document : documents) {
        applyPageLayout(device, document->m_pageLayout);
        const QRectF body = PageFrame(device, m_style).body();
        if (body.height() <= 0 || body.width() <= 0)
            return Error{tr("The page is too small for the document.")};
        typeset.push_back(std::make_unique<Typeset>(*document, device, body));
        pageCount += typeset.back()->pageCount();
    }
    applyPageLayout(device, m_pageLayout);

    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("The document could not be started on the output device.")};

    QString footerText = m_title;
    if (m_date.isValid())
        footerText += QStringLiteral("  ·  ") + longDateText(m_date);

    int page = 0;
    for (std::size_t part = 0; part < documents.size(); ++part) {
        // A part's paper takes effect on the page that follows.
        if (part > 0)
            applyPageLayout(device, documents.at(part)->m_pageLayout);
        const PageFrame frame(device, m_style);
        for (int partPage = 0; partPage < typeset.at(part)->pageCount(); ++partPage, ++page) {
            if (page > 0 && !device->newPage())
                return Error{tr("Page %1 could not be added to the output.").arg(page + 1)};
            frame.paintWatermark(painter, m_watermark);
            frame.paintHeader(painter, m_author, m_watermark);
            typeset.at(part)->paintPage(painter, partPage);
            frame.paintFooter(painter, footerText,
                              tr("Page %1 of %2").arg(page + 1).arg(pageCount));
        }
    }
    if (!painter.end())
        return Error{tr("The document could not be finished on the output device.")};
    return pageCount;
}

} // namespace clientele
