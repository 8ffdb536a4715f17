#pragma once

#include "clientele/render/documentstyle.h"

#include <QFont>
#include <QPainter>
#include <QPicture>
#include <QSizeF>

namespace clientele {

// A picture sized in millimetres that the chart painters draw on. It records the drawing as
// shapes and text, so a chart prints as sharp as the text beside it at any size. Coordinates are
// dots at kDotsPerInch; lengths are converted with mm(). Fonts are given in points and set in
// dots, because a picture replays point sizes at the resolution of whatever it is drawn on.
class ChartCanvas {
public:
    ChartCanvas(QSizeF sizeMm, const DocumentStyle &style);
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    qreal mm(qreal millimetres) const { return millimetres * m_pixelsPerMm; }
    qreal width() const { return m_size.width(); }
    qreal height() const { return m_size.height(); }
    QPainter &painter() { return m_painter; }
    const DocumentStyle &style() const { return m_style; }
    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const;

    // Ends painting and hands the picture over; its bounding rectangle is the whole canvas.
    QPicture finish();

    static constexpr int kDotsPerInch = 300;

private:
    const DocumentStyle &m_style;
    QPicture m_picture;
    qreal m_pixelsPerMm;
    QSizeF m_size;
    QPainter m_painter;
};

} // namespace clientele
