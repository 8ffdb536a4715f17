#include "clientele/domain/currencysymbols.h"
#include "clientele/domain/money.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace clientele;

TEST_CASE("Currency symbols come longest first, so none hides a later one", "[domain][money]")
{
    const auto symbols = currencySymbols();
    REQUIRE(symbols.size() >= 2);
    for (size_t i = 0; i < symbols.size(); ++i) {
        for (size_t j = i + 1; j < symbols.size(); ++j) {
            INFO(symbols[i].symbol.toString().toStdString()
                 << " before " << symbols[j].symbol.toString().toStdString());
            CHECK_FALSE(symbols[j].symbol.startsWith(symbols[i].symbol));
            CHECK_FALSE(symbols[j].symbol.endsWith(symbols[i].symbol));
        }
    }
}

TEST_CASE("Every currency symbol names an ISO code, except the dollar alone", "[domain][money]")
{
    for (const CurrencySymbol &symbol : currencySymbols()) {
        INFO(symbol.symbol.toString().toStdString());
        if (symbol.symbol == u"$") {
            CHECK(symbol.code.isEmpty());
            continue;
        }
        REQUIRE(symbol.code.size() == 3);
        for (QChar c : symbol.code)
            CHECK((c >= u'A' && c <= u'Z'));
        CHECK(findCurrencySymbol(symbol.symbol) == &symbol);
    }
    CHECK(findCurrencySymbol(u"nz$") == nullptr);
    REQUIRE(findCurrencySymbol(u"nz$", Qt::CaseInsensitive) != nullptr);
    CHECK(findCurrencySymbol(u"nz$", Qt::CaseInsensitive)->code == u"NZD");
    CHECK(findCurrencySymbol(u"Z$") == nullptr);
}

TEST_CASE("Typed amounts read every symbol of the table, in upper or lower case", "[domain][money]")
{
    for (const CurrencySymbol &symbol : currencySymbols()) {
        const QString expected =
            symbol.code.isEmpty() ? QStringLiteral("XTS") : symbol.code.toString();
        for (const QString &text : {symbol.symbol.toString() + QStringLiteral("12"),
                                    symbol.symbol.toString().toLower() + QStringLiteral(" 12")}) {
            INFO(text.toStdString());
            const auto money = Money::parse(text, QStringLiteral("XTS"));
            REQUIRE(money.ok());
            CHECK(money->currency() == expected);
            CHECK(money->minorUnits() == 12 * Money::fromMajor(1, expected).minorUnits());
        }
    }
}
