// Typed amounts (Money::parse) and imported ones (parseAmount) read currency symbols from one
// table; every symbol must mean the same currency to both.
#include "clientele/domain/currencysymbols.h"
#include "clientele/domain/money.h"
#include "clientele/storage/import/amountparser.h"

#include <catch2/catch.hpp>

#include <QString>

#include <string>

using namespace clientele;

namespace {

// The currency "$" stands for in these tests: the workspace's, or the import's default.
const QString kDefault = QStringLiteral("XTS");

// The currency an amount typed as `text` is in, or why it was refused.
std::string typedCurrency(const QString &text)
{
    const Result<Money> money = Money::parse(text, kDefault);
    if (!money)
        return "refused: " + money.errorMessage().toStdString();
    if (money->minorUnits() != 12 * Money::fromMajor(1, money->currency()).minorUnits())
        return "wrong amount: " + money->toDisplayString().toStdString();
    return money->currency().toStdString();
}

// The same for an amount read from an exported file.
std::string importedCurrency(const QString &text)
{
    const Result<ParsedAmount> amount = parseAmount(text);
    if (!amount)
        return "refused: " + amount.errorMessage().toStdString();
    if (amount->minor != 1200)
        return "wrong amount: " + std::to_string(amount->minor);
    return (amount->currency.isEmpty() ? kDefault : amount->currency).toStdString();
}

} // namespace

TEST_CASE("Every currency symbol reads as the same currency typed and imported",
          "[storage][import][money]")
{
    for (const CurrencySymbol &symbol : currencySymbols()) {
        const QString sign = symbol.symbol.toString();
        INFO("symbol " << sign.toStdString());
        const std::string expected =
            (symbol.code.isEmpty() ? kDefault : symbol.code.toString()).toStdString();
        for (const QString &text : {sign + QStringLiteral("12"), sign + QStringLiteral(" 12")}) {
            INFO(text.toStdString());
            CHECK(typedCurrency(text) == expected);
            CHECK(importedCurrency(text) == expected);
        }
        // Exports also write the symbol after the number.
        CHECK(importedCurrency(QStringLiteral("12 ") + sign) == expected);
        CHECK(importedCurrency(QStringLiteral("12") + sign) == expected);
    }
}

TEST_CASE("A symbol and a code that disagree are refused typed and imported",
          "[storage][import][money]")
{
    for (const CurrencySymbol &symbol : currencySymbols()) {
        if (symbol.code.isEmpty())
            continue;
        const QString other = symbol.code == u"EUR" ? QStringLiteral("GBP") : QStringLiteral("EUR");
        const QString text = symbol.symbol.toString() + QStringLiteral("12 ") + other;
        INFO(text.toStdString());
        CHECK_FALSE(Money::parse(text, kDefault).ok());
        CHECK_FALSE(parseAmount(text).ok());
    }
}
