#pragma once

class QMenu;
class QWidget;

namespace clientele {

// How the application looks: the platform's own style and colours, or Fusion with a light or
// a dark palette.
enum class Theme { System, Light, Dark };

// The theme chosen last time (System until one is chosen).
Theme savedTheme();
// The theme the application shows now.
Theme currentTheme();
// Applies `theme` to the whole application at once: every window repaints in it.
void applyTheme(Theme theme);

// View ▸ Theme: System, Light and Dark, one checked; choosing one applies it and keeps it for
// the next start.
QMenu *createThemeMenu(QWidget *parent);

} // namespace clientele
