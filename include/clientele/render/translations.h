#pragma once

#include <QString>

namespace clientele {

// Installs the application's catalogues (built from translations/ into the program) and Qt's
// own: the interface speaks the session's language, and text made inside a LanguageScope (a
// document in the workspace's document language) speaks the scope's. Call once, after the
// application object exists; later calls change nothing.
void installTranslations();

// The interface's language as a code ("de"), or "en" when the session's language has no
// catalogue.
QString interfaceLanguage();

} // namespace clientele
