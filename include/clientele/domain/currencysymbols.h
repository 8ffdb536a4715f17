#pragma once

#include <QStringView>

#include <span>

namespace clientele {

// A currency symbol an amount may carry, and the ISO 4217 code it names.
struct CurrencySymbol {
    QStringView symbol; // "NZ$", "€"
    QStringView code;   // "NZD", "EUR"; empty for "$", which is the caller's default currency
};

// Every symbol amounts are read with, typed (Money::parse) or imported (parseAmount). Longest
// first, so a reader that takes the first that fits either end reads "US$" as USD, not as "S$"
// or "$".
std::span<const CurrencySymbol> currencySymbols();

// The entry for exactly `text`; null when it is no currency symbol.
const CurrencySymbol *findCurrencySymbol(QStringView text,
                                         Qt::CaseSensitivity cs = Qt::CaseSensitive);

} // namespace clientele
