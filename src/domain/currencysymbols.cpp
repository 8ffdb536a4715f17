#include "clientele/domain/currencysymbols.h"

#include <algorithm>
#include <array>

namespace clientele {

namespace {

// Longest first, the order readers try them in (checked below).
constexpr std::array kSymbols{
    CurrencySymbol{u"AU$", u"AUD"},    CurrencySymbol{u"CA$", u"CAD"},
    CurrencySymbol{u"HK$", u"HKD"},    CurrencySymbol{u"NZ$", u"NZD"},
    CurrencySymbol{u"US$", u"USD"},    CurrencySymbol{u"A$", u"AUD"},
    CurrencySymbol{u"C$", u"CAD"},     CurrencySymbol{u"S$", u"SGD"},
    CurrencySymbol{u"$", u""},         CurrencySymbol{u"\u20AC", u"EUR"},
    CurrencySymbol{u"\u00A3", u"GBP"}, CurrencySymbol{u"\u00A5", u"JPY"},
};

static_assert(std::is_sorted(kSymbols.begin(), kSymbols.end(),
                             [](const CurrencySymbol &a, const CurrencySymbol &b) {
                                 return a.symbol.size() > b.symbol.size();
                             }),
              "longest first");

} // namespace

std::span<const CurrencySymbol> currencySymbols()
{
    return kSymbols;
}

const CurrencySymbol *findCurrencySymbol(QStringView text, Qt::CaseSensitivity cs)
{
    const auto found = std::find_if(kSymbols.begin(), kSymbols.end(), [&](const CurrencySymbol &s) {
        return s.symbol.compare(text, cs) == 0;
    });
    return found != kSymbols.end() ? &*found : nullptr;
}

} // namespace clientele
