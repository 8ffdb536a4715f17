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

// The profile "p1" as every replica had it before going apart: named Acme at 1000 by anna.
const HlcTimestamp originalAt = stamp(1000, 0, replicaA);
const SyncChange original =
    edit(text("c0"), text("p1"), text("name"), text("\"Acme\""), originalAt);

SyncState startingState()
{
    SyncState state;
    state.apply({original});
    return state;
}

} // namespace

TEST_CASE("An edit made over the field's value wins whatever order changes arrive in",
          "[domain][sync]")
{
    const SyncChange renamed = edit(text("c1"), text("p1"), text("name"), text("\"Acme Ltd\""),
                                    stamp(2000, 0, replicaB), originalAt);
    SyncState inOrder;
    inOrder.apply({original});
    inOrder.apply({renamed});
    SyncState reversed;
    reversed.apply({renamed});
    reversed.apply({original});

    for (const SyncState *state : {&inOrder, &reversed}) {
        CHECK(state->current(profileField(text("p1"), text("name")))->value
              == text("\"Acme Ltd\""));
        CHECK(state->conflicts().isEmpty());
    }
    CHECK(inOrder == reversed);
}

TEST_CASE("Two edits of one field made apart keep the loser as a conflict", "[domain][sync]")
{
    const SyncChange byAnna = edit(text("c1"), text("p1"), text("name"), text("\"Acme GmbH\""),
                                   stamp(2000, 0, replicaA), originalAt);
    const SyncChange byBen = edit(text("c2"), text("p1"), text("name"), text("\"Acme AG\""),
                                  stamp(2000, 0, replicaB), originalAt);

    // Same millisecond and counter: the greater replica id, ben's, wins.
    const SyncMerge merge = mergeChanges(startingState(), {byAnna, byBen});
    CHECK(merge.applied.size() == 2);
    CHECK(merge.state.current(profileField(text("p1"), text("name")))->value
          == text("\"Acme AG\""));
    REQUIRE(merge.newConflicts.size() == 1);
    const SyncConflict &conflict = merge.newConflicts.first();
    CHECK(conflict.reason == SyncConflict::Reason::EditedApart);
    CHECK(conflict.kept.value == text("\"Acme AG\""));
    CHECK(conflict.kept.author == text("ben"));
    CHECK(conflict.lost.value == text("\"Acme GmbH\""));
    CHECK(conflict.lost.author == text("anna"));
    CHECK(conflict.lost.hlc == stamp(2000, 0, replicaA));
    CHECK(merge.state.conflicts() == merge.newConflicts);

    SECTION("the same batch applied again changes nothing and adds no conflict")
    {
        const SyncMerge again = mergeChanges(merge.state, {byAnna, byBen});
        CHECK(again.applied.isEmpty());
        CHECK(again.newConflicts.isEmpty());
        CHECK(again.state == merge.state);
        CHECK(again.state.conflicts().size() == 1);
    }
    SECTION("each replica, whichever edit it had first, ends with the same one conflict")
    {
        SyncState annas = startingState();
        annas.apply({byAnna});
        SyncState bens = startingState();
        bens.apply({byBen});
        CHECK(mergeChanges(annas, {byBen}).newConflicts == merge.newConflicts);
        CHECK(mergeChanges(bens, {byAnna}).newConflicts == merge.newConflicts);
        CHECK(mergeChanges(annas, {byBen}).state == merge.state);
        CHECK(mergeChanges(bens, {byAnna}).state == merge.state);
    }
    SECTION("an edit made over the winner and settling the loser resolves the conflict")
    {
        // The user settles on a third name, which matches neither edit.
        SyncChange choice = edit(text("c3"), text("p1"), text("name"), text("\"Acme Group\""),
                                 stamp(3000, 0, replicaA), stamp(2000, 0, replicaB));
        choice.resolves = {text("c1")};
        const SyncMerge resolved = mergeChanges(merge.state, {choice});
        CHECK(resolved.state.conflicts().isEmpty());
        CHECK(resolved.goneConflicts == merge.newConflicts);
        CHECK(resolved.state.current(profileField(text("p1"), text("name")))->value
              == text("\"Acme Group\""));
    }
    SECTION("an edit made over the winner alone leaves the conflict")
    {
        const SyncChange later = edit(text("c3"), text("p1"), text("name"), text("\"Acme SE\""),
                                      stamp(3000, 0, replicaC), stamp(2000, 0, replicaB));
        const SyncMerge after = mergeChanges(merge.state, {later});
        CHECK(after.newConflicts.isEmpty());
        REQUIRE(after.state.conflicts().size() == 1);
        CHECK(after.state.conflicts().first().lost == byAnna);
        CHECK(after.state.conflicts().first().kept == later);
    }
}

TEST_CASE("Three edits of one field made apart give two conflicts, each once", "[domain][sync]")
{
    const SyncChange byAnna = edit(text("c1"), text("p1"), text("name"), text("\"A\""),
                                   stamp(3000, 0, replicaA), originalAt);
    const SyncChange byBen = edit(text("c2"), text("p1"), text("name"), text("\"B\""),
                                  stamp(2000, 4, replicaB), originalAt);
    const SyncChange byCleo = edit(text("c3"), text("p1"), text("name"), text("\"C\""),
                                   stamp(2000, 5, replicaC), originalAt);
    SyncState state = startingState();
    state.apply({byCleo});
    state.apply({byBen, byCleo});
    state.apply({byAnna, byBen});

    CHECK(state.current(profileField(text("p1"), text("name")))->value == text("\"A\""));
    const QList<SyncConflict> conflicts = state.conflicts();
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].lost == byBen);
    CHECK(conflicts[1].lost == byCleo);
    CHECK(conflicts[0].kept == byAnna);
    CHECK(conflicts[1].kept == byAnna);
}

