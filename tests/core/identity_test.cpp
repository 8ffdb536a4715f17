#include "clientele/core/charteditor.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/sampleworkspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        REQUIRE(writeSampleWorkspace(path).ok());
        workspace = std::move(*Workspace::open(path));
        REQUIRE(workspace);
    }
    QUndoStack *undo() const { return workspace->undoStack(); }
};

} // namespace

TEST_CASE("A duplicate is a new item with identities of its own", "[core][identity]")
{
    Fixture f;
    ProfileStore *profiles = f.workspace->profiles();
    const CustomerProfile original = profiles->all().constFirst();
    const CustomerProfile copy = *profiles->find(profiles->duplicate(original.id));
    CHECK(!copy.uuid.isNull());
    CHECK(copy.uuid != original.uuid);
    REQUIRE(copy.obstacles.size() == original.obstacles.size());
    for (qsizetype i = 0; i < copy.obstacles.size(); ++i)
        CHECK(copy.obstacles[i].uuid != original.obstacles[i].uuid);

    OfferCatalogue *offers = f.workspace->offers();
    const Offer offer = offers->all().constFirst();
    CHECK(offers->find(offers->duplicate(offer.id))->uuid != offer.uuid);

    ProposalBook *proposals = f.workspace->proposals();
    const Proposal proposal = proposals->all().constLast();
    const Proposal duplicate = *proposals->find(proposals->duplicate(proposal.id));
    CHECK(duplicate.uuid != proposal.uuid);
    REQUIRE(duplicate.lines.size() == proposal.lines.size());
    for (qsizetype i = 0; i < duplicate.lines.size(); ++i)
        CHECK(duplicate.lines[i].uuid != proposal.lines[i].uuid);
}

TEST_CASE("Undo and redo bring an item back with the same identity", "[core][identity]")
{
    Fixture f;
    ProfileStore *profiles = f.workspace->profiles();
    const CustomerProfile profile = profiles->all().constFirst();
    profiles->remove(profile.id);
    f.undo()->undo();
    CHECK(profiles->find(profile.id)->uuid == profile.uuid);

    ChartEditor *chart = f.workspace->chart();
    const qint64 client = chart->addClient(QStringLiteral("Harbour Freight"));
    const QUuid added = chart->chart().client(client)->uuid;
    CHECK(!added.isNull());
    f.undo()->undo();
    f.undo()->redo();
    CHECK(chart->chart().client(client)->uuid == added);
    // The file agrees with memory.
    auto reopened = Workspace::open(f.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->chart()->chart().client(client)->uuid == added);

    Attribute industry;
    industry.label = QStringLiteral("Ownership");
    industry.type = AttributeType::Text;
    const qint64 attribute = chart->addAttribute(industry);
    const QUuid attributeUuid = chart->chart().attribute(attribute)->uuid;
    f.undo()->undo();
    f.undo()->redo();
    CHECK(chart->chart().attribute(attribute)->uuid == attributeUuid);
    auto again = Workspace::open(f.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(again.ok());
    CHECK((*again)->chart()->chart().attribute(attribute)->uuid == attributeUuid);
}
