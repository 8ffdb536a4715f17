#pragma once

#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace clientele {

// A label wrapped at word boundaries into at most maxLines lines of the given width; only what
// still does not fit is elided, so a long client name keeps as much of itself as the chart has
// room for.
QStringList chartLabelLines(const QString &text, const QFontMetricsF &metrics, qreal width,
                            int maxLines);

} // namespace clientele
