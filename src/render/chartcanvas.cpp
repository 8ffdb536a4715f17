#include "chartcanvas.h"

#include <cmath>

namespace clientele {

ChartCanvas::ChartCanvas(QSizeF sizeMm, const DocumentStyle &style)
    : m_style(style)
    , m_pixelsPerMm(kDotsPerInch / 25.4)
    , m_size(std::ceil(sizeMm.width() * m_pixelsPerMm), std::ceil(sizeMm.height() * m_pixelsPerMm))
{
    m_painter.begin(&m_picture);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QFont ChartCanvas::font(qreal points, QFont::Weight weight) const
{
    QFont font = m_style.font(points, weight);
    font.setPixelSize(int(std::lround(points * kDotsPerInch / 72.0)));
    return font;
}

QPicture ChartCanvas::finish()
{
    if (m_painter.isActive())
        m_painter.end();
    m_picture.setBoundingRect(QRect(QPoint(0, 0), m_size.toSize()));
    return m_picture;
}

} // namespace clientele
