#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
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

    OfferCatalogue *offers() const { return workspace->offers(); }
    ProposalBook *proposals() const { return workspace->proposals(); }

    struct State {
        QList<Offer> offers;
        QList<Proposal> proposals;
        friend bool operator==(const State &, const State &) = default;
    };
    State inMemory() const { return {offers()->all(), proposals()->all()}; }
    // What a user would see after reopening: the file's content.
    State onDisk() const
    {
        auto reopened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(reopened.ok());
        return {(*reopened)->offers()->all(), (*reopened)->proposals()->all()};
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
    OfferCatalogue *s = f.offers();
    checkUndoRedo(f, QStringLiteral("add"), [&] {
        Offer o;
        o.name = QStringLiteral("Licence");
        o.kind = OfferKind::Product;
        o.price = Money(49900, {});
        REQUIRE(s->add(o).ok());
    });
    checkUndoRedo(f, QStringLiteral("name"),
                  [&] { REQUIRE(s->setName(2, QStringLiteral("Odoo project")).ok()); });
    checkUndoRedo(f, QStringLiteral("kind"),
                  [&] { REQUIRE(s->setKind(4, OfferKind::FixedPriceProject).ok()); });
    checkUndoRedo(f, QStringLiteral("promise"),
                  [&] { REQUIRE(s->setPromise(2, QStringLiteral("Better")).ok()); });
    checkUndoRedo(f, QStringLiteral("price"), [&] {
        REQUIRE(s->setPrice(3, Money(180000, QStringLiteral("AUD"))).ok());
        CHECK(s->find(3)->retainer.monthlyFee == Money(180000, QStringLiteral("AUD")));
    });
    checkUndoRedo(f, QStringLiteral("list"), [&] {
        REQUIRE(s->setList(2, OfferList::Excluded, {QStringLiteral("Hardware")}).ok());
    });
    checkUndoRedo(f, QStringLiteral("answers"), [&] { REQUIRE(s->setAnswers(2, {5, 6}).ok()); });
    checkUndoRedo(f, QStringLiteral("terms"), [&] {
        Offer retainer = *s->find(3);
        retainer.retainer.unusedHoursCarryOver = true;
        retainer.retainer.hoursPerMonth = 10;
        REQUIRE(s->update(retainer, QStringLiteral("Change retainer terms")).ok());
    });
    checkUndoRedo(f, QStringLiteral("onto ladder"),
                  [&] { REQUIRE(s->setLadderStage(4, LadderStage::Core).ok()); });
    checkUndoRedo(f, QStringLiteral("step"),
                  [&] { REQUIRE(s->setStepToNext(1, QStringLiteral("Then")).ok()); });
    checkUndoRedo(f, QStringLiteral("move"), [&] { REQUIRE(s->moveOnLadder(3, -1).ok()); });
    checkUndoRedo(f, QStringLiteral("off ladder"),
                  [&] { REQUIRE(s->setLadderStage(1, std::nullopt).ok()); });
    checkUndoRedo(f, QStringLiteral("duplicate"), [&] { REQUIRE(s->duplicate(3) > 0); });
    checkUndoRedo(f, QStringLiteral("remove"), [&] { s->remove(2); });

    CHECK_FALSE(s->setName(2, QString()).ok());
    Offer negative = *s->find(3);
    negative.retainer.hoursPerMonth = -1;
    CHECK_FALSE(s->update(negative, QStringLiteral("Change retainer terms")).ok());
    CHECK_FALSE(s->setPrice(2, Money(-1, {})).ok());
}

