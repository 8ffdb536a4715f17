#pragma once

#include <QIcon>
#include <QString>

namespace clientele {

// One of our SVG icons (resources/icons/NAME.svg) drawn in the palette's text colour, so the
// same line art suits light and dark desktops and stays sharp at any scale.
QIcon themedIcon(const QString &name);

// The application's own icon.
QIcon appIcon();

} // namespace clientele
