#include "chartbarpainter.h"

#include "chartcanvas.h"
#include "chartlabels.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr qreal kLabelPt = 7.5;
constexpr qreal kTickPt = 6.5;
constexpr qreal kRowMm = 5.6;
constexpr qreal kAxisMm = 8.5;
constexpr qreal kTopMm = 1.0;

// 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up at a glance.
double niceStep(double span, bool whole)
{
    if (span <= 0)
        return 1;
    const double raw = span / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 5;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (raw <= power * factor) {
            step = power * factor;
            break;
        }
    }
    return whole ? std::max(1.0, std::round(step)) : step;
}

} // namespace

ChartBarPainter::ChartBarPainter(const DocumentStyle &style)
    : m_style(style)
{
}

qreal ChartBarPainter::heightMm(int barCount)
{
    // Long charts get slightly tighter rows so fourteen clients still fit half a page.
    const qreal row = barCount > 8 ? kRowMm - 1.0 : kRowMm;
    return kTopMm + std::max(barCount, 2) * row + kAxisMm;
}

QPicture ChartBarPainter::paint(const QList<ChartBar> &bars, QSizeF sizeMm) const
{
    ChartCanvas canvas(sizeMm, m_style);
    QPainter &p = canvas.painter();
    const QFont labelFont = canvas.font(kLabelPt);
    const QFont valueFont = canvas.font(kLabelPt, QFont::DemiBold);
    QFont derivedFont = valueFont;
    derivedFont.setItalic(true);
    const QFont tickFont = canvas.font(kTickPt);
    const QFontMetricsF labelMetrics(labelFont, p.device());
    const QFontMetricsF valueMetrics(derivedFont, p.device());
    const QFontMetricsF tickMetrics(tickFont, p.device());
    const QString dash = QStringLiteral("–");

    double top = 0;
    bool anyKnown = false;
    qreal labelWidth = 0;
    qreal valueWidth = valueMetrics.horizontalAdvance(dash);
    for (const ChartBar &bar : bars) {
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(bar.valueText));
        if (bar.known) {
            anyKnown = true;
            top = std::max(top, bar.high);
        }
    }
    const qreal gap = canvas.mm(2);
    labelWidth = std::min(labelWidth, canvas.width() * 0.34);
    const qreal plotLeft = labelWidth + gap;
    const qreal plotRight = canvas.width() - valueWidth - canvas.mm(1.5);
    const qreal plotTop = canvas.mm(kTopMm);
    const qreal plotBottom = canvas.height() - canvas.mm(kAxisMm);
    const qreal rowHeight = (plotBottom - plotTop) / std::max<qsizetype>(bars.size(), 1);

    const double step = niceStep(m_maximum > 0 ? m_maximum : top, m_wholeTicks);
    const double axisMax =
        m_maximum > 0 ? m_maximum : std::max(step, std::ceil(top / step - 1e-9) * step);
    const auto xOf = [&](double value) {
        return plotLeft + (plotRight - plotLeft) * std::clamp(value / axisMax, 0.0, 1.0);
    };

    // Gridlines and tick labels first, so bars sit on top of them.
    p.setFont(tickFont);
    // Ticks are counted, not accumulated, so adding step many times cannot drift past the last.
    const auto lastTick = static_cast<int>(std::floor(axisMax / step + 1e-6));
    for (int i = 0; i <= lastTick; ++i) {
        const double tick = i * step;
        const qreal x = xOf(tick);
        p.setPen(QPen(tick == 0 ? m_style.muted() : m_style.rule(), canvas.mm(0.15)));
        p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
        const QString text = m_tickText ? m_tickText(tick) : QString::number(tick);
        const qreal w = tickMetrics.horizontalAdvance(text);
        p.setPen(m_style.muted());
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, canvas.width() - w),
                           plotBottom + canvas.mm(1.2) + tickMetrics.ascent()),
                   text);
    }
    if (!m_axisTitle.isEmpty()) {
        const qreal w = tickMetrics.horizontalAdvance(m_axisTitle);
        p.drawText(QPointF((plotLeft + plotRight - w) / 2,
                           canvas.height() - canvas.mm(0.6) - tickMetrics.descent()),
                   m_axisTitle);
    }

    const qreal thickness = std::min(rowHeight * 0.58, canvas.mm(4.2));
    for (int i = 0; i < bars.size(); ++i) {
        const ChartBar &bar = bars.at(i);
        const qreal middle = plotTop + rowHeight * (i + 0.5);

        p.setFont(labelFont);
        p.setPen(bar.isReference ? m_style.text() : m_style.muted());
        const QStringList lines =
            chartLabelLines(bar.label, labelMetrics, labelWidth,
                            std::max(1, int(rowHeight / labelMetrics.lineSpacing())));
        qreal y = middle - lines.size() * labelMetrics.lineSpacing() / 2 + labelMetrics.ascent();
        for (const QString &line : lines) {
            p.drawText(QPointF(labelWidth - labelMetrics.horizontalAdvance(line), y), line);
            y += labelMetrics.lineSpacing();
        }

        qreal end = plotLeft;
        if (bar.known) {
            const QColor solid = bar.isReference ? m_style.accent() : m_style.muted();
            const QRectF full(QPointF(plotLeft, middle - thickness / 2),
                              QPointF(xOf(bar.high), middle + thickness / 2));
            if (bar.hatched) {
                p.fillRect(full, QBrush(m_style.muted(), Qt::BDiagPattern));
                p.setPen(QPen(m_style.muted(), canvas.mm(0.2)));
                p.drawRect(full);
            } else {
                QColor light = solid;
                light.setAlphaF(0.35);
                p.fillRect(full, light);
                p.fillRect(QRectF(full.topLeft(), QPointF(xOf(bar.low), full.bottom())), solid);
            }
            end = full.right();
        }
        p.setFont(bar.known ? (bar.derived ? derivedFont : valueFont) : labelFont);
        p.setPen(bar.known ? m_style.text() : m_style.muted());
        const QFontMetricsF metrics(p.font(), p.device());
        p.drawText(QPointF(end + canvas.mm(1.2), middle - metrics.height() / 2 + metrics.ascent()),
                   bar.known ? bar.valueText : dash);
    }

    if (!anyKnown) {
        p.setFont(labelFont);
        p.setPen(m_style.muted());
        p.drawText(QRectF(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop),
                   Qt::AlignCenter, tr("Nothing recorded yet"));
    }
    return canvas.finish();
}

} // namespace clientele
