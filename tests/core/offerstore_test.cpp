#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/core/offerstore.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/sampleworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        REQUIRE(writeSampleWorkspace(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(*opened);
    }

    OfferStore *store() const { return workspace->offerStore(); }

    struct State {
        QList<Offer> offers;
        QList<Proposal> proposals;
        friend bool operator==(const State &, const State &) = default;
    };
    State inMemory() const { return {store()->offers(), store()->proposals()}; }
    // What a user would see after reopening: the file's content.
    State onDisk() const
    {
        auto reopened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(reopened.ok());
        return {(*reopened)->offerStore()->offers(), (*reopened)->offerStore()->proposals()};
    }
};

// One edit is one undo step; redo, undo and redo land on the same states in memory and on disk.
void checkUndoRedo(Fixture &f, const QString &what, const std::function<void()> &edit)
{
    INFO(what.toStdString());
    const auto before = f.onDisk();
    const int steps = f.workspace->undoStack()->count();
    edit();
    REQUIRE(f.workspace->undoStack()->count() == steps + 1);
    const auto after = f.onDisk();
    REQUIRE_FALSE(after == before);
    CHECK(f.inMemory() == after);
    f.workspace->undoStack()->undo();
    CHECK(f.onDisk() == before);
    CHECK(f.inMemory() == before);
    f.workspace->undoStack()->redo();
    CHECK(f.onDisk() == after);
    CHECK(f.inMemory() == after);
}

} // namespace

TEST_CASE("Every offer and ladder edit is one undo step", "[core][offers]")
{
    Fixture f;
    OfferStore *s = f.store();
    checkUndoRedo(f, QStringLiteral("add"), [&] {
        Offer o;
        o.name = QStringLiteral("Licence");
        o.kind = OfferKind::Product;
        o.price = Money(49900, {});
        REQUIRE(s->addOffer(o).ok());
    });
    checkUndoRedo(f, QStringLiteral("name"),
                  [&] { REQUIRE(s->setOfferName(2, QStringLiteral("Odoo project")).ok()); });
    checkUndoRedo(f, QStringLiteral("kind"),
                  [&] { REQUIRE(s->setOfferKind(4, OfferKind::FixedPriceProject).ok()); });
    checkUndoRedo(f, QStringLiteral("promise"),
                  [&] { REQUIRE(s->setOfferPromise(2, QStringLiteral("Better")).ok()); });
    checkUndoRedo(f, QStringLiteral("price"), [&] {
        REQUIRE(s->setOfferPrice(3, Money(180000, QStringLiteral("AUD"))).ok());
        CHECK(s->offer(3)->retainer.monthlyFee == Money(180000, QStringLiteral("AUD")));
    });
    checkUndoRedo(f, QStringLiteral("list"), [&] {
        REQUIRE(s->setOfferList(2, OfferList::Excluded, {QStringLiteral("Hardware")}).ok());
    });
    checkUndoRedo(f, QStringLiteral("answers"), [&] {
        REQUIRE(s->setOfferAnswers(2, {5, 6}).ok());
    });
    checkUndoRedo(f, QStringLiteral("terms"), [&] {
        RetainerTerms terms = s->offer(3)->retainer;
        terms.unusedHoursCarryOver = true;
        terms.hoursPerMonth = 10;
        REQUIRE(s->setRetainerTerms(3, terms).ok());
    });
    checkUndoRedo(f, QStringLiteral("onto ladder"),
                  [&] { REQUIRE(s->setLadderStage(4, LadderStage::Core).ok()); });
    checkUndoRedo(f, QStringLiteral("step"),
                  [&] { REQUIRE(s->setStepToNext(1, QStringLiteral("Then")).ok()); });
    checkUndoRedo(f, QStringLiteral("move"), [&] { REQUIRE(s->moveOnLadder(3, -1).ok()); });
    checkUndoRedo(f, QStringLiteral("off ladder"),
                  [&] { REQUIRE(s->setLadderStage(1, std::nullopt).ok()); });
    checkUndoRedo(f, QStringLiteral("duplicate"), [&] { REQUIRE(s->duplicateOffer(3) > 0); });
    checkUndoRedo(f, QStringLiteral("remove"), [&] { s->removeOffer(2); });

    CHECK_FALSE(s->setOfferName(2, QString()).ok());
    CHECK_FALSE(s->setRetainerTerms(2, {}).ok());
    CHECK_FALSE(s->setOfferPrice(2, Money(-1, {})).ok());
}

