#include "clientele/core/charteditor.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace =
        std::move(*Workspace::create(dir.filePath(QStringLiteral("w.clientele"))));

    qint64 attribute(StandardAttribute which) const
    {
        return workspace->chart()->chart().attribute(which)->id;
    }
    qint64 prospect(const QString &staff)
    {
        Prospect p;
        p.company = QStringLiteral("Hunter Valley Joinery");
        p.contact = QStringLiteral("Sam Reid");
        p.systems = QStringLiteral("MYOB, spreadsheets");
        p.values.insert(attribute(StandardAttribute::Industry),
                        ChartValue::fromText(QStringLiteral("Manufacturing")));
        const qint64 id = workspace->prospects()->add(p);
        if (!staff.isEmpty())
            REQUIRE(workspace->prospects()->setValueText(
                id, attribute(StandardAttribute::Employees), staff));
        return id;
    }
};

} // namespace

TEST_CASE("A proposal made from a prospect takes its company, contact, staff, industry and "
          "systems",
          "[core][prospects][proposals]")
{
    Fixture f;
    const qint64 prospectId = f.prospect(QStringLiteral("8-15"));
    const auto made = f.workspace->proposals()->addFromProspect(prospectId);
    REQUIRE(made.ok());
    const Proposal p = *f.workspace->proposals()->find(*made);
    CHECK(p.prospectId == prospectId);
    CHECK(p.prospect.company == QStringLiteral("Hunter Valley Joinery"));
    CHECK(p.prospect.contact == QStringLiteral("Sam Reid"));
    CHECK(p.prospect.staff == 8); // the range's lower bound
    CHECK(p.prospect.industry == QStringLiteral("Manufacturing"));
    CHECK(p.prospect.currentSystems == QStringLiteral("MYOB, spreadsheets"));
    // Below the default threshold of 20 staff a proposal is a letter.
    CHECK(f.workspace->proposals()->styleOf(p) == ProposalStyle::Informal);
}

TEST_CASE("A prospect of 120 staff gets a formal proposal", "[core][prospects][proposals]")
{
    Fixture f;
    const auto made = f.workspace->proposals()->addFromProspect(f.prospect(QStringLiteral("120")));
    REQUIRE(made.ok());
    const Proposal p = *f.workspace->proposals()->find(*made);
    CHECK(p.prospect.staff == 120);
    CHECK(f.workspace->proposals()->styleOf(p) == ProposalStyle::Formal);
}

TEST_CASE("Winning a proposal marks its prospect won in the same undo step",
          "[core][prospects][proposals]")
{
    Fixture f;
    const qint64 prospectId = f.prospect({});
    const qint64 proposalId = *f.workspace->proposals()->addFromProspect(prospectId);
    QUndoStack *undo = f.workspace->undoStack();
    const int steps = undo->count();
    REQUIRE(f.workspace->proposals()->closeWon(proposalId, {}, {}, {}));
    CHECK(undo->count() == steps + 1);
    CHECK(f.workspace->prospects()->find(prospectId)->status == ProspectStatus::Won);
    undo->undo();
    CHECK(f.workspace->prospects()->find(prospectId)->status == ProspectStatus::New);
    CHECK(f.workspace->proposals()->find(proposalId)->status == ProposalStatus::Draft);
    undo->redo();
    CHECK(f.workspace->prospects()->find(prospectId)->status == ProspectStatus::Won);
}

TEST_CASE("A proposal whose prospect was deleted can still be edited",
          "[core][prospects][proposals]")
{
    Fixture f;
    const qint64 prospectId = f.prospect({});
    const qint64 proposalId = *f.workspace->proposals()->addFromProspect(prospectId);
    f.workspace->prospects()->remove(prospectId);
    REQUIRE(f.workspace->proposals()->closeWon(proposalId, {}, {}, {}));
    CHECK(f.workspace->proposals()->find(proposalId)->status == ProposalStatus::Accepted);
}
