#include "clientele/domain/money.h"
#include "clientele/domain/textlanguage.h"

#include <QStringList>

#include <cmath>

namespace clientele {

namespace {

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

struct Parts {
    bool negative = false;
    QString whole;    // digits of the major units
    QString fraction; // exactly `decimals` digits, may be empty
};

Parts splitAmount(qint64 minor, int decimals)
{
    Parts parts;
    parts.negative = minor < 0;
    // Work on the unsigned magnitude so the most negative value still prints.
    const quint64 magnitude = parts.negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(powerOfTen(decimals));
    parts.whole = QString::number(magnitude / scale);
    if (decimals > 0)
        parts.fraction =
            QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return parts;
}

// The grouped amount without sign; a fraction of zeros is left out unless `allDecimals`.
QString amountDigits(const Parts &parts, bool allDecimals)
{
    QString amount = groupedDigits(parts.whole);
    if (!parts.fraction.isEmpty()
        && (allDecimals || parts.fraction.count(QLatin1Char('0')) != parts.fraction.size()))
        amount += numberStyle().decimal + parts.fraction;
    return amount;
}

// The amount with its currency: the symbol where there is one, else the code; `home` set and
// different from the money's currency asks for the code, since "$" alone would read as home's.
QString withSymbol(const Money &money, const QString &amount, bool negative,
                   const QString &home = {})
{
    const bool foreign = !home.isEmpty() && money.currency() != home;
    const QString symbol = foreign ? QString() : Money::currencySymbol(money.currency());
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (money.currency().isEmpty())
        return sign + amount;
    const QString unit = symbol.isEmpty() ? money.currency() : symbol;
    if (numberStyle().symbolAfter)
        return sign + amount + QChar(0x00a0) + unit;
    if (!symbol.isEmpty())
        return sign + symbol + amount;
    return money.currency() + QLatin1Char(' ') + sign + amount;
}

} // namespace

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency)
{
}

Money Money::fromMajor(qint64 majorUnits, const QString &currency)
{
    return Money(majorUnits * powerOfTen(currencyDecimals(currency)), currency);
}

double Money::toMajor() const
{
    return double(m_minor) / double(powerOfTen(decimals()));
}

Money &Money::operator+=(const Money &other)
{
    Q_ASSERT(m_currency.isEmpty() || other.m_currency.isEmpty() || m_currency == other.m_currency);
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    m_minor += other.m_minor;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    return *this += -other;
}

qint64 Money::divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // Compare twice the remainder with the divisor, both as magnitudes, to round half away.
    const quint64 twiceRemainder = 2 * quint64(remainder < 0 ? -remainder : remainder);
    const quint64 divisor = quint64(denominator < 0 ? -denominator : denominator);
    if (twiceRemainder >= divisor)
        return quotient + (((numerator < 0) != (denominator < 0)) ? -1 : 1);
    return quotient;
}

Money Money::dividedBy(qint64 divisor) const
{
    return Money(divideRounded(m_minor, divisor), m_currency);
}

Money Money::multipliedBy(double factor) const
{
    // llround rounds halfway cases away from zero.
    return Money(std::llround(double(m_minor) * factor), m_currency);
}

Money Money::midpoint(const Money &a, const Money &b)
{
    Money sum = a;
    sum += b;
    return sum.dividedBy(2);
}

int Money::currencyDecimals(const QString &currency)
{
    static const QStringList none = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three = {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QString Money::currencySymbol(const QString &currency)
{
    static const QStringList dollars = {QStringLiteral("AUD"), QStringLiteral("USD"),
                                        QStringLiteral("NZD"), QStringLiteral("CAD"),
                                        QStringLiteral("SGD"), QStringLiteral("HKD")};
    if (dollars.contains(currency))
        return QStringLiteral("$");
    if (currency == QStringLiteral("EUR"))
        return QStringLiteral("€");
    if (currency == QStringLiteral("GBP"))
        return QStringLiteral("£");
    if (currency == QStringLiteral("JPY"))
        return QStringLiteral("¥");
    return {};
}

QString Money::toString() const
{
    const Parts parts = splitAmount(m_minor, decimals());
    return (parts.negative ? QStringLiteral("-") : QString()) + amountDigits(parts, true);
}

QString Money::toDecimalString() const
{
    const Parts parts = splitAmount(m_minor, decimals());
    QString text = (parts.negative ? QStringLiteral("-") : QString()) + parts.whole;
    if (!parts.fraction.isEmpty())
        text += QLatin1Char('.') + parts.fraction;
    return text;
}

QString Money::toDisplayString() const
{
    const Parts parts = splitAmount(m_minor, decimals());
    return withSymbol(*this, amountDigits(parts, false), parts.negative);
}

QString Money::toColumnString() const
{
    const Parts parts = splitAmount(m_minor, decimals());
    return withSymbol(*this, amountDigits(parts, true), parts.negative);
}

QString Money::toShortDisplayString() const
{
    return toShortDisplayString({});
}

QString Money::toShortDisplayString(const QString &home) const
{
    const qint64 million = 1000000 * powerOfTen(decimals());
    const qint64 step = million / 100; // two decimals of a million
    if (m_minor == 0 || m_minor % step != 0 || (m_minor < million && m_minor > -million)) {
        const Parts parts = splitAmount(m_minor, decimals());
        return withSymbol(*this, amountDigits(parts, false), parts.negative, home);
    }
    const bool negative = m_minor < 0;
    const qint64 hundredths = (negative ? -m_minor : m_minor) / step;
    QString amount = groupedDigits(QString::number(hundredths / 100));
    if (hundredths % 100 != 0) {
        QString fraction = QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        amount += numberStyle().decimal + fraction;
    }
    return withSymbol(*this, amount + numberStyle().million, negative, home);
}

} // namespace clientele
