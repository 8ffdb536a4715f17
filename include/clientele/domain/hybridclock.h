#pragma once

#include <QString>

#include <optional>

namespace clientele {

// When a change was made, comparable across replicas whose wall clocks disagree: the wall
// clock in milliseconds, a counter for events in the same millisecond (or while the wall clock
// lags behind what was already seen), and the replica (a uuid as text) to break the last tie.
struct HlcTimestamp {
    qint64 millis = 0;
    quint32 counter = 0;
    QString replica;

    bool isNull() const { return millis == 0 && counter == 0 && replica.isEmpty(); }
    // Fixed-width text ("000001765000000000-0000002a-<replica>") that sorts as the timestamps
    // do, for the file, the hub and the wire.
    QString toText() const;
    // The text form back; nothing for any other text. An empty text is the null timestamp.
    static std::optional<HlcTimestamp> fromText(const QString &text);

    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
};

// Total order: milliseconds, then counter, then replica id.
int compare(const HlcTimestamp &a, const HlcTimestamp &b);
inline bool operator<(const HlcTimestamp &a, const HlcTimestamp &b)
{
    return compare(a, b) < 0;
}
inline bool operator>(const HlcTimestamp &a, const HlcTimestamp &b)
{
    return compare(a, b) > 0;
}
inline bool operator<=(const HlcTimestamp &a, const HlcTimestamp &b)
{
    return compare(a, b) <= 0;
}
inline bool operator>=(const HlcTimestamp &a, const HlcTimestamp &b)
{
    return compare(a, b) >= 0;
}

// A hybrid logical clock (Kulkarni et al., 2014) of one replica. The wall clock is given in,
// so the clock is pure: every timestamp it hands out is greater than every one it handed out or
// received before, whatever the wall clock does.
class HybridLogicalClock {
public:
    explicit HybridLogicalClock(QString replica, HlcTimestamp last = {});

    // A timestamp for a local change made at wallMillis.
    HlcTimestamp now(qint64 wallMillis);
    // Takes in a remote change's timestamp, so the next local change sorts after it.
    HlcTimestamp receive(const HlcTimestamp &remote, qint64 wallMillis);

    const HlcTimestamp &last() const { return m_last; }

private:
    HlcTimestamp m_last;
};

} // namespace clientele
