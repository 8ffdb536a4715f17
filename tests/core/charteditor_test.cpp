#include "clientele/core/chartapply.h"
#include "clientele/core/charteditor.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/sampleworkspace.h"

#include "identities.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("chart.clientele"));
    std::unique_ptr<Workspace> workspace;
    ChartEditor *editor = nullptr;

    Fixture()
    {
        REQUIRE(writeSampleWorkspace(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(*opened);
        editor = workspace->chart();
        REQUIRE(editor);
    }

    // What a user would see after closing and opening the file again.
    IcpChart onDisk() const
    {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(file.ok());
        return ChartRepository((*file)->database()).load();
    }

    const IcpChart &chart() const { return editor->chart(); }
    qint64 client(int index) const { return chart().clients().at(index).id; }
    qint64 attribute(StandardAttribute which) const { return chart().attribute(which)->id; }
    QUndoStack *stack() const { return workspace->undoStack(); }
};

// redo -> undo -> redo lands on the same state each way, in memory and in the file, and the
// derived ideal follows.
void checkUndoRedo(Fixture &f, const std::function<void()> &edit)
{
    const IcpChart before = f.onDisk();
    REQUIRE(f.chart() == before);
    const int steps = f.stack()->count();
    edit();
    REQUIRE(f.stack()->count() == steps + 1);
    const IcpChart after = f.onDisk();
    REQUIRE(after != before);
    CHECK(f.chart() == after);
    const QString idealAfter = deriveIdealProfile(after).weightingText();
    f.stack()->undo();
    CHECK(f.chart() == before);
    CHECK(f.onDisk() == before);
    f.stack()->redo();
    CHECK(f.chart() == after);
    CHECK(f.onDisk() == after);
    CHECK(f.editor->ideal().weightingText() == idealAfter);
}

QString idealText(const Fixture &f, StandardAttribute which)
{
    return f.editor->ideal().value(f.attribute(which))->text;
}

} // namespace

TEST_CASE("A new workspace has the standard chart with five clients, stored and counted",
          "[core][chart]")
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("new.clientele")));
    REQUIRE(workspace.ok());
    const IcpChart &chart = (*workspace)->chart()->chart();
    const IcpChart standard = ChartRepository::standardChart(QStringLiteral("AUD"));
    CHECK(test::withUuidsOf(chart, standard) == standard);
    CHECK(ChartRepository((*workspace)->file().database()).isStored());
    // Its items have uuids of their own, and what is shown is what is stored.
    CHECK(chart == ChartRepository((*workspace)->file().database()).load());
    CHECK(test::allDistinct(test::uuidsOf(chart)));
    CHECK(test::shareNone(test::uuidsOf(chart), test::uuidsOf(standard)));
    const auto counts = (*workspace)->counts();
    const auto found = std::find_if(counts.cbegin(), counts.cend(), [](const auto &count) {
        return count.first == QStringLiteral("chartClients");
    });
    REQUIRE(found != counts.cend());
    CHECK(found->second == 5);
}

TEST_CASE("A reopened chart is counted before it is read, and reads as it was left",
          "[core][chart]")
{
    Fixture f;
    const qint64 added = f.editor->addClient(QStringLiteral("Harbour Freight"));
    REQUIRE(added > 0);
    REQUIRE(f.editor->setCellText(added, f.editor->chart().attributes().front().id,
                                  QStringLiteral("40")));
    const IcpChart before = f.editor->chart();
    const int clients = int(before.clients().size());

    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    ChartEditor *editor = (*reopened)->chart();
    CHECK(editor->clientCount() == clients);
    CHECK(editor->chart() == before);
    CHECK(editor->ideal().clientCount == f.editor->ideal().clientCount);
    CHECK(editor->ideal().values.size() == f.editor->ideal().values.size());
    CHECK(editor->clientCount() == clients);
}

TEST_CASE("A change committed before the chart is first read is in it once", "[core][chart]")
{
    Fixture f;
    const int clients = int(f.editor->chart().clients().size());
    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    ChartEditor *editor = (*reopened)->chart();
    // The first thing the reopened editor does is an edit, not a read.
    REQUIRE(editor->addClient(QStringLiteral("Harbour Freight")) != 0);
    CHECK(editor->chart().clients().size() == clients + 1);
    CHECK(editor->chart() == f.onDisk());
}

