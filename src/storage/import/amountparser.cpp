#include "clientele/storage/import/amountparser.h"

#include "clientele/domain/currencysymbols.h"
#include <QCoreApplication>

namespace clientele {

namespace {

Error notAnAmount(QStringView text, const QString &why)
{
    return Error{
        QCoreApplication::translate("clientele::Import", "\u201C%1\u201D is not an amount: %2")
            .arg(text.toString(), why)};
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

bool isGrouping(QChar c)
{
    return isSpace(c) || c == u'\'';
}

// Takes a currency symbol or a three-letter code off the front or back of s.
bool takeCurrency(QStringView &s, bool front, QString &currency)
{
    // Longest first, so "US$" wins over "S$" and "$".
    for (const CurrencySymbol &symbol : currencySymbols()) {
        if (front ? s.startsWith(symbol.symbol) : s.endsWith(symbol.symbol)) {
            if (!currency.isEmpty() && !symbol.code.isEmpty() && currency != symbol.code)
                return false;
            if (currency.isEmpty())
                currency = symbol.code.toString();
            s = front ? s.mid(symbol.symbol.size()) : s.chopped(symbol.symbol.size());
            return true;
        }
    }
    if (s.size() < 3)
        return false;
    const QStringView code = front ? s.first(3) : s.last(3);
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    // A code must stand apart from more letters ("AUDX" is not a currency).
    if (s.size() > 3) {
        const QChar next = front ? s.at(3) : s.at(s.size() - 4);
        if (next.isLetter())
            return false;
    }
    if (!currency.isEmpty() && currency != code.toString())
        return false;
    currency = code.toString();
    s = front ? s.mid(3) : s.chopped(3);
    return true;
}

} // namespace

Result<ParsedAmount> parseAmount(QStringView text, DecimalSeparator decimal, int minorDigits)
{
    QStringView s = text.trimmed();
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    if (s.isEmpty())
        return notAnAmount(text, QCoreApplication::translate("clientele::Import", "it is empty."));

    bool negative = false;
    int minusSigns = 0;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.sliced(1, s.size() - 2);
    }
    ParsedAmount result;
    // Peel signs, currency and spaces off both ends until only the number is left.
    for (bool changed = true; changed && !s.isEmpty();) {
        changed = false;
        if (isSpace(s.front()) || s.front() == u'+') {
            s = s.mid(1);
            changed = true;
        } else if (isMinus(s.front())) {
            s = s.mid(1);
            ++minusSigns;
            changed = true;
        } else if (!s.front().isDigit() && s.front() != u'.' && s.front() != u',') {
            if (!takeCurrency(s, true, result.currency))
                return notAnAmount(
                    text, QCoreApplication::translate("clientele::Import", "unexpected text."));
            changed = true;
        }
        if (s.isEmpty())
            break;
        if (isSpace(s.back())) {
            s.chop(1);
            changed = true;
        } else if (isMinus(s.back())) {
            s.chop(1);
            ++minusSigns;
            changed = true;
        } else if (!s.back().isDigit() && s.back() != u'.' && s.back() != u',') {
            if (!takeCurrency(s, false, result.currency))
                return notAnAmount(
                    text, QCoreApplication::translate("clientele::Import", "unexpected text."));
            changed = true;
        }
    }
    if (minusSigns > 1 || (minusSigns == 1 && negative))
        return notAnAmount(
            text, QCoreApplication::translate("clientele::Import", "more than one minus sign."));
    negative = negative || minusSigns == 1;
    if (s.isEmpty())
        return notAnAmount(
            text, QCoreApplication::translate("clientele::Import", "there are no digits."));

    const qsizetype lastPoint = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    QChar decimalChar;
    if (decimal == DecimalSeparator::Point) {
        decimalChar = u'.';
    } else if (decimal == DecimalSeparator::Comma) {
        decimalChar = u',';
    } else if (lastPoint >= 0 && lastComma >= 0) {
        decimalChar = lastPoint > lastComma ? u'.' : u',';
    } else if (lastPoint >= 0 || lastComma >= 0) {
        const QChar c = lastPoint >= 0 ? u'.' : u',';
        const qsizetype at = std::max(lastPoint, lastComma);
        const qsizetype before = s.indexOf(c);
        // A lone separator followed by exactly three digits, after 1-3 digits that are not
        // just "0", groups thousands ("1,234" and "1.234" are 1234) when the amount cannot
        // have three decimals; otherwise it is the decimal separator.
        const bool grouping = before != at
                              || (minorDigits < 3 && s.size() - at - 1 == 3 && at >= 1 && at <= 3
                                  && !(at == 1 && s.front() == u'0'));
        if (!grouping)
            decimalChar = c;
    }

    QString integerDigits;
    QString fraction;
    bool inFraction = false;
    int groupLength = -1; // digits since the last grouping mark; -1 before any mark
    int firstGroup = 0;
    bool sawGrouping = false;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fraction : integerDigits) += c;
            if (!inFraction) {
                if (sawGrouping)
                    ++groupLength;
                else
                    ++firstGroup;
            }
        } else if (!decimalChar.isNull() && c == decimalChar && !inFraction) {
            if (sawGrouping && groupLength != 3)
                return notAnAmount(text,
                                   QCoreApplication::translate("clientele::Import",
                                                               "misplaced thousands separator."));
            inFraction = true;
        } else if (!inFraction && (isGrouping(c) || c == u'.' || c == u',')) {
            if ((sawGrouping && groupLength != 3) || firstGroup == 0 || firstGroup > 3)
                return notAnAmount(text,
                                   QCoreApplication::translate("clientele::Import",
                                                               "misplaced thousands separator."));
            sawGrouping = true;
            groupLength = 0;
        } else {
            return notAnAmount(text,
                               QCoreApplication::translate("clientele::Import",
                                                           "unexpected character \u201C%1\u201D.")
                                   .arg(c));
        }
    }
    if (sawGrouping && !inFraction && groupLength != 3)
        return notAnAmount(text, QCoreApplication::translate("clientele::Import",
                                                             "misplaced thousands separator."));
    if (integerDigits.isEmpty() && fraction.isEmpty())
        return notAnAmount(
            text, QCoreApplication::translate("clientele::Import", "there are no digits."));
    if (fraction.size() > minorDigits) {
        for (qsizetype i = minorDigits; i < fraction.size(); ++i) {
            if (fraction.at(i) != u'0')
                return notAnAmount(text, QCoreApplication::translate("clientele::Import",
                                                                     "more than %1 decimal places.")
                                             .arg(minorDigits));
        }
        fraction.truncate(minorDigits);
    }
    while (fraction.size() < minorDigits)
        fraction += u'0';
    while (integerDigits.size() > 1 && integerDigits.front() == u'0')
        integerDigits.remove(0, 1);
    if (integerDigits.size() + minorDigits > 18)
        return notAnAmount(text,
                           QCoreApplication::translate("clientele::Import", "it is too large."));
    qint64 value = 0;
    for (QChar c : integerDigits + fraction)
        value = value * 10 + (c.unicode() - u'0');
    result.minor = negative ? -value : value;
    return result;
}

} // namespace clientele
