#include "themecolours.h"

#include <QtMath>

namespace clientele {

namespace {

qreal channel(qreal value)
{
    return value <= 0.03928 ? value / 12.92 : qPow((value + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal first = luminance(a);
    const qreal second = luminance(b);
    return (qMax(first, second) + 0.05) / (qMin(first, second) + 0.05);
}

QColor readableInk(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return contrastRatio(text, background) >= contrastRatio(base, background) ? text : base;
}

QColor problemColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor successColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor cautionColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x52, 0x00);
}

QColor accentWash(const QColor &accent, const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), accent, isDarkPalette(palette) ? 0.35 : 0.18);
}

} // namespace clientele