TEST_CASE("The same value set apart is no conflict", "[domain][sync]")
{
    const SyncMerge merge = mergeChanges(
        startingState(), {edit(text("c1"), text("p1"), text("name"), text("\"Acme AG\""),
                               stamp(2000, 0, replicaA), originalAt),
                          edit(text("c2"), text("p1"), text("name"), text("\"Acme AG\""),
                               stamp(2500, 0, replicaB), originalAt)});
    CHECK(merge.state.conflicts().isEmpty());
}

TEST_CASE("Edits of different fields of one item made apart both survive", "[domain][sync]")
{
    const SyncMerge merge = mergeChanges(
        startingState(), {edit(text("c1"), text("p1"), text("name"), text("\"Acme AG\""),
                               stamp(2000, 0, replicaA), originalAt),
                          edit(text("c2"), text("p1"), text("industry"), text("\"Retail\""),
                               stamp(1500, 0, replicaB))});
    const QMap<SyncFieldKey, QString> expected{
        {profileField(text("p1"), text("industry")), text("\"Retail\"")},
        {profileField(text("p1"), text("name")), text("\"Acme AG\"")}};
    CHECK(merge.state.values() == expected);
    CHECK(merge.state.conflicts().isEmpty());
}

TEST_CASE("A tombstone wins over older edits and keeps later ones as conflicts", "[domain][sync]")
{
    const SyncChange deletion = tombstone(text("t1"), text("p1"), stamp(3000, 0, replicaA));
    const SyncChange olderEdit = edit(text("c1"), text("p1"), text("name"), text("\"Acme AG\""),
                                      stamp(2000, 0, replicaB), originalAt);
    const SyncChange laterEdit = edit(text("c2"), text("p1"), text("industry"), text("\"Retail\""),
                                      stamp(4000, 0, replicaC));

    SyncState deletedFirst = startingState();
    deletedFirst.apply({deletion});
    CHECK(deletedFirst.isDeleted(text("profile"), text("p1")));
    CHECK(deletedFirst.values().isEmpty());

    const SyncMerge merge = mergeChanges(deletedFirst, {laterEdit, olderEdit});
    CHECK(merge.state.isDeleted(text("profile"), text("p1")));
    CHECK(merge.state.values().isEmpty());
    REQUIRE(merge.newConflicts.size() == 1);
    CHECK(merge.newConflicts.first().reason == SyncConflict::Reason::EditedAfterDeletion);
    CHECK(merge.newConflicts.first().kept == deletion);
    CHECK(merge.newConflicts.first().lost == laterEdit);

    SECTION("edits first and the tombstone last end the same")
    {
        SyncState editedFirst = startingState();
        editedFirst.apply({olderEdit, laterEdit});
        CHECK(editedFirst.conflicts().isEmpty());
        const SyncMerge deletedLast = mergeChanges(editedFirst, {deletion});
        CHECK(deletedLast.newConflicts == merge.newConflicts);
        CHECK(deletedLast.state == merge.state);
    }
    SECTION("a restore brings the item back with its latest values and settles the conflict")
    {
        const SyncMerge restored = mergeChanges(
            merge.state, {restore(text("r1"), text("p1"), stamp(5000, 0, replicaC), deletion.hlc)});
        CHECK_FALSE(restored.state.isDeleted(text("profile"), text("p1")));
        const QMap<SyncFieldKey, QString> expected{
            {profileField(text("p1"), text("industry")), text("\"Retail\"")},
            {profileField(text("p1"), text("name")), text("\"Acme AG\"")}};
        CHECK(restored.state.values() == expected);
        CHECK(restored.state.conflicts().isEmpty());
        CHECK(restored.goneConflicts == merge.newConflicts);
    }
    SECTION("two tombstones of one item made apart are no conflict")
    {
        const SyncMerge both = mergeChanges(
            merge.state, {tombstone(text("t2"), text("p1"), stamp(3500, 0, replicaB))});
        CHECK(both.newConflicts.isEmpty());
        CHECK(both.state.isDeleted(text("profile"), text("p1")));
    }
}

TEST_CASE("A bookkeeping field edited apart takes the latest value without a conflict",
          "[domain][sync]")
{
    const SyncChange byAnna =
        edit(text("c1"), text("p1"), text("~updated"), text("\"2026-12-01T09:00:00.000Z\""),
             stamp(3000, 0, replicaA), originalAt);
    const SyncChange byBen =
        edit(text("c2"), text("p1"), text("~updated"), text("\"2026-12-01T08:00:00.000Z\""),
             stamp(2000, 0, replicaB), originalAt);

    const SyncMerge merge = mergeChanges(startingState(), {byBen, byAnna});
    CHECK(merge.state.current(profileField(text("p1"), text("~updated")))->value
          == text("\"2026-12-01T09:00:00.000Z\""));
    CHECK(merge.state.conflicts().isEmpty());
}
