#include "clientele/domain/range.h"
#include "clientele/domain/textlanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace clientele {

namespace {

const QRegularExpression &rangeSplitter()
{
    // Lazy first part so "20-50" splits at the first separator; a leading minus stays in it.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.+?)\s*(?:-|–|—|\s+to\s+)\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString withoutUnit(const QString &text)
{
    static const QRegularExpression unit(
        QStringLiteral(R"(\s*\b(staff|employees|people|years|year|yrs|yr|km)\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text.trimmed();
    out.remove(unit);
    return out.trimmed();
}

std::optional<double> parseNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$)"));
    const QString s = withoutUnit(text);
    const auto match = pattern.match(s);
    if (s.isEmpty() || !match.hasMatch())
        return std::nullopt;
    QString plain = s;
    plain.remove(QLatin1Char(','));
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

double midpoint(const NumberRange &range)
{
    return (range.minimum + range.maximum) / 2.0;
}

Money midpoint(const MoneyRange &range)
{
    return Money::midpoint(range.minimum, range.maximum);
}

Result<NumberRange> parseNumberRange(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto hint = [&] {
        return Error{
            QCoreApplication::translate("clientele::Range",
                                        "Expected a number such as 40 or a range such as 20-50, "
                                        "not \"%1\".")
                .arg(trimmed)};
    };
    if (const auto single = parseNumber(trimmed))
        return NumberRange::exactly(*single);
    const auto match = rangeSplitter().match(withoutUnit(trimmed));
    if (!match.hasMatch())
        return hint();
    const auto low = parseNumber(match.captured(1));
    const auto high = parseNumber(match.captured(2));
    if (!low || !high)
        return hint();
    if (*high < *low)
        return Error{QCoreApplication::translate("clientele::Range",
                                                 "The range \"%1\" ends below where it starts.")
                         .arg(trimmed)};
    return NumberRange{*low, *high};
}

Result<MoneyRange> parseMoneyRange(const QString &text, const QString &defaultCurrency)
{
    const QString trimmed = text.trimmed();
    auto single = Money::parse(trimmed, defaultCurrency);
    if (single)
        return MoneyRange::exactly(*single);
    const auto match = rangeSplitter().match(trimmed);
    if (!match.hasMatch())
        return single.error();
    const auto low = Money::parse(match.captured(1), defaultCurrency);
    if (!low)
        return Error{QCoreApplication::translate(
                         "clientele::Range", "Expected an amount such as $1,200 or a range such as "
                                             "$1M-$5M, not \"%1\".")
                         .arg(trimmed)};
    const auto high = Money::parse(match.captured(2), low->currency());
    if (!high)
        return Error{QCoreApplication::translate(
                         "clientele::Range", "Expected an amount such as $1,200 or a range such as "
                                             "$1M-$5M, not \"%1\".")
                         .arg(trimmed)};
    if (high->currency() != low->currency())
        return Error{
            QCoreApplication::translate("clientele::Range", "The range \"%1\" mixes %2 and %3.")
                .arg(trimmed, low->currency(), high->currency())};
    if (*high < *low)
        return Error{QCoreApplication::translate("clientele::Range",
                                                 "The range \"%1\" ends below where it starts.")
                         .arg(trimmed)};
    return MoneyRange{*low, *high};
}

QString formatNumber(double value)
{
    const bool negative = value < 0;
    const qint64 hundredths = std::llround(std::fabs(value) * 100.0);
    QString text = groupedDigits(QString::number(hundredths / 100));
    if (hundredths % 100 != 0) {
        QString fraction = QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += numberStyle().decimal + fraction;
    }
    return negative && hundredths != 0 ? QLatin1Char('-') + text : text;
}

QString formatNumberRange(const NumberRange &range)
{
    if (range.isExact())
        return formatNumber(range.minimum);
    return formatNumber(range.minimum) + QStringLiteral("–") + formatNumber(range.maximum);
}

QString formatMoneyRange(const MoneyRange &range, const QString &home)
{
    if (range.isExact())
        return range.minimum.toShortDisplayString(home);
    return range.minimum.toShortDisplayString(home) + QStringLiteral("–")
           + range.maximum.toShortDisplayString(home);
}

} // namespace clientele
