#include "clientele/render/pageddocument.h"

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

namespace clientele {

namespace {

// The header and footer sit inside the page margins, each in a band this tall, so the body
// starts and ends about 20 mm from the paper's edge.
constexpr qreal kMarginSideMm = 20.0;
constexpr qreal kMarginEdgeMm = 10.0;
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

    // The consultancy's name over a fine rule in the accent colour.
    void paintHeader(QPainter &painter, const QString &name) const
    {
        const QFontMetricsF metrics(m_nameFont, m_device);
        painter.setFont(m_nameFont);
        painter.setPen(m_style.accent());
        painter.drawText(QPointF(0, 4.2 * m_mm),
                         metrics.elidedText(name, Qt::ElideRight, m_area.width()));
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

} // namespace

PagedDocument::PagedDocument(const WorkspaceSettings &settings,
                             QPageLayout::Orientation orientation)
    : m_body(std::make_unique<QTextDocument>())
    , m_rows(std::make_unique<TableRows>())
    , m_style(settings)
    , m_author(settings.consultancyName.trimmed())
    , m_date(QDate::currentDate())
    , m_pageLayout(pageLayoutFor(settings, orientation))
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
    return m_rows->plainText(m_body.get());
}

QPageLayout PagedDocument::pageLayoutFor(const WorkspaceSettings &settings,
                                         QPageLayout::Orientation orientation)
{
    const bool letter =
        settings.pageSize.trimmed().compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0;
    const QMarginsF margins(kMarginSideMm, kMarginEdgeMm, kMarginSideMm, kMarginEdgeMm);
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), orientation, margins,
                       QPageLayout::Millimeter);
}

Result<int> PagedDocument::paint(QPagedPaintDevice *device) const
{
    // A printer may refuse margins below its own minimum; it then keeps its own, and the
    // frame follows whatever paint area the device really has.
    if (!device->setPageLayout(m_pageLayout))
        device->setPageSize(m_pageLayout.pageSize());

    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("The document could not be started on the output device.")};

    const PageFrame frame(device, m_style);
    const QRectF body = frame.body();
    if (body.height() <= 0 || body.width() <= 0)
        return Error{tr("The page is too small for the document.")};

    // Laid out on a copy, for this device's resolution, so the body itself stays untouched.
    TableRowPainter rowPainter(*m_rows, device, m_style.text());
    FigurePainter figurePainter(m_figures, device);
    const std::unique_ptr<QTextDocument> pages(m_body->clone());
    if (!m_figures.isEmpty())
        FigurePainter::convertFigures(pages.get());
    QAbstractTextDocumentLayout *layout = pages->documentLayout();
    layout->registerHandler(TableRows::kObjectType, &rowPainter);
    layout->registerHandler(FigurePainter::kObjectType, &figurePainter);
    layout->setPaintDevice(device);
    pages->setPageSize(body.size());
    settlePageBreaks(pages.get(), body.height());
    // The page breaks added above leave parts of the incremental layout stale, and drawing
    // skips blocks by their stale positions; lay everything out afresh before painting.
    pages->markContentsDirty(0, pages->characterCount());
    const int pageCount = pages->pageCount();

    QString footerText = m_title;
    if (m_date.isValid())
        footerText +=
            QStringLiteral("  ·  ") + QLocale().toString(m_date, QStringLiteral("d MMMM yyyy"));

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_style.text());
    context.palette.setColor(QPalette::Dark, m_style.rule());

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage())
            return Error{tr("Page %1 could not be added to the output.").arg(page + 1)};
        frame.paintHeader(painter, m_author);

        // This page's slice of the laid-out body.
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        // Clipped above and below only: a list number hanging into the margin stays whole.
        painter.setClipRect(slice.adjusted(-body.left() - 1e4, 0, 1e4, 0));
        // Lines touching the slice's edge belong to the neighbouring page: drawn here too, they
        // would be hidden by the clip yet still be found by search and copy in the PDF.
        context.clip = slice.adjusted(0, 0.5, 0, -0.5);
        layout->draw(&painter, context);
        painter.restore();

        frame.paintFooter(painter, footerText, tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    }
    if (!painter.end())
        return Error{tr("The document could not be finished on the output device.")};
    return pageCount;
}

} // namespace clientele
