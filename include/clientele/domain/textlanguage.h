#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace clientele {

// Documents are written in the workspace's document language, which may differ from the
// interface's: a consultant may write to a client in another language than their own. While a
// LanguageScope lives, the text made on its thread (translations, numbers, dates and money) is
// in its language; scopes nest, and other threads are not affected.
class LanguageScope {
public:
    // A language code such as "en" or "de"; empty leaves the current language as it is.
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous;
};

// The language of the innermost scope on this thread; empty outside any scope (the
// interface's language then applies).
QString scopedLanguage();

// How numbers and money are written in the current text: the scope's language, or the
// English forms the interface's editors read back outside any scope.
struct NumberStyle {
    QChar group = QLatin1Char(',');
    QChar decimal = QLatin1Char('.');
    bool symbolAfter = false; // "1.234,50 €" rather than "€1,234.50"
    QString million = QStringLiteral("M");
};
NumberStyle numberStyle();

// "1234567" -> "1,234,567" (or "1.234.567" in German text); digits only, no sign.
QString groupedDigits(const QString &digits);

// A date written out in the current text's language: "6 December 2026", "6. Dezember 2026".
QString longDateText(const QDate &date);

// A date with a short month as a list or form shows it in `locale`'s language: "3 Jun 2024",
// "3. Juni 2024"; the pattern for date editors, and the text.
QString mediumDateFormat(const QLocale &locale = QLocale());
QString mediumDateText(const QDate &date, const QLocale &locale = QLocale());

// The languages documents can be written in, as codes ("en", "de"), and each one's name in
// its own language ("English", "Deutsch").
QStringList documentLanguages();
// The document language a new workspace starts with for someone who speaks `locale`'s
// languages: the first of them documents can be written in, else English.
QString documentLanguageFor(const QLocale &locale);
QString languageName(const QString &code);

} // namespace clientele