TEST_CASE("Every proposal edit is one undo step, duplicates included", "[core][proposals]")
{
    Fixture f;
    ProposalBook *s = f.proposals();
    checkUndoRedo(f, QStringLiteral("add"), [&] {
        Proposal p;
        p.prospect.company = QStringLiteral("New Co");
        auto id = s->add(p);
        REQUIRE(id.ok());
        CHECK(s->find(*id)->number.startsWith(QStringLiteral("P-")));
        CHECK(s->find(*id)->validUntil == s->find(*id)->issued.addDays(30));
    });
    checkUndoRedo(f, QStringLiteral("status"), [&] { REQUIRE(s->closeWon(2, {}, {}, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("style"), [&] {
        REQUIRE(s->setStyle(2, ProposalStyle::Informal).ok());
        CHECK(s->styleOf(*s->find(2)) == ProposalStyle::Informal);
    });
    checkUndoRedo(f, QStringLiteral("prospect"), [&] {
        Proposal p = *s->find(1);
        p.prospect.staff = 25;
        REQUIRE(s->update(p, QStringLiteral("Edit prospect"), MergeId::ProposalStaff).ok());
        CHECK(s->styleOf(*s->find(1)) == ProposalStyle::Formal);
    });
    checkUndoRedo(f, QStringLiteral("needs"),
                  [&] { REQUIRE(s->setNeeds(1, {QStringLiteral("n")}).ok()); });
    checkUndoRedo(f, QStringLiteral("wants"), [&] { REQUIRE(s->setWants(1, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("offer line"),
                  [&] { REQUIRE(s->addOfferLine(1, *f.offers()->find(2), 1).ok()); });
    checkUndoRedo(f, QStringLiteral("lines"), [&] { REQUIRE(s->setLines(1, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("risks"), [&] { REQUIRE(s->setRisks(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("milestones"), [&] { REQUIRE(s->setMilestones(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("benefits"), [&] { REQUIRE(s->setBenefits(2, {}).ok()); });
    checkUndoRedo(f, QStringLiteral("terms"), [&] {
        Proposal p = *s->find(2);
        p.terms = QStringLiteral("t");
        REQUIRE(s->update(p, QStringLiteral("Edit proposal"), MergeId::ProposalTerms).ok());
    });
    checkUndoRedo(f, QStringLiteral("next"), [&] {
        Proposal p = *s->find(2);
        p.nextStep = QStringLiteral("c");
        REQUIRE(s->update(p, QStringLiteral("Edit proposal"), MergeId::ProposalNextStep).ok());
    });
    checkUndoRedo(f, QStringLiteral("summary"), [&] {
        Proposal p = *s->find(2);
        p.executiveSummary = QStringLiteral("s");
        REQUIRE(s->update(p, QStringLiteral("Edit proposal"), MergeId::ProposalSummary).ok());
    });
    checkUndoRedo(f, QStringLiteral("validity"),
                  [&] { REQUIRE(s->setValidUntil(2, QDate(2027, 1, 1)).ok()); });
    checkUndoRedo(f, QStringLiteral("profile"), [&] { REQUIRE(s->setProfile(2, 2).ok()); });
    checkUndoRedo(f, QStringLiteral("duplicate"), [&] {
        const qint64 copy = s->duplicate(2);
        REQUIRE(copy > 0);
        const Proposal original = *s->find(2);
        const Proposal duplicate = *s->find(copy);
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
    checkUndoRedo(f, QStringLiteral("remove"), [&] { s->remove(1); });

    Proposal clash;
    clash.number = QStringLiteral("P-2026-002");
    CHECK_FALSE(s->add(clash).ok());
    CHECK(s->findByNumber(QStringLiteral("p-2026-002"))->id == 2);
    CHECK(s->findByNumber(QStringLiteral("2"))->id == 2);
    CHECK_FALSE(s->findByNumber(QStringLiteral("P-1999-001")).has_value());
}

TEST_CASE("Typing into a proposal's text merges into one undo step", "[core][proposals]")
{
    Fixture f;
    ProposalBook *s = f.proposals();
    const int steps = f.workspace->undoStack()->count();
    for (const QString &text :
         {QStringLiteral("W"), QStringLiteral("We"), QStringLiteral("We r")}) {
        Proposal p = *s->find(2);
        p.executiveSummary = text;
        REQUIRE(s->update(p, QStringLiteral("Edit proposal"), MergeId::ProposalSummary).ok());
    }
    CHECK(f.workspace->undoStack()->count() == steps + 1);
    f.workspace->undoStack()->undo();
    CHECK(s->find(2)->executiveSummary.startsWith(QStringLiteral("Coastal")));
}

TEST_CASE("The threshold setting decides the style of proposals without an override",
          "[core][proposals]")
{
    Fixture f;
    ProposalBook *s = f.proposals();
    CHECK(s->styleOf(*s->find(1)) == ProposalStyle::Informal);
    WorkspaceSettings settings = f.workspace->settings();
    settings.formalStaffThreshold = 5;
    f.workspace->setSettings(settings);
    CHECK(s->styleOf(*s->find(1)) == ProposalStyle::Formal);
    CHECK(f.onDisk().proposals == f.inMemory().proposals);
    auto reopened = Workspace::open(f.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->settings().formalStaffThreshold == 5);
    CHECK((*reopened)->proposals()->styleOf(*s->find(1)) == ProposalStyle::Formal);
}

TEST_CASE("Offer and proposal models stay consistent through edits and undo", "[core][model]")
{
    Fixture f;
    ProposalBook *s = f.proposals();
    OfferListModel offers(f.offers());
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
    CHECK(f.offers()->find(2)->name == QStringLiteral("Project"));
    REQUIRE(offers.setData(offers.index(1, OfferListModel::Price), QStringLiteral("$19,000")));
    CHECK(f.offers()->find(2)->price == Money(1900000, QStringLiteral("AUD")));

    REQUIRE(lines.setData(lines.index(2, ProposalLinesModel::Quantity), 4));
    CHECK(s->find(2)->oneOffTotal() == Money(2410000, QStringLiteral("AUD")));
    CHECK_FALSE(lines.setData(lines.index(2, ProposalLinesModel::Quantity), 0));
    REQUIRE(lines.insertRows(0, 1));
    CHECK(lines.rowCount() == 5);
    REQUIRE(lines.removeRows(0, 2));
    CHECK(lines.rowCount() == 3);

    const qint64 copy = s->duplicate(2);
    CHECK(proposals.rowCount() == 3);
    f.offers()->remove(4);
    CHECK(offers.rowCount() == 3);
    while (f.workspace->undoStack()->canUndo())
        f.workspace->undoStack()->undo();
    CHECK(offers.rowCount() == 4);
    CHECK(proposals.rowCount() == 2);
    CHECK(lines.rowCount() == 4);
    CHECK_FALSE(s->find(copy).has_value());
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
