#include "chartsharepainter.h"

#include "chartcanvas.h"
#include "chartlabels.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr qreal kLabelPt = 7.5;

} // namespace

ChartSharePainter::ChartSharePainter(const DocumentStyle &style)
    : m_style(style)
{
}

QColor ChartSharePainter::colour(int index, int count, bool unknown) const
{
    if (unknown)
        return QColor(0xd9, 0xdd, 0xe1);
    const QColor accent = m_style.accent().toHsl();
    const qreal hue = std::max<qreal>(accent.hueF(), 0);
    const qreal light = accent.lightnessF();
    const qreal saturation = accent.hslSaturationF();
    // Up to three shares are shades of the accent alone. More alternate the accent family with
    // its warm complement, so neighbouring slices never look alike; the family pales as the
    // shares get smaller.
    if (count <= 3)
        return QColor::fromHslF(hue, saturation, light + (0.82 - light) * index / 2.0);
    const int family = index % 2;
    const int step = index / 2;
    const qreal familyHue = family == 0 ? hue : std::fmod(hue + 0.5, 1.0);
    const qreal start = family == 0 ? light : 0.52;
    const qreal l = std::min(start + step * 0.14, 0.86);
    return QColor::fromHslF(familyHue, family == 0 ? saturation : 0.62 * (1 - 0.1 * step), l);
}

QPicture ChartSharePainter::paint(const QList<ChartShare> &shares, QSizeF sizeMm) const
{
    ChartCanvas canvas(sizeMm, m_style);
    QPainter &p = canvas.painter();
    const QFont labelFont = canvas.font(kLabelPt);
    const QFont countFont = canvas.font(kLabelPt, QFont::DemiBold);
    const QFontMetricsF metrics(labelFont, p.device());

    int total = 0;
    for (const ChartShare &share : shares)
        total += share.count;
    if (total == 0) {
        p.setFont(labelFont);
        p.setPen(m_style.muted());
        p.drawText(QRectF(0, 0, canvas.width(), canvas.height()), Qt::AlignCenter,
                   tr("Nothing recorded yet"));
        return canvas.finish();
    }

    const qreal diameter = std::min(canvas.height() - canvas.mm(2), canvas.width() * 0.4);
    const QRectF ring(canvas.mm(1), (canvas.height() - diameter) / 2, diameter, diameter);
    const qreal thickness = diameter * 0.2;
    const bool lastUnknown = shares.last().label == ChartSheet::notRecorded();
    const int known = int(shares.size()) - (lastUnknown ? 1 : 0);

    // Slices clockwise from twelve o'clock, parted by thin white gaps.
    qreal angle = 90;
    for (int i = 0; i < shares.size(); ++i) {
        const qreal span = -360.0 * shares.at(i).count / total;
        QPainterPath slice;
        slice.arcMoveTo(ring, angle);
        slice.arcTo(ring, angle, span);
        const QRectF inner = ring.adjusted(thickness, thickness, -thickness, -thickness);
        slice.arcTo(inner, angle + span, -span);
        slice.closeSubpath();
        p.setPen(shares.size() > 1 ? QPen(Qt::white, canvas.mm(0.5)) : Qt::NoPen);
        p.setBrush(colour(i, known, lastUnknown && i == shares.size() - 1));
        p.drawPath(slice);
        angle += span;
    }
    // The number of clients in the middle of the ring.
    p.setPen(m_style.text());
    p.setFont(canvas.font(13, QFont::Bold));
    const QRectF middle = ring.adjusted(thickness, thickness, -thickness, -thickness);
    p.drawText(middle.adjusted(0, 0, 0, -middle.height() * 0.18), Qt::AlignCenter,
               QString::number(total));
    p.setFont(canvas.font(6.5));
    p.setPen(m_style.muted());
    p.drawText(middle.adjusted(0, middle.height() * 0.38, 0, 0), Qt::AlignCenter,
               total == 1 ? tr("client") : tr("clients", nullptr, total));

    // The legend, centred beside the ring; at most as many rows as fit.
    const qreal legendLeft = ring.right() + canvas.mm(6);
    const qreal rowHeight = std::max(metrics.lineSpacing() * 1.45, canvas.mm(4.2));
    const int rows = std::min<int>(int(shares.size()), int(canvas.height() / rowHeight));
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral("00 · 100%"));
    qreal nameWidth = 0;
    for (const ChartShare &share : shares)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(share.label));
    nameWidth = std::min(nameWidth, canvas.width() - legendLeft - canvas.mm(9) - countWidth);
    const qreal countRight = legendLeft + canvas.mm(4.2) + nameWidth + canvas.mm(4) + countWidth;
    qreal y = (canvas.height() - rows * rowHeight) / 2;
    for (int i = 0; i < rows; ++i) {
        const ChartShare &share = shares.at(i);
        const qreal middleY = y + rowHeight / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(colour(i, known, lastUnknown && i == shares.size() - 1));
        p.drawRoundedRect(
            QRectF(legendLeft, middleY - canvas.mm(1.4), canvas.mm(2.8), canvas.mm(2.8)),
            canvas.mm(0.4), canvas.mm(0.4));
        const qreal baseline = middleY - metrics.height() / 2 + metrics.ascent();
        p.setFont(labelFont);
        p.setPen(m_style.text());
        const QString name = chartLabelLines(share.label, metrics, nameWidth, 1).value(0);
        p.drawText(QPointF(legendLeft + canvas.mm(4.2), baseline), name);
        const QString count = QStringLiteral("%1 · %2%")
                                  .arg(share.count)
                                  .arg(std::lround(100.0 * share.count / total));
        p.setFont(countFont);
        const QFontMetricsF countMetrics(countFont, p.device());
        p.drawText(QPointF(countRight - countMetrics.horizontalAdvance(count), baseline), count);
        y += rowHeight;
    }
    return canvas.finish();
}

} // namespace clientele
