#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace clientele {

// The application's catalogues (built from translations/ into the program) and Qt's own, in
// front of every tr(): the interface speaks `interface`'s language (the session's), and text
// made inside a LanguageScope (a document in the workspace's document language) speaks the
// scope's. Installed while it lives; create it after the application object.
class Translations {
public:
    explicit Translations(const QLocale &interface = QLocale());
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The interface's language as a code ("de"), or "en" when it has no catalogue.
    QString interfaceLanguage() const;

private:
    std::unique_ptr<QTranslator> m_switch;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace clientele
