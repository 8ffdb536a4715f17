#pragma once

#include "clientele/render/documentstyle.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSizeF>

namespace clientele {

// A white image at print resolution, sized in millimetres, that the chart painters draw on.
// Fonts are given in points and come out at their printed size, because the image carries its
// resolution; lengths are converted with mm().
class ChartCanvas {
public:
    ChartCanvas(QSizeF sizeMm, const DocumentStyle &style);
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    qreal mm(qreal millimetres) const { return millimetres * m_pixelsPerMm; }
    qreal width() const { return m_image.width(); }
    qreal height() const { return m_image.height(); }
    QPainter &painter() { return m_painter; }
    const DocumentStyle &style() const { return m_style; }
    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const;

    // Ends painting and hands the image over.
    QImage finish();

    // Resolution of the chart images: sharp on paper, small enough for a light PDF.
    static constexpr int kDotsPerInch = 300;

private:
    const DocumentStyle &m_style;
    qreal m_pixelsPerMm;
    QImage m_image;
    QPainter m_painter;
};

} // namespace clientele
