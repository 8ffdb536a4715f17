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
    LanguageSwitch()
    {
        for (const QString &code : documentLanguages()) {
            auto catalogue = std::make_unique<QTranslator>();
            if (catalogue->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(code)))
                m_catalogues.emplace(code, std::move(catalogue));
        }
        const QStringList uiLanguages = QLocale().uiLanguages();
        for (const QString &name : uiLanguages) {
            const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
            if (m_catalogues.count(code) || code == QStringLiteral("en")) {
                m_interface = code;
                break;
            }
        }
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
    QString m_interface = QStringLiteral("en");
};

LanguageSwitch *g_switch = nullptr;

} // namespace

void installTranslations()
{
    if (g_switch)
        return;
    auto *app = QCoreApplication::instance();
    g_switch = new LanguageSwitch;
    g_switch->setParent(app);
    QCoreApplication::installTranslator(g_switch);
    // Qt's own texts (standard buttons, key names) follow the interface only.
    if (g_switch->interface() != QStringLiteral("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(g_switch->interface()), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
}

QString interfaceLanguage()
{
    return g_switch ? g_switch->interface() : QStringLiteral("en");
}

} // namespace clientele
