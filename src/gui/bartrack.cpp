#include "bartrack.h"

#include "themecolours.h"

#include <QPainter>

#include <algorithm>

namespace clientele {

void paintBar(QPainter *painter, const QRect &track, const QColor &background, const QColor &ink,
              const QColor &fill, qreal fraction)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(blend(background, ink, 0.35), 1));
    painter->setBrush(blend(background, ink, 0.08));
    painter->drawRoundedRect(QRectF(track).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    const int filled = qRound(track.width() * std::clamp(fraction, 0.0, 1.0));
    painter->drawRoundedRect(QRect(track.topLeft(), QSize(filled, track.height())), 2, 2);
    painter->restore();
}

} // namespace clientele
