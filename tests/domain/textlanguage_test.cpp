#include "clientele/domain/money.h"
#include "clientele/domain/range.h"
#include "clientele/domain/textlanguage.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace clientele;

namespace {

const QChar kNoBreak(0x00a0);

QString spaced(QString text)
{
    return text.replace(kNoBreak, QLatin1Char(' '));
}

} // namespace

TEST_CASE("German document text writes money as 1.234,50 € and dates in German",
          "[domain][language]")
{
    const LanguageScope german(QStringLiteral("de"));
    CHECK(spaced(Money(123450, QStringLiteral("EUR")).toColumnString())
          == QStringLiteral("1.234,50 €"));
    CHECK(spaced(Money(123400, QStringLiteral("EUR")).toDisplayString())
          == QStringLiteral("1.234 €"));
    CHECK(spaced(Money(-12000, QStringLiteral("EUR")).toDisplayString())
          == QStringLiteral("-120 €"));
    CHECK(spaced(Money(123450, QStringLiteral("CHF")).toColumnString())
          == QStringLiteral("1.234,50 CHF"));
    CHECK(spaced(Money::fromMajor(1500000, QStringLiteral("EUR")).toShortDisplayString())
          == QStringLiteral("1,5 Mio. €"));
    CHECK(Money(123456789, QStringLiteral("EUR")).toString() == QStringLiteral("1.234.567,89"));
    CHECK(formatNumber(1234.5) == QStringLiteral("1.234,5"));
    CHECK(longDateText(QDate(2026, 12, 6)) == QStringLiteral("6. Dezember 2026"));
    CHECK(longDateText(QDate(2026, 3, 1)) == QStringLiteral("1. März 2026"));
}

TEST_CASE("Outside a language scope money keeps the forms the editors read back",
          "[domain][language]")
{
    REQUIRE(scopedLanguage().isEmpty());
    const Money amount(123450, QStringLiteral("EUR"));
    CHECK(amount.toColumnString() == QStringLiteral("€1,234.50"));
    CHECK(amount.toString() == QStringLiteral("1,234.50"));
    CHECK(longDateText(QDate(2026, 12, 6)) == QStringLiteral("6 December 2026"));
    const auto read = Money::parse(amount.toString(), QStringLiteral("EUR"));
    REQUIRE(read);
    CHECK(read->minorUnits() == 123450);
    // The file's own form never follows a scope.
    const LanguageScope german(QStringLiteral("de"));
    CHECK(amount.toDecimalString() == QStringLiteral("1234.50"));
}

TEST_CASE("Language scopes nest, end where they were opened and stay on their thread",
          "[domain][language]")
{
    {
        const LanguageScope german(QStringLiteral("de"));
        {
            const LanguageScope english(QStringLiteral("en"));
            CHECK(scopedLanguage() == QStringLiteral("en"));
            CHECK(Money(123450, QStringLiteral("EUR")).toString() == QStringLiteral("1,234.50"));
        }
        CHECK(scopedLanguage() == QStringLiteral("de"));
        {
            const LanguageScope unchanged{QString()};
            CHECK(scopedLanguage() == QStringLiteral("de"));
        }
        QString seenElsewhere = QStringLiteral("not run");
        std::thread other([&] { seenElsewhere = Money(123450, {}).toString(); });
        other.join();
        CHECK(seenElsewhere == QStringLiteral("1,234.50"));
        CHECK(Money(123450, {}).toString() == QStringLiteral("1.234,50"));
    }
    CHECK(scopedLanguage().isEmpty());
}

TEST_CASE("Documents can be written in English or German, each named in itself",
          "[domain][language]")
{
    CHECK(documentLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("de")});
    CHECK(languageName(QStringLiteral("de")) == QStringLiteral("Deutsch"));
    CHECK(languageName(QStringLiteral("en")) == QStringLiteral("English"));
}

TEST_CASE("A new workspace writes its documents in its maker's language when it can",
          "[domain][language]")
{
    CHECK(documentLanguageFor(QLocale(QLocale::German, QLocale::Austria)) == QStringLiteral("de"));
    CHECK(documentLanguageFor(QLocale(QLocale::English, QLocale::Australia))
          == QStringLiteral("en"));
    CHECK(documentLanguageFor(QLocale(QLocale::French, QLocale::France)) == QStringLiteral("en"));
}

TEST_CASE("Lists and forms show dates with the short month their language writes",
          "[domain][language]")
{
    const QDate date(2024, 3, 3);
    CHECK(mediumDateText(date, QLocale(QLocale::German, QLocale::Germany))
          == QStringLiteral("3. März 2024"));
    CHECK(mediumDateText(date, QLocale(QLocale::English, QLocale::Australia))
          == QStringLiteral("3 Mar 2024"));
    CHECK(mediumDateText(QDate(), QLocale(QLocale::German)).isEmpty());
}
