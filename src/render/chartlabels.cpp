#include "chartlabels.h"

namespace clientele {

QStringList chartLabelLines(const QString &text, const QFontMetricsF &metrics, qreal width,
                            int maxLines)
{
    QStringList lines;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate =
            line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines) {
            // The last line takes the rest and is elided.
            line += QLatin1Char(' ') + words.mid(i).join(QLatin1Char(' '));
            break;
        }
        lines.append(line);
        line = words.at(i);
    }
    if (!line.isEmpty())
        lines.append(line);
    for (QString &each : lines)
        // A single line keeps both ends ("Hunter Valley … 12"): clients often differ only there.
        each = metrics.elidedText(each, maxLines == 1 ? Qt::ElideMiddle : Qt::ElideRight, width);
    return lines;
}

} // namespace clientele
