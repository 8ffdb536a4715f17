#include "clientele/domain/hybridclock.h"
#include "synctestdata.h"

#include <QList>

#include <catch2/catch.hpp>

using namespace clientele;

using namespace synctest;

TEST_CASE("Change timestamps order by time then counter then replica", "[domain][hlc]")
{
    CHECK(stamp(1000, 5, replicaB) < stamp(1001, 0, replicaA));
    CHECK(stamp(1000, 1, replicaB) < stamp(1000, 2, replicaA));
    CHECK(stamp(1000, 2, replicaA) < stamp(1000, 2, replicaB));
    CHECK_FALSE(stamp(1000, 2, replicaB) < stamp(1000, 2, replicaB));
    CHECK(compare(stamp(1000, 2, replicaB), stamp(1000, 2, replicaB)) == 0);
    CHECK(stamp(1001, 0, replicaA) > stamp(1000, 9, replicaB));
}

TEST_CASE("Change timestamps as text sort the way the timestamps do", "[domain][hlc]")
{
    CHECK(stamp(1765000000000, 42, replicaA).toText()
          == QStringLiteral("000001765000000000-0000002a-") + replicaA);
    const QList<HlcTimestamp> ascending{
        stamp(9, 0xffff, replicaB), stamp(10, 0, replicaA),  stamp(10, 15, replicaB),
        stamp(10, 16, replicaA),    stamp(10, 16, replicaB), stamp(1765000000000, 0, replicaA)};
    for (qsizetype i = 1; i < ascending.size(); ++i) {
        INFO(ascending[i - 1].toText().toStdString()
             << " < " << ascending[i].toText().toStdString());
        CHECK(ascending[i - 1] < ascending[i]);
        CHECK(ascending[i - 1].toText() < ascending[i].toText());
    }
}

TEST_CASE("Change timestamps read back from their text and refuse other text", "[domain][hlc]")
{
    const HlcTimestamp original = stamp(1765000000123, 7, replicaB);
    const auto back = HlcTimestamp::fromText(original.toText());
    REQUIRE(back.has_value());
    CHECK(*back == original);
    CHECK(HlcTimestamp::fromText(QString())->isNull());
    CHECK_FALSE(HlcTimestamp::fromText(QStringLiteral("1765000000123-7-") + replicaB));
    CHECK_FALSE(HlcTimestamp::fromText(QStringLiteral("000001765000000123-00000007-")));
    CHECK_FALSE(HlcTimestamp::fromText(QStringLiteral("00000176500000012x-00000007-") + replicaB));
    CHECK_FALSE(HlcTimestamp::fromText(QStringLiteral("000001765000000123-0000000g-") + replicaB));
}

TEST_CASE("The clock follows the wall clock and counts within one millisecond", "[domain][hlc]")
{
    HybridLogicalClock clock(replicaA);
    CHECK(clock.now(1000) == stamp(1000, 0, replicaA));
    CHECK(clock.now(1000) == stamp(1000, 1, replicaA));
    CHECK(clock.now(1000) == stamp(1000, 2, replicaA));
    CHECK(clock.now(1005) == stamp(1005, 0, replicaA));
}

TEST_CASE("The clock never goes back when the wall clock does", "[domain][hlc]")
{
    HybridLogicalClock clock(replicaA);
    CHECK(clock.now(5000) == stamp(5000, 0, replicaA));
    // The wall clock is set back by three seconds: time stays, the counter moves on.
    CHECK(clock.now(2000) == stamp(5000, 1, replicaA));
    CHECK(clock.now(2001) == stamp(5000, 2, replicaA));
    CHECK(clock.now(5000) == stamp(5000, 3, replicaA));
    CHECK(clock.now(5001) == stamp(5001, 0, replicaA));
}

TEST_CASE("A clock restarted from its last timestamp keeps counting from it", "[domain][hlc]")
{
    HybridLogicalClock clock(replicaA, stamp(5000, 3, replicaA));
    CHECK(clock.now(4000) == stamp(5000, 4, replicaA));
}

TEST_CASE("Receiving a remote timestamp moves the clock past it", "[domain][hlc]")
{
    SECTION("a remote ahead of both clocks is taken with its counter plus one")
    {
        HybridLogicalClock clock(replicaA);
        clock.now(1000);
        CHECK(clock.receive(stamp(3000, 4, replicaB), 2000) == stamp(3000, 5, replicaA));
        CHECK(clock.now(2500) == stamp(3000, 6, replicaA));
    }
    SECTION("the wall clock ahead of both restarts the counter")
    {
        HybridLogicalClock clock(replicaA);
        clock.now(1000);
        CHECK(clock.receive(stamp(1500, 9, replicaB), 4000) == stamp(4000, 0, replicaA));
    }
    SECTION("the local clock ahead of the remote counts on")
    {
        HybridLogicalClock clock(replicaA);
        clock.now(6000);
        clock.now(6000);
        CHECK(clock.receive(stamp(3000, 9, replicaB), 2000) == stamp(6000, 2, replicaA));
    }
    SECTION("local and remote at the same time take the greater counter plus one")
    {
        HybridLogicalClock clock(replicaA);
        clock.now(6000);
        CHECK(clock.receive(stamp(6000, 7, replicaB), 2000) == stamp(6000, 8, replicaA));
        CHECK(clock.receive(stamp(6000, 3, replicaB), 2000) == stamp(6000, 9, replicaA));
    }
}
