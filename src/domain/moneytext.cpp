// Reading money from text: the lenient form users type, and the strict form JSON carries.
#include "clientele/domain/currencysymbols.h"
#include "clientele/domain/money.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtNumeric>

namespace clientele {

namespace {

// Currency named by a symbol, typed in any case; "$" alone is left to the caller's default.
QString symbolCurrency(const QString &symbol)
{
    const CurrencySymbol *found = findCurrencySymbol(symbol, Qt::CaseInsensitive);
    return found ? found->code.toString() : QString();
}

// Every symbol of the table as alternatives of a pattern, longest first as the table is.
QString symbolAlternatives()
{
    QStringList alternatives;
    for (const CurrencySymbol &symbol : currencySymbols())
        alternatives << QRegularExpression::escape(symbol.symbol.toString());
    return alternatives.join(QLatin1Char('|'));
}

int suffixExponent(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QStringLiteral("k"))
        return 3;
    if (s == QStringLiteral("m") || s == QStringLiteral("mm"))
        return 6;
    if (s == QStringLiteral("bn"))
        return 9;
    return 0;
}

// digits * 10^exponent, rounded half away from zero when exponent is negative.
std::optional<qint64> scaleDigits(const QString &digits, int exponent)
{
    bool ok = false;
    qint64 value = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!digits.isEmpty() && !ok)
        return std::nullopt;
    for (; exponent > 0; --exponent) {
        if (qMulOverflow(value, qint64(10), &value))
            return std::nullopt;
    }
    qint64 divisor = 1;
    for (; exponent < 0; ++exponent) {
        if (qMulOverflow(divisor, qint64(10), &divisor))
            return qint64(0); // far below the smallest unit
    }
    return Money::divideRounded(value, divisor);
}

} // namespace

Result<Money> Money::parse(const QString &text, const QString &defaultCurrency)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return Error{
            tr("Expected an amount such as $1,234.50, 1200, AUD 1,200, (120.00) or 1.5M.")};
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([-−])?\s*(?:([A-Za-z]{3})\s*)?([-−])?\s*(%1)?)"
                       R"(\s*([-−])?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*(k|mm|m|bn)?)"
                       R"(\s*([A-Za-z]{3})?$)")
            .arg(symbolAlternatives()),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(s);
    if (!match.hasMatch() || (match.captured(6).isEmpty() && match.captured(7).isEmpty()))
        return Error{tr("Expected an amount such as $1,234.50, 1200, AUD 1,200, (120.00) or 1.5M, "
                        "not \"%1\".")
                         .arg(text.trimmed())};
    const int signs = int(!match.captured(1).isEmpty()) + int(!match.captured(3).isEmpty())
                      + int(!match.captured(5).isEmpty());
    if (signs > 1 || (signs == 1 && negative))
        return Error{tr("Expected an amount such as $1,234.50, 1200, AUD 1,200, (120.00) or 1.5M, "
                        "not \"%1\".")
                         .arg(text.trimmed())};
    negative = negative || signs == 1;

    // Every currency the text names must agree; "$" alone defers to the default.
    QString currency;
    for (const QString &named : {match.captured(2).toUpper(), symbolCurrency(match.captured(4)),
                                 match.captured(9).toUpper()}) {
        if (named.isEmpty())
            continue;
        if (!currency.isEmpty() && currency != named)
            return Error{
                tr("\"%1\" names two currencies, %2 and %3.").arg(text.trimmed(), currency, named)};
        currency = named;
    }
    if (currency.isEmpty())
        currency = defaultCurrency;

    const QString whole = match.captured(6).remove(QLatin1Char(','));
    const QString fraction = match.captured(7);
    const int exponent =
        suffixExponent(match.captured(8)) + currencyDecimals(currency) - int(fraction.size());
    const auto minor = scaleDigits(whole + fraction, exponent);
    if (!minor)
        return Error{tr("The amount \"%1\" is too large.").arg(text.trimmed())};
    return Money(negative ? -*minor : *minor, currency);
}

Result<Money> Money::fromDecimalString(const QString &text, const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(-)?(\d+)(?:\.(\d+))?$)"));
    const auto match = pattern.match(text);
    const int decimals = currencyDecimals(currency);
    if (!match.hasMatch() || match.captured(3).size() > decimals)
        return Error{tr("Expected a decimal amount with at most %1 decimals such as "
                        "\"1234.50\", not \"%2\".")
                         .arg(decimals)
                         .arg(text)};
    const QString fraction = match.captured(3);
    const auto minor = scaleDigits(match.captured(2) + fraction, decimals - int(fraction.size()));
    if (!minor)
        return Error{tr("The amount \"%1\" is too large.").arg(text)};
    return Money(match.captured(1).isEmpty() ? *minor : -*minor, currency);
}

} // namespace clientele