TEST_CASE("Every proposal edit is one undo step, duplicates included", "[core][proposals]")
{
    Fixture f;
    OfferStore *s = f.store();
    checkUndoRedo(f, QStringLiteral("add"), [&] {
        Proposal p;
        p.prospect.company = QStringLiteral("New Co");
        auto id = s->addProposal(p);
        REQUIRE(id.ok());
        CHECK(s->proposal(*id)->number.startsWith(QStringLiteral("P-")));
        CHECK(s->proposal(*id)->validUntil == s->proposal(*id)->issued.addDays(30));
    });
    checkUndoRedo(f, QStringLiteral("status"),
                  [&] { REQUIRE(s->setProposalStatus(2, ProposalStatus::Accepted).ok()); });
    checkUndoRedo(f, QStringLiteral("style"), [&] {
        REQUIRE(s->setProposalStyle(2, ProposalStyle::Informal).ok());
        CHECK(s->styleOf(*s->proposal(2)) == ProposalStyle::Informal);
    });
    checkUndoRedo(f, QStringLiteral("prospect"), [&] {
        Prospect p = s->proposal(1)->prospect;
        p.staff = 25;
        REQUIRE(s->setProspect(1, p).ok());
        CHECK(s->styleOf(*s->proposal(1)) == ProposalStyle::Formal);
    });
    checkUndoRedo(f, QStringLiteral("needs"),
                  [&] { REQUIRE(s->setProposalNeeds(1, {QStringLiteral("n")}).ok()); });
    checkUndoRedo(f, QStringLiteral("wants"), [&] { REQUIRE(s->setProposalWants(1, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("offer line"), [&] { REQUIRE(s->addOfferLine(1, 2, 1).ok()); });
    checkUndoRedo(f, QStringLiteral("lines"), [&] { REQUIRE(s->setProposalLines(1, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("risks"), [&] { REQUIRE(s->setProposalRisks(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("milestones"),
                  [&] { REQUIRE(s->setProposalMilestones(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("benefits"),
                  [&] { REQUIRE(s->setProposalBenefits(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("terms"),
                  [&] { REQUIRE(s->setProposalTerms(2, QStringLiteral("t")).ok()); });
    checkUndoRedo(f, QStringLiteral("next"),
                  [&] { REQUIRE(s->setProposalNextStep(2, QStringLiteral("c")).ok()); });
    checkUndoRedo(f, QStringLiteral("summary"),
                  [&] { REQUIRE(s->setExecutiveSummary(2, QStringLiteral("s")).ok()); });
    checkUndoRedo(f, QStringLiteral("validity"),
                  [&] { REQUIRE(s->setValidUntil(2, QDate(2027, 1, 1)).ok()); });
    checkUndoRedo(f, QStringLiteral("profile"), [&] { REQUIRE(s->setProposalProfile(2, 2).ok()); });
    checkUndoRedo(f, QStringLiteral("duplicate"), [&] {
        const qint64 copy = s->duplicateProposal(2);
        REQUIRE(copy > 0);
        const Proposal original = *s->proposal(2);
        const Proposal duplicate = *s->proposal(copy);
        CHECK(duplicate.number != original.number);
        CHECK(duplicate.status == ProposalStatus::Draft);
        // The same lines, each with an identity of its own.
        CHECK(duplicate.uuid != original.uuid);
        REQUIRE(duplicate.lines.size() == original.lines.size());
        for (qsizetype i = 0; i < original.lines.size(); ++i) {
            ProposalLine line = duplicate.lines.at(i);
            CHECK(line.uuid != original.lines.at(i).uuid);
            line.uuid = original.lines.at(i).uuid;
            CHECK(line == original.lines.at(i));
        }
        CHECK(duplicate.risks == original.risks);
    });
    checkUndoRedo(f, QStringLiteral("remove"), [&] { s->removeProposal(1); });

    Proposal clash;
    clash.number = QStringLiteral("P-2026-002");
    CHECK_FALSE(s->addProposal(clash).ok());
    CHECK(s->findProposal(QStringLiteral("p-2026-002"))->id == 2);
    CHECK(s->findProposal(QStringLiteral("2"))->id == 2);
    CHECK_FALSE(s->findProposal(QStringLiteral("P-1999-001")).has_value());
}

TEST_CASE("Typing into a proposal's text merges into one undo step", "[core][proposals]")
{
    Fixture f;
    OfferStore *s = f.store();
    const int steps = f.workspace->undoStack()->count();
    for (const QString &text : {QStringLiteral("W"), QStringLiteral("We"), QStringLiteral("We r")})
        REQUIRE(s->setExecutiveSummary(2, text).ok());
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    f.workspace->undoStack()->undo();
    CHECK(s->proposal(2)->executiveSummary.startsWith(QStringLiteral("Coastal")));
}

TEST_CASE("The threshold setting decides the style of proposals without an override",
          "[core][proposals]")
{
    Fixture f;
    OfferStore *s = f.store();
    CHECK(s->styleOf(*s->proposal(1)) == ProposalStyle::Informal);
    WorkspaceSettings settings = f.workspace->settings();
    settings.formalStaffThreshold = 5;
    f.workspace->setSettings(settings);
    CHECK(s->styleOf(*s->proposal(1)) == ProposalStyle::Formal);
    CHECK(f.onDisk().proposals == f.inMemory().proposals);
    auto reopened = Workspace::open(f.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->settings().formalStaffThreshold == 5);
    CHECK((*reopened)->offerStore()->styleOf(*s->proposal(1)) == ProposalStyle::Formal);
}

TEST_CASE("Offer and proposal models stay consistent through edits and undo", "[core][model]")
{
    Fixture f;
    OfferStore *s = f.store();
    OfferListModel offers(s);
    ProposalListModel proposals(s);
    ProposalLinesModel lines(s);
    lines.setProposal(2);
    QAbstractItemModelTester t1(&offers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&proposals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&lines, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(offers.rowCount() == 4);
    CHECK(proposals.rowCount() == 2);
    CHECK(lines.rowCount() == 4);
    CHECK(proposals.data(proposals.index(1, ProposalListModel::Style)).toString()
          == QStringLiteral("Formal"));
    CHECK(proposals.data(proposals.index(1, ProposalListModel::OneOff)).toString()
          == QStringLiteral("$22,700"));

    REQUIRE(offers.setData(offers.index(1, OfferListModel::Name), QStringLiteral("Project")));
    CHECK(s->offer(2)->name == QStringLiteral("Project"));
    REQUIRE(offers.setData(offers.index(1, OfferListModel::Price), QStringLiteral("$19,000")));
    CHECK(s->offer(2)->price == Money(1900000, QStringLiteral("AUD")));

    REQUIRE(lines.setData(lines.index(2, ProposalLinesModel::Quantity), 4));
    CHECK(s->proposal(2)->oneOffTotal() == Money(2410000, QStringLiteral("AUD")));
    CHECK_FALSE(lines.setData(lines.index(2, ProposalLinesModel::Quantity), 0));
    REQUIRE(lines.insertRows(0, 1));
    CHECK(lines.rowCount() == 5);
    REQUIRE(lines.removeRows(0, 2));
    CHECK(lines.rowCount() == 3);

    const qint64 copy = s->duplicateProposal(2);
    CHECK(proposals.rowCount() == 3);
    s->removeOffer(4);
    CHECK(offers.rowCount() == 3);
    while (f.workspace->undoStack()->canUndo())
        f.workspace->undoStack()->undo();
    CHECK(offers.rowCount() == 4);
    CHECK(proposals.rowCount() == 2);
    CHECK(lines.rowCount() == 4);
    CHECK_FALSE(s->proposal(copy).has_value());
}

TEST_CASE("info counts offers", "[core][offers]")
{
    Fixture f;
    const auto counts = f.workspace->counts();
    CHECK(std::find(counts.begin(), counts.end(), std::pair(QStringLiteral("offers"), 4))
          != counts.end());
    CHECK(std::find(counts.begin(), counts.end(), std::pair(QStringLiteral("proposals"), 2))
          != counts.end());
}
