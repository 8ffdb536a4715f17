#pragma once

#include <QColor>
#include <QPalette>

namespace clientele {

// Colours that carry a meaning (a problem, a caution, a wash of the accent), worked out from
// the palette in use so they keep their contrast on light and dark backgrounds alike.

// True when the palette's window is dark.
bool isDarkPalette(const QPalette &palette);

// `from` moved towards `to` by `amount` (0: `from`, 1: `to`).
QColor blend(const QColor &from, const QColor &to, qreal amount);

// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

// Text for `background`: the palette's text or base colour, whichever reads better on it.
QColor readableInk(const QColor &background, const QPalette &palette);

// Text and borders that say something is wrong.
QColor problemColour(const QPalette &palette);

// Text and marks that say something went well.
QColor successColour(const QPalette &palette);

// Text that asks for care without saying something is wrong.
QColor cautionColour(const QPalette &palette);

// A quiet wash of `accent` over the palette's base, for bands and headers with text on them.
QColor accentWash(const QColor &accent, const QPalette &palette);

} // namespace clientele
