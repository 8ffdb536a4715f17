#include "clientele/render/translations.h"

#include "clientele/domain/textlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <map>
#include <memory>

namespace clientele {

namespace {

// One translator in front of every catalogue: it answers in the language of the scope the
// asking thread is in, or the interface's. Every catalogue is loaded before it is installed
// and never changes afterwards, so any thread may ask.
class LanguageSwitch : public QTranslator {
public:
    explicit LanguageSwitch(const QLocale &interface)
    {
        for (const QString &code : documentLanguages()) {
            auto catalogue = std::make_unique<QTranslator>();
            if (catalogue->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(code)))
                m_catalogues.emplace(code, std::move(catalogue));
        }
        m_interface = documentLanguageFor(interface);
    }

    QString interface() const { return m_interface; }

    bool isEmpty() const override { return m_catalogues.empty(); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString language = scopedLanguage();
        if (language.isEmpty())
            language = m_interface;
        const auto found = m_catalogues.find(language.section(QLatin1Char('_'), 0, 0));
        if (found == m_catalogues.end())
            return {}; // English: the source text itself
        return found->second->translate(context, sourceText, disambiguation, n);
    }

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_catalogues;
    QString m_interface;
};

} // namespace

Translations::Translations(const QLocale &interface)
    : m_switch(std::make_unique<LanguageSwitch>(interface))
{
    QCoreApplication::installTranslator(m_switch.get());
    // Qt's own texts (standard buttons, key names) follow the interface only.
    const QString language = interfaceLanguage();
    if (language == QStringLiteral("en"))
        return;
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
}

Translations::~Translations()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    QCoreApplication::removeTranslator(m_switch.get());
}

QString Translations::interfaceLanguage() const
{
    return static_cast<const LanguageSwitch *>(m_switch.get())->interface();
}

} // namespace clientele
