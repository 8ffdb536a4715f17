#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

// Stands in for the render layer: the bytes say what was rendered, so a test can tell.
Result<QByteArray> fakePdf(const Proposal &p)
{
    return QByteArray("%PDF ") + p.number.toUtf8() + " v" + QByteArray::number(p.version) + " "
           + p.terms.toUtf8() + " " + proposalStatusKey(p.status).toUtf8();
}

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace = std::move(*Workspace::create(path));
    ProposalBook *book = workspace->proposals();

    qint64 addProposal(qint64 oneOffCents = 120000)
    {
        Proposal p;
        p.prospect.company = QStringLiteral("Hunter Valley Joinery");
        p.issued = QDate(2026, 1, 10);
        p.validUntil = QDate(2026, 1, 24); // 14 days
        p.terms = QStringLiteral("Net 14");
        p.lines.append({0, QStringLiteral("Bookkeeping set-up"), 1,
                        Money(oneOffCents, QStringLiteral("AUD"))});
        return *book->add(p);
    }
    Proposal get(qint64 id) const { return *book->find(id); }
};

} // namespace

TEST_CASE("Sending freezes a version with its PDF, hash and a new validity",
          "[core][proposals][versions]")
{
    Fixture f;
    const qint64 id = f.addProposal();
    REQUIRE(f.book->send(id, fakePdf));
    const Proposal p = f.get(id);
    CHECK(p.status == ProposalStatus::Sent);
    CHECK(p.isFrozen());
    REQUIRE(p.sent.size() == 1);
    const ProposalVersion &v = p.sent.first();
    CHECK(v.version == 1);
    CHECK(v.pdf == QByteArray("%PDF P-2026-001 v1 Net 14 sent"));
    CHECK(v.sha256
          == QString::fromLatin1(
              QCryptographicHash::hash(v.pdf, QCryptographicHash::Sha256).toHex()));
    // The clock restarts at sending: issued today, the draft's 14 days from today.
    CHECK(p.issued == QDate::currentDate());
    CHECK(v.validUntil == QDate::currentDate().addDays(14));
    CHECK(v.content->terms == QStringLiteral("Net 14"));

    SECTION("a sent version refuses every edit, and the file keeps it unchanged")
    {
        Proposal edited = p;
        edited.terms = QStringLiteral("Net 30");
        const Status refused = f.book->update(edited, QStringLiteral("Edit terms"));
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage().contains(QStringLiteral("cannot change")));
        CHECK_FALSE(f.book->setValidUntil(id, QDate(2027, 1, 1)));
        CHECK_FALSE(f.book->send(id, fakePdf));
        CHECK(f.get(id).terms == QStringLiteral("Net 14"));
        // Below the book, the file refuses too.
        SQLite::Database db(f.path.toStdString(), SQLite::OPEN_READWRITE);
        CHECK_THROWS(ProposalRepository(db).save(edited));
        CHECK_THROWS(db.exec("UPDATE proposal_version SET sha256 = "
                             "'0000000000000000000000000000000000000000000000000000000000000000'"));
    }
    SECTION("revising starts version 2 as a draft and keeps version 1")
    {
        REQUIRE(f.book->revise(id));
        Proposal draft = f.get(id);
        CHECK(draft.version == 2);
        CHECK(draft.status == ProposalStatus::Draft);
        CHECK_FALSE(draft.isFrozen());
        draft.terms = QStringLiteral("Net 30");
        REQUIRE(f.book->update(draft, QStringLiteral("Edit terms")));
        REQUIRE(f.book->send(id, fakePdf));
        const Proposal twice = f.get(id);
        REQUIRE(twice.sent.size() == 2);
        CHECK(twice.sent[0].pdf == QByteArray("%PDF P-2026-001 v1 Net 14 sent"));
        CHECK(twice.sent[1].pdf == QByteArray("%PDF P-2026-001 v2 Net 30 sent"));
        CHECK(twice.sent[0].content->terms == QStringLiteral("Net 14"));
        // Read again from the file, both versions are still there, byte for byte.
        auto reopened = Workspace::open(f.path);
        f.workspace.reset();
        REQUIRE(reopened);
        const Proposal stored = *(*reopened)->proposals()->find(id);
        REQUIRE(stored.sent.size() == 2);
        CHECK(stored.sent[0].pdf == QByteArray("%PDF P-2026-001 v1 Net 14 sent"));
        CHECK(stored.sent[0].content->terms == QStringLiteral("Net 14"));
        CHECK(stored.sent[1].validUntil == QDate::currentDate().addDays(14));
    }
    SECTION("undo takes back the sending as one step")
    {
        f.workspace->undoStack()->undo();
        CHECK_FALSE(f.get(id).isFrozen());
        CHECK(f.get(id).sent.isEmpty());
        CHECK(f.get(id).status == ProposalStatus::Draft);
    }
}

