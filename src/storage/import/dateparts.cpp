#include "dateparts.h"

#include <array>

namespace clientele::detail {

namespace {

constexpr std::array<const char16_t *, 12> kMonths{u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                   u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};

int monthFromName(QStringView word)
{
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (word.first(3).compare(QStringView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Plain ASCII digits only: "+1" or " 1" are not date parts.
bool toNumber(QStringView text, int &value)
{
    value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    return !text.isEmpty();
}

} // namespace

DateParts splitDate(QStringView text)
{
    DateParts parts;
    QStringView s = text.trimmed();
    // Drop a time of day: "2024-03-01 10:00:00" or "2024-03-01T10:00".
    const qsizetype cut = s.indexOf(QLatin1Char(s.size() > 10 && s.at(10) == u'T' ? 'T' : ' '));
    if (cut > 0 && s.indexOf(u':', cut) > cut)
        s = s.first(cut);
    QStringView pieces[3];
    int count = 0;
    qsizetype start = 0;
    QChar separator;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s.at(i).isLetterOrNumber())
            continue;
        if (i < s.size()) {
            const QChar c = s.at(i);
            if (c != u'/' && c != u'-' && c != u'.' && c != u' ')
                return parts;
            if (!separator.isNull() && c != separator)
                return parts;
            separator = c;
        }
        if (count == 3 || i == start)
            return parts;
        pieces[count++] = s.sliced(start, i - start);
        start = i + 1;
    }
    if (count != 3)
        return parts;
    int numbers[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        if (pieces[i].size() > 4)
            return parts;
        if (!toNumber(pieces[i], numbers[i])) {
            if (i != 1 || (numbers[1] = monthFromName(pieces[1])) == 0)
                return parts;
            parts.namedMonth = true;
            parts.namedMonthValue = numbers[1];
        }
    }
    parts.yearFirst = pieces[0].size() == 4 && !parts.namedMonth;
    parts.yearDigits = static_cast<int>(pieces[2].size());
    parts.a = numbers[0];
    parts.b = numbers[1];
    parts.c = numbers[2];
    parts.ok = true;
    return parts;
}

} // namespace clientele::detail
