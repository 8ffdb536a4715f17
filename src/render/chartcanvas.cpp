#include "chartcanvas.h"

#include <cmath>

namespace clientele {

ChartCanvas::ChartCanvas(QSizeF sizeMm, const DocumentStyle &style)
    : m_style(style)
    , m_pixelsPerMm(kDotsPerInch / 25.4)
    , m_image(qMax(1, int(std::lround(sizeMm.width() * m_pixelsPerMm))),
              qMax(1, int(std::lround(sizeMm.height() * m_pixelsPerMm))), QImage::Format_RGB32)
{
    const int dotsPerMetre = int(std::lround(kDotsPerInch / 0.0254));
    m_image.setDotsPerMeterX(dotsPerMetre);
    m_image.setDotsPerMeterY(dotsPerMetre);
    // Opaque white: an alpha channel would make the PDF carry a mask for every image.
    m_image.fill(Qt::white);
    m_painter.begin(&m_image);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QFont ChartCanvas::font(qreal points, QFont::Weight weight) const
{
    return m_style.font(points, weight);
}

QImage ChartCanvas::finish()
{
    if (m_painter.isActive())
        m_painter.end();
    return m_image;
}

} // namespace clientele