TEST_CASE("A formal proposal above the approval threshold is not sent until approved",
          "[core][proposals][approval]")
{
    Fixture f;
    WorkspaceSettings settings = f.workspace->settings();
    settings.approvalThresholdMinor = 500000; // $5,000
    f.workspace->setSettings(settings);
    const qint64 id = f.addProposal(750000); // $7,500 one-off
    REQUIRE(f.book->setStyle(id, ProposalStyle::Formal));
    const Status refused = f.book->send(id, fakePdf);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("approval")));
    CHECK_FALSE(f.get(id).isFrozen());
    CHECK_FALSE(f.book->approve(id, QStringLiteral("  ")));
    REQUIRE(f.book->approve(id, QStringLiteral("Dana Kerr")));
    // Changing what was approved asks for the approval again.
    REQUIRE(f.book->setLines(
        id, {{0, QStringLiteral("Set-up"), 2, Money(400000, QStringLiteral("AUD"))}}));
    CHECK(f.get(id).approvedBy.isEmpty());
    CHECK_FALSE(f.book->send(id, fakePdf));
    REQUIRE(f.book->approve(id, QStringLiteral("Dana Kerr")));
    REQUIRE(f.book->send(id, fakePdf));
    CHECK(f.get(id).sent.first().approvedBy == QStringLiteral("Dana Kerr"));
    // An informal letter of the same size needs none.
    const qint64 letter = f.addProposal(750000);
    REQUIRE(f.book->setStyle(letter, ProposalStyle::Informal));
    CHECK(f.book->send(letter, fakePdf));
}

TEST_CASE("A lost proposal needs a reason, and a new reason joins the list",
          "[core][proposals][outcome]")
{
    Fixture f;
    const qint64 id = f.addProposal();
    REQUIRE(f.book->send(id, fakePdf));
    CHECK_FALSE(f.book->closeLost(id, {}, QStringLiteral(" ")));
    CHECK(f.get(id).status == ProposalStatus::Sent);
    REQUIRE(f.book->closeLost(id, QDate(2026, 2, 1), QStringLiteral("Went with their nephew")));
    const Proposal lost = f.get(id);
    CHECK(lost.status == ProposalStatus::Declined);
    CHECK(lost.outcome.lostReason == QStringLiteral("Went with their nephew"));
    CHECK(lost.outcome.date == QDate(2026, 2, 1));
    CHECK(f.book->lostReasons().contains(QStringLiteral("Went with their nephew")));
    CHECK(f.book->lostReasons().startsWith(QStringLiteral("Price")));
    CHECK_FALSE(f.book->closeWon(id, {}, {}, {})); // already closed
    CHECK_FALSE(f.book->revise(id));
    // One undo takes back the outcome and the new reason together.
    f.workspace->undoStack()->undo();
    CHECK(f.get(id).status == ProposalStatus::Sent);
    CHECK_FALSE(f.book->lostReasons().contains(QStringLiteral("Went with their nephew")));
}

TEST_CASE("Closing a proposal as won records who accepted it and the reference",
          "[core][proposals][outcome]")
{
    Fixture f;
    const qint64 id = f.addProposal();
    REQUIRE(f.book->send(id, fakePdf));
    REQUIRE(f.book->closeWon(id, QDate(2026, 2, 3), QStringLiteral("Sam Reid"),
                             QStringLiteral("PO 4471")));
    const Proposal won = f.get(id);
    CHECK(won.status == ProposalStatus::Accepted);
    CHECK(won.outcome
          == ProposalOutcome{
              QDate(2026, 2, 3), QStringLiteral("Sam Reid"), QStringLiteral("PO 4471"), {}});
    CHECK(won.isFrozen()); // the outcome did not touch the sent version
}

TEST_CASE("Printing the changes is chosen for the draft and frozen with the version it went out in",
          "[core][proposals][versions]")
{
    Fixture f;
    const qint64 id = f.addProposal();
    REQUIRE(f.book->send(id, fakePdf));
    REQUIRE(f.book->revise(id));
    REQUIRE(f.book->setPrintChanges(id, true));
    CHECK(f.get(id).printChanges);
    // Choosing what prints is not a change of what was approved or sent.
    CHECK(f.get(id).version == 2);
    f.workspace->undoStack()->undo();
    CHECK_FALSE(f.get(id).printChanges);
    f.workspace->undoStack()->redo();
    REQUIRE(f.book->send(id, fakePdf));
    // Version 2 went out with its change page; that choice is part of it now.
    CHECK_FALSE(f.book->setPrintChanges(id, false));
    auto reopened = Workspace::open(f.path);
    f.workspace.reset();
    REQUIRE(reopened);
    CHECK((*reopened)->proposals()->find(id)->printChanges);
}

TEST_CASE("A copy of a sent proposal is a new draft with no versions",
          "[core][proposals][versions]")
{
    Fixture f;
    const qint64 id = f.addProposal();
    REQUIRE(f.book->send(id, fakePdf));
    REQUIRE(f.book->revise(id));
    const qint64 copyId = f.book->duplicate(id);
    REQUIRE(copyId != 0);
    const Proposal copy = f.get(copyId);
    CHECK(copy.status == ProposalStatus::Draft);
    CHECK(copy.version == 1);
    CHECK(copy.sent.isEmpty());
    CHECK_FALSE(copy.isFrozen());
    CHECK(copy.terms == QStringLiteral("Net 14"));
}
