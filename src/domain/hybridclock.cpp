#include "clientele/domain/hybridclock.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace clientele {

namespace {

constexpr int millisDigits = 18;
constexpr int counterDigits = 8;

} // namespace

QString HlcTimestamp::toText() const
{
    if (isNull())
        return {};
    // Formatted by hand: a hub push writes two clocks per change, and QString::arg() took
    // four times as long.
    static_assert(millisDigits == 18 && counterDigits == 8, "the format below spells them out");
    std::array<char, 48> head{};
    const int length = std::snprintf(head.data(), head.size(), "%018lld-%08x-",
                                     static_cast<long long>(millis), unsigned(counter));
    return QString::fromLatin1(head.data(), length) + replica;
}

std::optional<HlcTimestamp> HlcTimestamp::fromText(const QString &text)
{
    if (text.isEmpty())
        return HlcTimestamp{};
    const qsizetype firstDash = text.indexOf(QLatin1Char('-'));
    const qsizetype secondDash = text.indexOf(QLatin1Char('-'), firstDash + 1);
    if (firstDash != millisDigits || secondDash != millisDigits + 1 + counterDigits)
        return std::nullopt;
    bool millisOk = false;
    bool counterOk = false;
    HlcTimestamp stamp;
    stamp.millis = text.left(firstDash).toLongLong(&millisOk);
    stamp.counter = text.mid(firstDash + 1, counterDigits).toUInt(&counterOk, 16);
    stamp.replica = text.mid(secondDash + 1);
    if (!millisOk || !counterOk || stamp.millis < 0 || stamp.replica.isEmpty()
        || stamp.toText() != text)
        return std::nullopt;
    return stamp;
}

int compare(const HlcTimestamp &a, const HlcTimestamp &b)
{
    if (a.millis != b.millis)
        return a.millis < b.millis ? -1 : 1;
    if (a.counter != b.counter)
        return a.counter < b.counter ? -1 : 1;
    return a.replica.compare(b.replica);
}

HybridLogicalClock::HybridLogicalClock(QString replica, HlcTimestamp last)
    : m_last(std::move(last))
{
    m_last.replica = std::move(replica);
}

HlcTimestamp HybridLogicalClock::now(qint64 wallMillis)
{
    if (wallMillis > m_last.millis) {
        m_last.millis = wallMillis;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    return m_last;
}

HlcTimestamp HybridLogicalClock::receive(const HlcTimestamp &remote, qint64 wallMillis)
{
    const qint64 previous = m_last.millis;
    const qint64 millis = std::max({previous, remote.millis, wallMillis});
    if (millis == previous && millis == remote.millis)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (millis == previous)
        ++m_last.counter;
    else if (millis == remote.millis)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.millis = millis;
    return m_last;
}

} // namespace clientele
