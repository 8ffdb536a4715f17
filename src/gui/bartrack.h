#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace clientele {

// A bar filled `fraction` (0 to 1) of the way along `track` in `fill`. The track is outlined a
// third of the way from `background` to `ink` and filled lighter than any bar, so an empty bar
// shows on a light palette and a dark one alike.
void paintBar(QPainter *painter, const QRect &track, const QColor &background, const QColor &ink,
              const QColor &fill, qreal fraction);

} // namespace clientele
