#include "clientele/domain/syncmerge.h"
#include "synctestdata.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace synctest;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

SyncChange placed(const char *id, const char *item, const char *position, const HlcTimestamp &at)
{
    SyncChange change = edit(text(id), text(item), text("position"), text(position), at);
    change.kind = text("obstacle");
    return change;
}

} // namespace

TEST_CASE("An insert takes a position between its neighbours", "[domain][sync][list]")
{
    CHECK(positionBetween(1.0, 2.0) == 1.5);
    CHECK(positionBetween(1.0, 1.5) == 1.25);
    CHECK(positionBetween(3.0, std::nullopt) == 4.0);
    CHECK(positionBetween(std::nullopt, 1.0) == 0.0);
    CHECK(positionBetween(std::nullopt, std::nullopt) == 1.0);
}

TEST_CASE("Two items inserted apart at one place are both kept, earlier insert first",
          "[domain][sync][list]")
{
    SyncState state;
    state.apply({placed("c1", "a", "1", stamp(1000, 0, replicaA)),
                 placed("c2", "b", "2", stamp(1000, 1, replicaA))});
    const QStringList items{text("a"), text("b"), text("x"), text("y")};

    // Anna inserts x between a and b at 3000, Ben inserts y there at 2000, neither seeing
    // the other's.
    const SyncChange annas = placed("c3", "x", "1.5", stamp(3000, 0, replicaA));
    const SyncChange bens = placed("c4", "y", "1.5", stamp(2000, 0, replicaB));
    SyncState annaFirst = state;
    annaFirst.apply({annas});
    annaFirst.apply({bens});
    SyncState benFirst = state;
    benFirst.apply({bens});
    benFirst.apply({annas});

    const QStringList expected{text("a"), text("y"), text("x"), text("b")};
    CHECK(orderListItems(annaFirst, text("obstacle"), items) == expected);
    CHECK(orderListItems(benFirst, text("obstacle"), items) == expected);
    CHECK(annaFirst.conflicts().isEmpty());

    SECTION("a deleted item leaves the list")
    {
        SyncChange deletion = tombstone(text("t1"), text("x"), stamp(4000, 0, replicaB));
        deletion.kind = text("obstacle");
        annaFirst.apply({deletion});
        CHECK(orderListItems(annaFirst, text("obstacle"), items)
              == QStringList{text("a"), text("y"), text("b")});
    }
}

TEST_CASE("Items placed at one position in one change order by uuid", "[domain][sync][list]")
{
    SyncState state;
    state.apply({placed("c1", "q", "1", stamp(1000, 0, replicaA)),
                 placed("c2", "p", "1", stamp(1000, 0, replicaA)),
                 placed("c3", "n", "0.5", stamp(1000, 0, replicaA))});
    CHECK(orderListItems(state, text("obstacle"), {text("q"), text("p"), text("n")})
          == QStringList{text("n"), text("p"), text("q")});
}
