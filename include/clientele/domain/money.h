#pragma once

#include "clientele/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

namespace clientele {

// An amount of money as whole minor units (cents) plus an ISO 4217 currency code. Never a
// floating-point amount, so sums and round trips through text and JSON are exact.
//
// Rounding: every operation that cannot stay exact (division, scaling by a fraction, typed text
// with more decimals than the currency has) rounds half away from zero, so 0.005 becomes 0.01
// and -0.005 becomes -0.01 — what people expect from a till or an invoice.
//
// Arithmetic expects both operands in one currency; an operand with no currency adopts the
// other's. Mixing two different currencies is a programming error (asserted in debug builds).
class Money {
    Q_DECLARE_TR_FUNCTIONS(clientele::Money)

public:
    Money() = default;
    explicit Money(qint64 minorUnits, const QString &currency = {});
    // 1200 dollars -> 120000 cents, for a currency with two decimals.
    static Money fromMajor(qint64 majorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    // Digits after the decimal point in this amount's currency (2 when no currency is set).
    int decimals() const { return currencyDecimals(m_currency); }
    // The amount in major units, for weights and charts only; never compute money with it.
    double toMajor() const;

    // Parses an amount as users type it: "$1,234.50", "1234.5", "AUD 1,200", "1,200 AUD",
    // "(120.00)" or "-120" (negative), "1.2k", "$1.5M", "2bn". "$" means defaultCurrency;
    // the other symbols of currencySymbols() ("€", "A$", "NZ$", ...) name their currency,
    // in upper or lower case. Extra decimals round half away from zero.
    static Result<Money> parse(const QString &text, const QString &defaultCurrency);
    // Parses the exact decimal form toDecimalString() writes ("1234.50", "-0.5"); refuses more
    // decimals than the currency has, grouping, symbols and suffixes. For JSON and storage.
    static Result<Money> fromDecimalString(const QString &text, const QString &currency);

    // "1,234.50" — grouped with commas whatever the system's locale (a document's LanguageScope
    // writes "1.234,50"), all of the currency's decimals. The texts below follow the scope too.
    QString toString() const;
    // "1234.50" — no grouping; for JSON and CSV.
    QString toDecimalString() const;
    // "$1,234.50", "-$120", "CHF 1,234.50"; decimals are left out when they are all zero.
    QString toDisplayString() const;
    // "$1,650.00": with its symbol and every decimal, so amounts in a column line up.
    QString toColumnString() const;
    // Like toDisplayString(), but whole millions read "$1.5M"; for chart cells and ranges.
    QString toShortDisplayString() const;
    // The same where `home` is the currency "$" stands for: another currency is named by its
    // code ("NZD 540"), so that it reads, and parses back, as itself.
    QString toShortDisplayString(const QString &home) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    friend Money operator+(Money a, const Money &b) { return a += b; }
    friend Money operator-(Money a, const Money &b) { return a -= b; }
    friend Money operator*(const Money &a, qint64 factor)
    {
        return Money(a.m_minor * factor, a.m_currency);
    }
    friend Money operator*(qint64 factor, const Money &a) { return a * factor; }
    // Rounded half away from zero: $10.00 / 3 = $3.33, $0.05 / 2 = $0.03, -$0.05 / 2 = -$0.03.
    Money dividedBy(qint64 divisor) const;
    // Scales by a fraction (a share, a weight), rounded half away from zero.
    Money multipliedBy(double factor) const;
    // Halfway between a and b, rounded half away from zero.
    static Money midpoint(const Money &a, const Money &b);

    // Integer division rounded half away from zero; the rule every Money division uses.
    static qint64 divideRounded(qint64 numerator, qint64 denominator);
    // ISO 4217 minor digits: 0 for JPY, KRW, ...; 3 for KWD, BHD, ...; otherwise 2.
    static int currencyDecimals(const QString &currency);
    // "$" for dollar currencies, "€", "£", "¥"; empty when the code is written out instead.
    static QString currencySymbol(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;
    // Orders by currency first so the order is total; amounts in one chart share a currency.
    friend std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        if (a.m_currency != b.m_currency)
            return a.m_currency < b.m_currency ? std::strong_ordering::less
                                               : std::strong_ordering::greater;
        return a.m_minor <=> b.m_minor;
    }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace clientele
