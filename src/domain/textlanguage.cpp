#include "clientele/domain/textlanguage.h"

namespace clientele {

namespace {

bool isEnglish(const QString &language)
{
    return language.isEmpty() || language.startsWith(QStringLiteral("en"));
}

NumberStyle numberStyleOf(const QString &language)
{
    if (isEnglish(language))
        return {};
    const QLocale locale(language);
    NumberStyle style;
    style.group = locale.groupSeparator().at(0);
    style.decimal = locale.decimalPoint().at(0);
    style.symbolAfter = locale.toCurrencyString(1.0, QStringLiteral("¤")).endsWith(u'¤');
    if (locale.language() == QLocale::German)
        style.million = QStringLiteral("\u00a0Mio.");
    return style;
}

// The scope's language and its number style, worked out once per scope rather than for every
// amount a document writes.
thread_local QString t_language;
thread_local NumberStyle t_numberStyle;

void setLanguage(const QString &language)
{
    t_language = language;
    t_numberStyle = numberStyleOf(language);
}

} // namespace

LanguageScope::LanguageScope(const QString &language)
    : m_previous(t_language)
{
    if (!language.isEmpty())
        setLanguage(language);
}

LanguageScope::~LanguageScope()
{
    setLanguage(m_previous);
}

QString scopedLanguage()
{
    return t_language;
}

NumberStyle numberStyle()
{
    return t_numberStyle;
}

QString groupedDigits(const QString &digits)
{
    const QChar separator = numberStyle().group;
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

QString longDateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (isEnglish(t_language))
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    const QLocale locale(t_language);
    if (locale.language() == QLocale::German)
        return locale.toString(date, QStringLiteral("d. MMMM yyyy"));
    return locale.toString(date, QLocale::LongFormat);
}

QString mediumDateFormat(const QLocale &locale)
{
    return locale.language() == QLocale::German ? QStringLiteral("d. MMM yyyy")
                                                : QStringLiteral("d MMM yyyy");
}

QString mediumDateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, mediumDateFormat(locale)) : QString();
}

QStringList documentLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString documentLanguageFor(const QLocale &locale)
{
    const QStringList languages = documentLanguages();
    for (const QString &name : locale.uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (languages.contains(code))
            return code;
    }
    return languages.first();
}

QString languageName(const QString &code)
{
    // Each language named in itself, as a language menu lists them.
    if (code == QStringLiteral("de"))
        return QStringLiteral("Deutsch");
    if (isEnglish(code))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

} // namespace clientele
