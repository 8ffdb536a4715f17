#include "clientele/storage/import/amountparser.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 minor(const char *text, DecimalSeparator decimal = DecimalSeparator::Auto)
{
    const Result<ParsedAmount> parsed = parseAmount(QString::fromUtf8(text), decimal);
    INFO(text << ": " << parsed.errorMessage().toStdString());
    REQUIRE(parsed.ok());
    return parsed->minor;
}

bool refused(const char *text, DecimalSeparator decimal = DecimalSeparator::Auto)
{
    return !parseAmount(QString::fromUtf8(text), decimal).ok();
}

QString currency(const char *text)
{
    return parseAmount(QString::fromUtf8(text))->currency;
}

} // namespace

TEST_CASE("Amounts become exact minor units")
{
    CHECK(minor("1234.50") == 123450);
    CHECK(minor("0.1") == 10);
    CHECK(minor(".5") == 50);
    CHECK(minor("7") == 700);
    CHECK(minor("19.99") == 1999); // a float would make this 1998.9999...
    CHECK(minor("92233720368547.58") == 9223372036854758);
}

TEST_CASE("Amounts accept currency symbols and codes before or after")
{
    CHECK(minor("$1,234.50") == 123450);
    CHECK(minor("A$10") == 1000);
    CHECK(minor("AUD 99.95") == 9995);
    CHECK(minor("99.95 AUD") == 9995);
    CHECK(minor("\xE2\x82\xAC"
                "5,00")
          == 500);
    CHECK(minor("\xC2\xA3"
                "12")
          == 1200);
    CHECK(currency("A$10") == QStringLiteral("AUD"));
    CHECK(currency("NZ$10") == QStringLiteral("NZD"));
    CHECK(currency("10 \xE2\x82\xAC") == QStringLiteral("EUR"));
    CHECK(currency("$10").isEmpty());
    CHECK(refused("USD 5 AUD"));
    CHECK(refused("12 dollars"));
}

TEST_CASE("Amounts read negatives from parentheses and minus signs")
{
    CHECK(minor("(120.00)") == -12000);
    CHECK(minor("($1,200.00)") == -120000);
    CHECK(minor("-5.25") == -525);
    CHECK(minor("5.25-") == -525);
    CHECK(minor("-$5.25") == -525);
    CHECK(minor("$-5.25") == -525);
    CHECK(minor("\xE2\x88\x92"
                "3")
          == -300); // U+2212 minus
    CHECK(refused("(-5)"));
    CHECK(refused("--5"));
}

TEST_CASE("Amounts tell thousands from decimals by position")
{
    CHECK(minor("1.234,56") == 123456); // European: the last separator is the decimal one
    CHECK(minor("1,234.56") == 123456);
    CHECK(minor("1 234,56") == 123456); // space groups thousands
    CHECK(minor("1\xC2\xA0"
                "234,56")
          == 123456); // no-break space too
    CHECK(minor("1'234.50") == 123450);
    CHECK(minor("12,5") == 1250);    // a lone comma with 1-2 digits is decimal
    CHECK(minor("1,234") == 123400); // a lone separator before 3 digits groups thousands
    CHECK(minor("1.234") == 123400);
    CHECK(minor("1,234,567") == 123456700); // repeated: thousands
    // Where three decimals are possible (unit prices), the lone separator is decimal.
    CHECK(parseAmount(u"10.005", DecimalSeparator::Auto, 4)->minor == 100050);
}

TEST_CASE("Amounts obey a fixed decimal separator")
{
    CHECK(minor("1,23", DecimalSeparator::Comma) == 123);
    CHECK(refused("1,234", DecimalSeparator::Comma)); // 1.234 has too many decimals
    CHECK(minor("1.234,5", DecimalSeparator::Comma) == 123450);
    CHECK(minor("1,234", DecimalSeparator::Point) == 123400);
    CHECK(refused("1.234,5", DecimalSeparator::Point));
}

TEST_CASE("Amounts are refused rather than rounded or guessed")
{
    CHECK(refused(""));
    CHECK(refused("   "));
    CHECK(refused("abc"));
    CHECK(refused("1.2E+3"));
    CHECK(refused("12,34.5")); // misplaced grouping
    CHECK(refused("1,23,456.00"));
    CHECK(refused("0.125"));     // three decimals in a two-decimal currency
    CHECK(minor("0.120") == 12); // trailing zeros are exact
    CHECK(refused("12345678901234567890"));
    CHECK(refused("$"));
}