TEST_CASE("Every chart edit is one undo step that redoes to the same state", "[core][chart]")
{
    Fixture f;
    const qint64 employees = f.attribute(StandardAttribute::Employees);

    SECTION("set one cell")
    {
        checkUndoRedo(f, [&] {
            REQUIRE(f.editor->setCellText(f.client(0), employees, QStringLiteral("20-50")));
        });
        CHECK(f.chart().cellText(f.client(0), employees) == QStringLiteral("20–50"));
    }
    SECTION("set a block of cells")
    {
        checkUndoRedo(f, [&] {
            REQUIRE(f.editor->setCells({{f.client(0), employees, ChartValue()},
                                        {f.client(1), employees, ChartValue::fromNumber({9, 9})},
                                        {f.client(2), f.attribute(StandardAttribute::ReferredUs),
                                         ChartValue::fromYesNo(false)}},
                                       QStringLiteral("Paste")));
        });
    }
    SECTION("add a client")
    {
        checkUndoRedo(f, [&] { CHECK(f.editor->addClient({}, 1) > 0); });
        CHECK(f.chart().clients().at(1).name == QStringLiteral("Client #6"));
    }
    SECTION("add a client and name it")
    {
        checkUndoRedo(f, [&] {
            const qint64 added = f.editor->addClient();
            REQUIRE(f.editor->nameNewClient(added, QStringLiteral("Harbour Freight")));
        });
        CHECK(f.chart().clients().back().name == QStringLiteral("Harbour Freight"));
        CHECK(f.stack()->undoText() == QStringLiteral("Add client \u201cHarbour Freight\u201d"));
    }
    SECTION("remove a client with its cells")
    {
        checkUndoRedo(f, [&] { REQUIRE(f.editor->removeClient(f.client(2))); });
    }
    SECTION("move a client")
    {
        checkUndoRedo(f, [&] { REQUIRE(f.editor->moveClient(f.client(0), 3)); });
    }
    SECTION("rename a client")
    {
        checkUndoRedo(
            f, [&] { REQUIRE(f.editor->renameClient(f.client(4), QStringLiteral("Client #5"))); });
    }
    SECTION("unmark a reference client")
    {
        checkUndoRedo(f, [&] { REQUIRE(f.editor->setClientReference(f.client(3), false)); });
    }
    SECTION("add an attribute")
    {
        // Given with its uuid, the attribute is stored and redone with that identity.
        Attribute software{0, {}, QStringLiteral("Software"), AttributeType::Tags, {}, {}};
        software.uuid = QUuid::createUuid();
        checkUndoRedo(f, [&] { CHECK(f.editor->addAttribute(software, 2) > 0); });
        CHECK(f.chart().attributes().at(2).label == QStringLiteral("Software"));
    }
    SECTION("rename an attribute")
    {
        checkUndoRedo(
            f, [&] { REQUIRE(f.editor->renameAttribute(employees, QStringLiteral("Staff"))); });
    }
    SECTION("retype an attribute, clearing cells that do not fit")
    {
        const qint64 industry = f.attribute(StandardAttribute::Industry);
        checkUndoRedo(f, [&] {
            auto cleared = f.editor->retypeAttribute(industry, AttributeType::NumberOrRange);
            REQUIRE(cleared.ok());
            CHECK(*cleared == 5);
        });
        CHECK(f.chart().attribute(industry)->type == AttributeType::NumberOrRange);
    }
    SECTION("retype an attribute, keeping cells that fit")
    {
        const qint64 industry = f.attribute(StandardAttribute::Industry);
        checkUndoRedo(f,
                      [&] { REQUIRE(f.editor->retypeAttribute(industry, AttributeType::Text)); });
        CHECK(*f.chart().value(f.client(0), industry).text() == QStringLiteral("Trade services"));
    }
    SECTION("remove an attribute with its cells")
    {
        checkUndoRedo(f, [&] { REQUIRE(f.editor->removeAttribute(employees)); });
    }
    SECTION("move an attribute")
    {
        checkUndoRedo(f, [&] { REQUIRE(f.editor->moveAttribute(employees, 6)); });
    }
    SECTION("change the weighting")
    {
        checkUndoRedo(f, [&] { f.editor->setWeighting(Weighting::BySpend); });
        CHECK(f.editor->ideal().weighting == Weighting::BySpend);
    }
    SECTION("flip the chart")
    {
        checkUndoRedo(f, [&] { f.editor->flipOrientation(); });
        CHECK(f.chart().orientation() == ChartOrientation::ClientsAsRows);
    }
}

