#include "clientele/domain/syncmerge.h"
#include "synctestdata.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <random>

using namespace clientele;
using namespace synctest;

namespace {

struct Replica {
    HybridLogicalClock clock;
    SyncState state;
    qint64 wall = 1000;
};

// Three replicas edit, delete and restore four profiles, syncing pairs now and then, with
// wall clocks that sometimes jump back. Returns every change made.
QList<SyncChange> simulate(std::array<Replica, 3> &replicas, std::mt19937 &random, int steps)
{
    const QStringList items{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"),
                            QStringLiteral("p4")};
    const QStringList fields{QStringLiteral("name"), QStringLiteral("industry")};
    const QStringList values{QStringLiteral("\"x\""), QStringLiteral("\"y\""),
                             QStringLiteral("\"z\""), QStringLiteral("\"w\"")};
    auto pick = [&random](qsizetype count) {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, count - 1)(random));
    };
    QList<SyncChange> all;
    for (int step = 0; step < steps; ++step) {
        Replica &replica = replicas[pick(3)];
        replica.wall += pick(10) == 0 ? -50 : pick(3);
        const QString item = items[pick(items.size())];
        const SyncFieldKey presence{QStringLiteral("profile"), item, syncPresenceField};
        const auto presenceNow = replica.state.current(presence);
        const HlcTimestamp at = replica.clock.now(replica.wall);
        const QString id = QStringLiteral("s%1").arg(step);
        const int roll = int(pick(10));
        SyncChange change;
        if (roll == 0)
            change = tombstone(id, item, at, presenceNow ? presenceNow->hlc : HlcTimestamp{});
        else if (roll == 1 && presenceNow && presenceNow->deleted)
            change = restore(id, item, at, presenceNow->hlc);
        else {
            const SyncFieldKey key = profileField(item, fields[pick(fields.size())]);
            const auto current = replica.state.current(key);
            change = edit(id, item, key.field, values[pick(values.size())], at,
                          current ? current->hlc : HlcTimestamp{});
        }
        replica.state.apply({change});
        all.append(change);
        if (pick(4) == 0) {
            Replica &other = replicas[pick(3)];
            for (const SyncChange &known : std::as_const(all)) {
                if (replica.state.knows(known.changeId) && !other.state.knows(known.changeId))
                    other.clock.receive(known.hlc, other.wall);
            }
            other.state.apply(all);
        }
    }
    return all;
}

// Applies the changes shuffled, in batches of random size, some changes sent twice.
SyncState applyShuffled(QList<SyncChange> changes, std::mt19937 &random)
{
    std::shuffle(changes.begin(), changes.end(), random);
    SyncState state;
    qsizetype next = 0;
    while (next < changes.size()) {
        const auto size = std::uniform_int_distribution<qsizetype>(1, 20)(random);
        QList<SyncChange> batch = changes.mid(next, size);
        batch.append(changes.mid(std::max<qsizetype>(0, next - 5), 5));
        state = mergeChanges(state, batch).state;
        next += size;
    }
    return state;
}

} // namespace

TEST_CASE("Replicas applying the same changes in any order end equal", "[domain][sync]")
{
    std::mt19937 random(17);
    std::array<Replica, 3> replicas{Replica{HybridLogicalClock(replicaA), {}},
                                    Replica{HybridLogicalClock(replicaB), {}},
                                    Replica{HybridLogicalClock(replicaC), {}}};
    const QList<SyncChange> all = simulate(replicas, random, 600);
    for (Replica &replica : replicas)
        replica.state.apply(all);

    CHECK(replicas[0].state == replicas[1].state);
    CHECK(replicas[1].state == replicas[2].state);
    CHECK(replicas[0].state.changeCount() == 600);
    for (int order = 0; order < 3; ++order) {
        const SyncState shuffled = applyShuffled(all, random);
        CHECK(shuffled == replicas[0].state);
        CHECK(shuffled.values() == replicas[0].state.values());
    }

    // The run made conflicts of both kinds, and each lost edit appears once.
    const QList<SyncConflict> conflicts = replicas[0].state.conflicts();
    QSet<QString> lost;
    int afterDeletion = 0;
    for (const SyncConflict &conflict : conflicts) {
        lost.insert(conflict.lost.changeId);
        if (conflict.reason == SyncConflict::Reason::EditedAfterDeletion)
            ++afterDeletion;
    }
    CHECK(lost.size() == conflicts.size());
    CHECK(afterDeletion > 0);
    CHECK(conflicts.size() - afterDeletion > 0);
}
