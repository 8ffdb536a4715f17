#include "clientele/domain/money.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

qint64 cents(const char *text, const char *currency = "AUD")
{
    const auto money = Money::parse(QString::fromUtf8(text), QString::fromUtf8(currency));
    INFO(text);
    REQUIRE(money.ok());
    return money->minorUnits();
}

} // namespace

TEST_CASE("Money parses amounts as users type them", "[domain][money]")
{
    CHECK(cents("$1,234.50") == 123450);
    CHECK(cents("1234.5") == 123450);
    CHECK(cents("1234") == 123400);
    CHECK(cents(".5") == 50);
    CHECK(cents("(120.00)") == -12000);
    CHECK(cents("-120") == -12000);
    CHECK(cents("-$120") == -12000);
    CHECK(cents("$-120") == -12000);
    CHECK(cents("1.2k") == 120000);
    CHECK(cents("$1.5M") == 150000000);
    CHECK(cents("2bn") == 200000000000);
    CHECK(cents("1,200 AUD") == 120000);
    CHECK(cents("  $ 99.99 ") == 9999);

    const auto aud = Money::parse(QStringLiteral("AUD 1,200"), QStringLiteral("USD"));
    REQUIRE(aud.ok());
    CHECK(aud->currency() == QStringLiteral("AUD"));
    CHECK(aud->minorUnits() == 120000);
    CHECK(Money::parse(QStringLiteral("€5"), QStringLiteral("AUD"))->currency()
          == QStringLiteral("EUR"));
    CHECK(Money::parse(QStringLiteral("$5"), QStringLiteral("NZD"))->currency()
          == QStringLiteral("NZD"));
    CHECK(Money::parse(QStringLiteral("¥1,200"), QStringLiteral("AUD"))->minorUnits() == 1200);
}

TEST_CASE("Money rounds extra decimals half away from zero", "[domain][money]")
{
    CHECK(cents("1.005") == 101);
    CHECK(cents("1.004") == 100);
    CHECK(cents("-1.005") == -101);
    CHECK(cents("0.125", "KWD") == 125);
    CHECK(Money::divideRounded(5, 2) == 3);
    CHECK(Money::divideRounded(-5, 2) == -3);
    CHECK(Money::divideRounded(7, 3) == 2);
    CHECK(Money::divideRounded(-7, 3) == -2);
    CHECK(Money(1000, QStringLiteral("AUD")).dividedBy(3).minorUnits() == 333);
    CHECK(Money(5, QStringLiteral("AUD")).dividedBy(2).minorUnits() == 3);
    CHECK(Money(-5, QStringLiteral("AUD")).dividedBy(2).minorUnits() == -3);
    CHECK(Money(100, QStringLiteral("AUD")).multipliedBy(0.125).minorUnits() == 13);
    CHECK(Money::midpoint(Money(1), Money(2)).minorUnits() == 2);
}

TEST_CASE("Money refuses text that is not an amount, saying what is expected", "[domain][money]")
{
    for (const char *bad : {"lots", "", "12,00", "1.2.3", "$", "1 2", "--5", "(-5)"}) {
        INFO(bad);
        const auto money = Money::parse(QString::fromUtf8(bad), QStringLiteral("AUD"));
        REQUIRE_FALSE(money.ok());
        CHECK(money.errorMessage().startsWith(QStringLiteral("Expected an amount such as")));
    }
    const auto clash = Money::parse(QStringLiteral("EUR £5"), QStringLiteral("AUD"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.errorMessage().contains(QStringLiteral("two currencies")));
    CHECK_FALSE(Money::parse(QStringLiteral("99999999999999999999"), QStringLiteral("AUD")).ok());
}

TEST_CASE("Money formats without the locale and round-trips its decimal form", "[domain][money]")
{
    const Money amount(123456789, QStringLiteral("AUD"));
    CHECK(amount.toString() == QStringLiteral("1,234,567.89"));
    CHECK(amount.toDecimalString() == QStringLiteral("1234567.89"));
    CHECK(amount.toDisplayString() == QStringLiteral("$1,234,567.89"));
    CHECK(Money(-50, QStringLiteral("AUD")).toDecimalString() == QStringLiteral("-0.50"));
    CHECK(Money(-12000, QStringLiteral("AUD")).toDisplayString() == QStringLiteral("-$120"));
    CHECK(Money(123450, QStringLiteral("CHF")).toDisplayString() == QStringLiteral("CHF 1,234.50"));
    CHECK(Money(1200, QStringLiteral("JPY")).toString() == QStringLiteral("1,200"));
    CHECK(Money::fromMajor(1500000, QStringLiteral("AUD")).toShortDisplayString()
          == QStringLiteral("$1.5M"));
    CHECK(Money::fromMajor(5000000, QStringLiteral("AUD")).toShortDisplayString()
          == QStringLiteral("$5M"));
    CHECK(Money::fromMajor(850000, QStringLiteral("AUD")).toShortDisplayString()
          == QStringLiteral("$850,000"));

    for (qint64 minor : {qint64(0), qint64(5), qint64(-5), qint64(123450), qint64(-99999999)}) {
        const Money m(minor, QStringLiteral("AUD"));
        CHECK(Money::fromDecimalString(m.toDecimalString(), QStringLiteral("AUD")).value() == m);
        CHECK(Money::parse(m.toDisplayString(), QStringLiteral("AUD")).value() == m);
        CHECK(Money::parse(m.toString(), QStringLiteral("AUD")).value() == m);
    }
    CHECK_FALSE(Money::fromDecimalString(QStringLiteral("1.005"), QStringLiteral("AUD")).ok());
    CHECK_FALSE(Money::fromDecimalString(QStringLiteral("1,000"), QStringLiteral("AUD")).ok());
}

TEST_CASE("Money arithmetic keeps the currency", "[domain][money]")
{
    const Money a(1050, QStringLiteral("AUD"));
    const Money b(250, QStringLiteral("AUD"));
    CHECK((a + b).minorUnits() == 1300);
    CHECK((a - b).minorUnits() == 800);
    CHECK((a * 12).minorUnits() == 12600);
    CHECK((Money() + a).currency() == QStringLiteral("AUD"));
    CHECK(b < a);
    CHECK((-a).isNegative());
    CHECK(Money::fromMajor(3, QStringLiteral("KWD")).minorUnits() == 3000);
}
