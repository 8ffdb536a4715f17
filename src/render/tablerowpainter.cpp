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
    const TableRow &row = m_rows.row(id);
    painter->save();
    painter->setPen(m_text);
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const RowCell &cell = row.cells.at(i);
        const QRectF box(rect.left() + cell.left * rect.width(), rect.top(),
                         cell.width * rect.width(), rect.height());
        if (cell.background.style() != Qt::NoBrush)
            painter->fillRect(box, cell.background);
        if (cell.bottomBorder > 0) {
            const qreal border = cell.bottomBorder * m_scale;
            painter->fillRect(QRectF(box.left(), box.bottom() - border, box.width(), border),
                              cell.bottomBorderBrush);
        }
        laid.cells.at(i)->draw(
            painter,
            box.topLeft() + QPointF(cell.paddingLeft * m_scale, cell.paddingTop * m_scale));
    }
    painter->restore();
}

} // namespace clientele
