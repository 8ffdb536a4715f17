#include "tablerows.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace clientele {

namespace {

// Format lengths are CSS pixels; Qt's own layout scales them to the device the same way.
constexpr qreal kCssDpi = 96.0;

} // namespace

TableRowPainter::TableRowPainter(const TableRows &rows, const QPaintDevice *device,
                                 const QColor &text)
    : m_rows(rows)
    , m_device(device)
    , m_text(text)
    , m_scale(device ? device->logicalDpiY() / kCssDpi : 1.0)
{
}

TableRowPainter::~TableRowPainter() = default;

const TableRowPainter::LaidOutRow &TableRowPainter::laidOut(int id, qreal width, const QFont &font)
{
    auto found = m_laidOut.find(id);
    if (found != m_laidOut.end() && qFuzzyCompare(found->second.width, width))
        return found->second;

    LaidOutRow laid;
    laid.width = width;
    const TableRow &row = m_rows.row(id);
    for (const RowCell &cell : row.cells) {
        auto layout = std::make_unique<QTextLayout>(cell.text, font, m_device);
        layout->setTextOption(cell.option);
        layout->setFormats(cell.formats);
        const qreal textWidth =
            qMax<qreal>(1, cell.width * width - (cell.paddingLeft + cell.paddingRight) * m_scale);
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(textWidth);
            line.setPosition(QPointF(0, y));
            y += line.height() * cell.lineHeightPercent / 100.0;
        }
        layout->endLayout();
        const qreal height =
            y + (cell.paddingTop + cell.paddingBottom + cell.bottomBorder) * m_scale;
        laid.height = qMax(laid.height, height);
        laid.cells.push_back(std::move(layout));
    }
    return m_laidOut[id] = std::move(laid);
}

QSizeF TableRowPainter::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const qreal width =
        document->pageSize().width() * m_rows.row(TableRows::rowOf(format)).tableWidth;
    return {width, laidOut(TableRows::rowOf(format), width, document->defaultFont()).height};
}

void TableRowPainter::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                 int, const QTextFormat &format)
{
    const int id = TableRows::rowOf(format);
    const LaidOutRow &laid = laidOut(id, rect.width(), document->defaultFont());
    const QList<RowCell> &cells = m_rows.row(id).cells;
    auto box = [&rect](const RowCell &cell) {
        return QRectF(rect.left() + cell.left * rect.width(), rect.top(), cell.width * rect.width(),
                      rect.height());
    };
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).background.style() != Qt::NoBrush)
            painter->fillRect(box(cells.at(i)), cells.at(i).background);
    }
    // Neighbouring cells with the same rule are ruled in one stroke.
    for (qsizetype i = 0; i < cells.size();) {
        const RowCell &first = cells.at(i);
        qsizetype end = i + 1;
        while (end < cells.size() && cells.at(end).bottomBorder == first.bottomBorder
               && cells.at(end).bottomBorderBrush == first.bottomBorderBrush)
            ++end;
        if (first.bottomBorder > 0) {
            const qreal border = first.bottomBorder * m_scale;
            const QRectF from = box(first);
            painter->fillRect(QRectF(from.left(), from.bottom() - border,
                                     box(cells.at(end - 1)).right() - from.left(), border),
                              first.bottomBorderBrush);
        }
        i = end;
    }
    painter->setPen(m_text);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const RowCell &cell = cells.at(i);
        laid.cells.at(i)->draw(
            painter,
            box(cell).topLeft() + QPointF(cell.paddingLeft * m_scale, cell.paddingTop * m_scale));
    }
}

} // namespace clientele
