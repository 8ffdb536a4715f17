// The Edit menu names the step Undo takes back: each names what changed in a sentence of its
// own, so no name is cut into lower case and a translation can inflect it.

#include "clientele/core/charteditor.h"
#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

TEST_CASE("Undo texts name what changed in a sentence of their own", "[core][undo]")
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("w.clientele")));
    REQUIRE(created.ok());
    const std::unique_ptr<Workspace> workspace = std::move(*created);
    const auto undoText = [&] { return workspace->undoStack()->undoText(); };

    SECTION("profile fields and lists")
    {
        ProfileStore *profiles = workspace->profiles();
        const qint64 id = profiles->add(QStringLiteral("Owner"));
        REQUIRE(
            profiles->setField(id, ProfileField::Demographics, QStringLiteral("Owners, 40-60")));
        CHECK(undoText() == QStringLiteral("Edit the demographics"));
        REQUIRE(profiles->setField(id, ProfileField::Name, QStringLiteral("Owner-manager")));
        CHECK(undoText() == QStringLiteral("Rename the profile"));
        profiles->insertListItem(id, ProfileList::Obstacles, 0,
                                 {0, QStringLiteral("Cash flow"), {}});
        CHECK(undoText() == QStringLiteral("Add to the obstacles"));
        profiles->editListItem(id, ProfileList::Obstacles, 0, QStringLiteral("Late payers"), {});
        CHECK(undoText() == QStringLiteral("Edit the obstacles"));

        ProfileItemsModel exclusions(workspace.get(), ProfileList::Exclusions);
        exclusions.setProfile(id);
        REQUIRE(exclusions.insertRows(0, 2));
        CHECK(undoText() == QStringLiteral("Add to the \u201cNot our customer\u201d list"));
        REQUIRE(exclusions.removeRows(0, 1));
        CHECK(undoText() == QStringLiteral("Remove from the \u201cNot our customer\u201d list"));
    }

    SECTION("an offer's list")
    {
        Offer offer;
        offer.name = QStringLiteral("Systems review");
        offer.kind = OfferKind::FreeAssessment;
        const auto id = workspace->offers()->add(offer);
        REQUIRE(id.ok());
        REQUIRE(workspace->offers()->setList(*id, OfferList::Findings,
                                             {QStringLiteral("A written plan")}));
        CHECK(undoText() == QStringLiteral("Edit what the client keeps"));
    }

    SECTION("a prospect's status")
    {
        Prospect prospect;
        prospect.company = QStringLiteral("Hunter Valley Joinery");
        const qint64 id = workspace->prospects()->add(prospect);
        REQUIRE(workspace->prospects()->setStatus(id, ProspectStatus::ProposalSent));
        CHECK(undoText() == QStringLiteral("Mark that a proposal was sent"));
        REQUIRE(workspace->prospects()->setStatus(id, ProspectStatus::NotAFit));
        CHECK(undoText() == QStringLiteral("Mark prospect as not a fit"));
    }

    SECTION("the chart's weighting and an attribute's type")
    {
        ChartEditor *chart = workspace->chart();
        chart->setWeighting(Weighting::BySpend);
        CHECK(undoText() == QStringLiteral("Weight clients by spend"));
        chart->setWeighting(Weighting::Equal);
        CHECK(undoText() == QStringLiteral("Weight clients equally"));
        const qint64 industry = chart->chart().attribute(StandardAttribute::Industry)->id;
        REQUIRE(chart->retypeAttribute(industry, AttributeType::Text).ok());
        CHECK(undoText() == QStringLiteral("Change attribute type to \u201cText\u201d"));
    }
}