TEST_CASE("Naming a client joins its add only when nothing came between", "[core][chart]")
{
    Fixture f;
    const int steps = f.stack()->count();
    const qint64 added = f.editor->addClient();
    REQUIRE(f.editor->setClientReference(f.client(0), false));
    REQUIRE(f.editor->nameNewClient(added, QStringLiteral("Harbour Freight")));
    CHECK(f.stack()->count() == steps + 3);
    CHECK(f.stack()->undoText() == QStringLiteral("Rename client to \u201cHarbour Freight\u201d"));
    f.stack()->undo();
    CHECK(f.chart().client(added)->name == QStringLiteral("Client #6"));
    CHECK(f.onDisk().client(added)->name == QStringLiteral("Client #6"));

    // A blank name keeps the proposed one.
    REQUIRE(f.editor->nameNewClient(added, QStringLiteral("  ")));
    CHECK(f.chart().client(added)->name == QStringLiteral("Client #6"));

    // Adding another client, or removing the new one, is a step of its own.
    const qint64 second = f.editor->addClient();
    const qint64 third = f.editor->addClient();
    REQUIRE(f.editor->removeClient(third));
    CHECK(f.stack()->count() == steps + 5);
    CHECK(f.chart().client(second) != nullptr);
}

TEST_CASE("Refused chart input changes nothing and says what is expected", "[core][chart]")
{
    Fixture f;
    const int steps = f.stack()->count();
    const Status refused = f.editor->setCellText(
        f.client(0), f.attribute(StandardAttribute::Employees), QStringLiteral("lots"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Expected a number")));
    CHECK_FALSE(f.editor->renameClient(f.client(0), QStringLiteral("  ")).ok());
    CHECK_FALSE(f.editor->removeClient(999).ok());
    // Typing the value a cell already holds is no step at all.
    CHECK(f.editor->setCellText(f.client(0), f.attribute(StandardAttribute::Employees),
                                QStringLiteral("45")));
    CHECK(f.stack()->count() == steps);
}

TEST_CASE("The ideal profile is recomputed after every edit", "[core][chart]")
{
    Fixture f;
    const qint64 industry = f.attribute(StandardAttribute::Industry);
    QSignalSpy changed(f.editor, &ChartEditor::chartChanged);
    CHECK(idealText(f, StandardAttribute::Industry).contains(QStringLiteral("of 5")));

    QList<ChartEntry> law;
    for (const ChartClient &client : f.chart().clients())
        law.append({client.id, industry, ChartValue::fromText(QStringLiteral("Law"))});
    REQUIRE(f.editor->setCells(law, QStringLiteral("Fill")));
    CHECK(changed.count() == 1);
    CHECK(idealText(f, StandardAttribute::Industry).startsWith(QStringLiteral("Law — 5 of 5")));

    REQUIRE(f.editor->setClientReference(f.client(0), false));
    CHECK(f.editor->ideal().clientCount == 4);
    CHECK(idealText(f, StandardAttribute::Industry).startsWith(QStringLiteral("Law — 4 of 4")));

    f.stack()->undo();
    f.stack()->undo();
    CHECK(f.editor->ideal().clientCount == 5);
    CHECK_FALSE(idealText(f, StandardAttribute::Industry).startsWith(QStringLiteral("Law")));
    CHECK(changed.count() == 4);
}

TEST_CASE("Applying the chart to a profile previews the change and is one undo step",
          "[core][chart]")
{
    Fixture f;
    const qint64 profileId = f.workspace->profiles()->all().front().id;
    const CustomerProfile original = *f.workspace->profiles()->find(profileId);

    // A software attribute of the user's own feeds the technographics.
    const qint64 software =
        f.editor->addAttribute({0, {}, QStringLiteral("Software"), AttributeType::Tags, {}, {}});
    QList<ChartEntry> cells;
    for (const ChartClient &client : f.chart().clients())
        cells.append({client.id, software, ChartValue::fromTags({QStringLiteral("MYOB")})});
    REQUIRE(f.editor->setCells(cells, QStringLiteral("Fill")));

    auto preview = f.editor->previewApplyToProfile(profileId);
    REQUIRE(preview.ok());
    CHECK(preview->before == original);
    QStringList fields;
    for (const ChartApplyChange &change : preview->changes)
        fields << change.field;
    CHECK(fields
          == QStringList{QStringLiteral("industry"), QStringLiteral("businessSize"),
                         QStringLiteral("businessType"), QStringLiteral("technographics")});
    CHECK(preview->after.segment.businessSize == StaffRange{8, 200});
    CHECK(preview->after.segment.technographics.last().text == QStringLiteral("MYOB"));
    // The existing technographics keep their ids; untouched fields stay as they were.
    CHECK(preview->after.segment.technographics.first() == original.segment.technographics.first());
    CHECK(preview->after.segment.demographics == original.segment.demographics);
    CHECK(preview->after.segment.customer == original.segment.customer);

    const int steps = f.stack()->count();
    REQUIRE(f.editor->applyToProfile(*preview));
    CHECK(f.stack()->count() == steps + 1);
    const CustomerProfile applied = *f.workspace->profiles()->find(profileId);
    CHECK(applied.segment.industry == preview->after.segment.industry);
    CHECK(applied.segment.businessSize == StaffRange{8, 200});
    CHECK(applied.segment.technographics.last().text == QStringLiteral("MYOB"));

    // A stale preview is refused rather than undoing the newer edit.
    CHECK_FALSE(f.editor->applyToProfile(*preview).ok());

    f.stack()->undo();
    CHECK(*f.workspace->profiles()->find(profileId) == original);
    f.stack()->redo();
    CHECK(f.workspace->profiles()->find(profileId)->segment.industry == applied.segment.industry);
}

TEST_CASE("Apply to profile leaves hand-written text and weak majorities unticked", "[core][chart]")
{
    Fixture f;
    const QStringList industries = {QStringLiteral("Manufacturing"),
                                    QStringLiteral("Manufacturing"),
                                    QStringLiteral("Manufacturing"), QStringLiteral("Engineering"),
                                    QStringLiteral("Engineering")};
    QList<ChartEntry> cells;
    for (int i = 0; i < 5; ++i) {
        cells.append({f.client(i), f.attribute(StandardAttribute::Industry),
                      ChartValue::fromText(industries.at(i))});
        cells.append({f.client(i), f.attribute(StandardAttribute::BusinessType),
                      ChartValue::fromText(QStringLiteral("Family business"))});
    }
    REQUIRE(f.editor->setCells(cells, QStringLiteral("Fill")));
    const IdealProfile ideal = deriveIdealProfile(f.chart(), Weighting::Equal);

    CustomerProfile profile;
    profile.segment.businessType =
        QStringLiteral("Sells, installs and services industrial equipment for farms.");
    auto byField = [&](const CustomerProfile &p) {
        QMap<QString, ChartApplyChange> changes;
        for (const ChartApplyChange &change : previewChartApply(f.chart(), ideal, p).changes)
            changes.insert(change.field, change);
        return changes;
    };
    auto changes = byField(profile);
    // Three of five (60%) is below two thirds.
    REQUIRE(changes.contains(QStringLiteral("industry")));
    CHECK(changes[QStringLiteral("industry")].doubt == ChartApplyDoubt::WeakMajority);
    CHECK(changes[QStringLiteral("industry")].share == Approx(0.6));
    // A unanimous value still does not replace a longer description of the profile's own.
    CHECK(changes[QStringLiteral("businessType")].after == QStringLiteral("Family business"));
    CHECK(changes[QStringLiteral("businessType")].doubt == ChartApplyDoubt::HandWritten);
    CHECK(changes[QStringLiteral("businessSize")].suggested());
    // A staff range is a value, not a description: a longer one is still replaced.
    profile.segment.businessSize = StaffRange{50, 2000};
    CHECK(byField(profile)[QStringLiteral("businessSize")].suggested());

    // Shorter or empty text is replaced by a strong majority.
    profile.segment.businessType = QStringLiteral("Family");
    changes = byField(profile);
    CHECK(changes[QStringLiteral("businessType")].suggested());
    profile.segment.businessType.clear();
    CHECK(byField(profile)[QStringLiteral("businessType")].suggested());

    // Only the chosen fields change.
    const auto preview = previewChartApply(f.chart(), ideal, profile);
    const CustomerProfile chosen = preview.chosen({QStringLiteral("businessType")});
    CHECK(chosen.segment.businessType == QStringLiteral("Family business"));
    CHECK(chosen.segment.industry == profile.segment.industry);
    CHECK(chosen.segment.businessSize == profile.segment.businessSize);
}
