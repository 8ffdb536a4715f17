#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/reviewrounds.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/workspacejson.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

// Stands in for the render layer and keeps what it was given.
struct PackRecorder {
    QList<ReviewRound> rounds;
    QList<QList<ReviewChangeGroup>> changes;

    ReviewPackRenderer renderer()
    {
        return [this](const ReviewRound &round, const QList<ReviewChangeGroup> &given) {
            rounds << round;
            changes << given;
            return Result<QByteArray>(QByteArray("%PDF pack ") + round.name.toUtf8());
        };
    }
};

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace = std::move(*Workspace::create(path));
    ReviewRounds *reviews = workspace->reviews();
    PackRecorder packs;
};

} // namespace

TEST_CASE("A review round freezes the profiles, chart and offers and keeps its pack",
          "[core][reviews]")
{
    Fixture f;
    const qint64 profile = f.workspace->profiles()->add(QStringLiteral("Trades owners"));
    Offer offer;
    offer.name = QStringLiteral("Systems check");
    REQUIRE(f.workspace->offers()->add(offer));

    const auto first = f.reviews->start({}, f.packs.renderer());
    REQUIRE(first);
    const ReviewRound one = *f.reviews->find(*first);
    CHECK(one.number == 1);
    CHECK(one.name == QStringLiteral("Round 1"));
    CHECK(one.pdf == QByteArray("%PDF pack Round 1"));
    CHECK(one.sha256
          == QString::fromLatin1(
              QCryptographicHash::hash(one.pdf, QCryptographicHash::Sha256).toHex()));
    // The pack was given the workspace as it stood, and nothing changed before round 1.
    REQUIRE(f.packs.rounds.size() == 1);
    REQUIRE(f.packs.rounds[0].snapshot.profiles.size() == 1);
    CHECK(f.packs.rounds[0].snapshot.profiles[0].name == QStringLiteral("Trades owners"));
    REQUIRE(f.packs.rounds[0].snapshot.offers.size() == 1);
    CHECK(f.packs.changes[0].isEmpty());

    // Later edits do not reach the frozen round.
    REQUIRE(f.workspace->profiles()->setField(profile, ProfileField::Name,
                                              QStringLiteral("Owners of trade firms")));
    const auto frozen = f.reviews->snapshotOf(*f.reviews->find(*first));
    REQUIRE(frozen);
    CHECK(frozen->profiles[0].name == QStringLiteral("Trades owners"));

    SECTION("round 2 opens with what changed since round 1")
    {
        const auto second =
            f.reviews->start(QStringLiteral("After the workshop"), f.packs.renderer());
        REQUIRE(second);
        CHECK(f.reviews->find(*second)->number == 2);
        CHECK(f.reviews->find(*second)->name == QStringLiteral("After the workshop"));
        REQUIRE(f.packs.changes.size() == 2);
        const QList<ReviewChangeGroup> &changes = f.packs.changes[1];
        REQUIRE(changes.size() == 1);
        REQUIRE_FALSE(changes[0].changes.isEmpty());
        CHECK(changes[0].changes[0].before == QStringLiteral("Trades owners"));
        CHECK(changes[0].changes[0].after == QStringLiteral("Owners of trade firms"));
    }
    SECTION("a round is signed off once, and the file refuses any other change")
    {
        CHECK_FALSE(f.reviews->signOff(*first, QStringLiteral(" ")));
        REQUIRE(f.reviews->signOff(*first, QStringLiteral("Pat Owner")));
        CHECK(f.reviews->find(*first)->signedOffBy == QStringLiteral("Pat Owner"));
        CHECK(f.reviews->find(*first)->signedOffAt.isValid());
        CHECK_FALSE(f.reviews->signOff(*first, QStringLiteral("Someone else")));
        SQLite::Database db(f.path.toStdString(), SQLite::OPEN_READWRITE);
        CHECK_THROWS(db.exec("UPDATE review_round SET name = 'Renamed'"));
        CHECK_THROWS(db.exec("UPDATE review_round SET pdf = x'00'"));
    }
    SECTION("starting a round is one undoable step")
    {
        f.workspace->undoStack()->undo(); // the rename
        CHECK(f.reviews->count() == 1);
        f.workspace->undoStack()->undo();
        CHECK(f.reviews->count() == 0);
        f.workspace->undoStack()->redo();
        CHECK(f.reviews->count() == 1);
        CHECK(f.reviews->latest()->pdf == QByteArray("%PDF pack Round 1"));
    }
    SECTION("the JSON export carries every round, its snapshot and its pack")
    {
        REQUIRE(f.reviews->signOff(*first, QStringLiteral("Pat Owner")));
        const auto exported = exportWorkspaceJson(f.workspace->file());
        REQUIRE(exported);
        QTemporaryDir other;
        auto copy = Workspace::create(other.filePath(QStringLiteral("c.clientele")));
        REQUIRE(copy);
        REQUIRE(importWorkspaceJson((*copy)->file(), QByteArray::fromStdString(*exported),
                                    QStringLiteral("w.json")));
        auto reopened = Workspace::open(other.filePath(QStringLiteral("c.clientele")));
        copy->reset();
        REQUIRE(reopened);
        const auto round = (*reopened)->reviews()->latest();
        REQUIRE(round);
        CHECK(round->pdf == QByteArray("%PDF pack Round 1"));
        CHECK(round->signedOffBy == QStringLiteral("Pat Owner"));
        const auto snapshot = (*reopened)->reviews()->snapshotOf(*round);
        REQUIRE(snapshot);
        CHECK(snapshot->profiles[0].name == QStringLiteral("Trades owners"));
        // A pack that no longer matches its hash is refused, and nothing is imported.
        std::string tampered = *exported;
        const auto at = tampered.find("\"sha256\": \"", tampered.find("\"reviewRounds\""));
        REQUIRE(at != std::string::npos);
        tampered[at + 11] = tampered[at + 11] == 'a' ? 'b' : 'a';
        const Status refused = importWorkspaceJson(
            (*reopened)->file(), QByteArray::fromStdString(tampered), QStringLiteral("w.json"));
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage().contains(QStringLiteral("SHA-256")));
    }
}
