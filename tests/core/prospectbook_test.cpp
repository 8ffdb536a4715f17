#include "clientele/core/charteditor.h"
#include "clientele/core/history.h"
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
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        workspace = std::move(*Workspace::create(path));
        REQUIRE(workspace);
        workspace->setAuthor(QStringLiteral("Dana"));
    }

    ProspectBook *prospects() const { return workspace->prospects(); }
    QUndoStack *undo() const { return workspace->undoStack(); }
    qint64 attribute(StandardAttribute which) const
    {
        return workspace->chart()->chart().attribute(which)->id;
    }
    // What another program reading the file finds.
    QList<Prospect> onDisk() const
    {
        auto reopened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(reopened.ok());
        return (*reopened)->prospects()->all();
    }
    QList<ChangeRecord> history(qint64 id) const
    {
        return workspace->history()->ofItem(History::kProspect, id);
    }
};

Prospect named(const QString &company)
{
    Prospect p;
    p.company = company;
    return p;
}

} // namespace

TEST_CASE("A prospect is added, kept in the file, and undone and redone", "[core][prospects]")
{
    Fixture f;
    CHECK(f.prospects()->count() == 0);
    Prospect hunter = named(QStringLiteral("  Hunter Valley Joinery "));
    hunter.contact = QStringLiteral("Sam Reid");
    hunter.values.insert(f.attribute(StandardAttribute::Employees),
                         ChartValue::fromNumber({12, 12}));
    const qint64 id = f.prospects()->add(hunter);
    REQUIRE(id > 0);
    REQUIRE(f.onDisk().size() == 1);
    const Prospect stored = f.onDisk().first();
    CHECK(stored.company == QStringLiteral("Hunter Valley Joinery"));
    CHECK(stored.contact == QStringLiteral("Sam Reid"));
    CHECK(stored.value(f.attribute(StandardAttribute::Employees))
          == ChartValue::fromNumber({12, 12}));
    CHECK_FALSE(stored.uuid.isNull());
    CHECK(f.undo()->undoText() == QStringLiteral("Add prospect Hunter Valley Joinery"));

    f.undo()->undo();
    CHECK(f.prospects()->count() == 0);
    CHECK(f.onDisk().isEmpty());
    f.undo()->redo();
    REQUIRE(f.onDisk().size() == 1);
    CHECK(f.onDisk().first().id == id);
    CHECK(f.onDisk().first().uuid == stored.uuid); // the same prospect comes back
}

TEST_CASE("A prospect without a company is called New prospect", "[core][prospects]")
{
    Fixture f;
    const qint64 id = f.prospects()->add(named(QStringLiteral("   ")));
    CHECK(f.prospects()->find(id)->company == QStringLiteral("New prospect"));
}

TEST_CASE("A prospect is counted in the file before the prospects are read", "[core][prospects]")
{
    Fixture f;
    f.prospects()->add(named(QStringLiteral("A")));
    f.prospects()->add(named(QStringLiteral("B")));
    auto reopened = Workspace::open(f.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->prospects()->count() == 2);
}

TEST_CASE("Duplicating and deleting a prospect are undoable", "[core][prospects]")
{
    Fixture f;
    Prospect p = named(QStringLiteral("Maitland Motors"));
    p.status = ProspectStatus::Qualified;
    p.values.insert(f.attribute(StandardAttribute::Industry),
                    ChartValue::fromText(QStringLiteral("Automotive")));
    const qint64 id = f.prospects()->add(p);
    const qint64 copy = f.prospects()->duplicate(id);
    REQUIRE(copy > 0);
    REQUIRE(copy != id);
    const Prospect duplicate = *f.prospects()->find(copy);
    CHECK(duplicate.company == QStringLiteral("Maitland Motors (copy)"));
    CHECK(duplicate.status == ProspectStatus::New);
    CHECK(duplicate.value(f.attribute(StandardAttribute::Industry))
          == ChartValue::fromText(QStringLiteral("Automotive")));
    CHECK(duplicate.uuid != f.prospects()->find(id)->uuid);
    CHECK(f.onDisk().size() == 2);

    f.prospects()->remove(id);
    CHECK_FALSE(f.prospects()->find(id));
    CHECK(f.onDisk().size() == 1);
    f.undo()->undo();
    REQUIRE(f.prospects()->find(id));
    CHECK(f.onDisk().size() == 2);
    CHECK(f.prospects()->find(id)->value(f.attribute(StandardAttribute::Industry))
          == ChartValue::fromText(QStringLiteral("Automotive")));
    f.undo()->redo();
    CHECK(f.onDisk().size() == 1);
}

TEST_CASE("Typing into a prospect's field is one undo step and one history row",
          "[core][prospects][history]")
{
    Fixture f;
    const qint64 id = f.prospects()->add(named(QStringLiteral("Cessnock Cellars")));
    const int steps = f.undo()->count();
    for (const QString &notes :
         {QStringLiteral("M"), QStringLiteral("Me"), QStringLiteral("Met at expo")}) {
        Prospect p = *f.prospects()->find(id);
        p.notes = notes;
        REQUIRE(f.prospects()->update(p, QStringLiteral("Edit notes"), MergeId::ProspectNotes));
    }
    CHECK(f.undo()->count() == steps + 1);
    const auto rows = f.history(id);
    REQUIRE(rows.size() == 2); // newest first: the notes, then the creation
    CHECK(rows[0].field == QStringLiteral("notes"));
    CHECK(rows[0].label == QStringLiteral("Notes"));
    CHECK(rows[0].oldValue.isEmpty());
    CHECK(rows[0].newValue == QStringLiteral("Met at expo"));
    CHECK(rows[0].author == QStringLiteral("Dana"));
    CHECK(rows[0].itemName == QStringLiteral("Cessnock Cellars"));
    f.undo()->undo();
    CHECK(f.prospects()->find(id)->notes.isEmpty());
}

TEST_CASE("A prospect's value is read as the chart reads a cell, and recorded by its label",
          "[core][prospects][history]")
{
    Fixture f;
    const qint64 id = f.prospects()->add(named(QStringLiteral("Lake Mac Plumbing")));
    const qint64 staff = f.attribute(StandardAttribute::Employees);
    REQUIRE(f.prospects()->setValueText(id, staff, QStringLiteral("20-50")));
    CHECK(f.prospects()->find(id)->value(staff) == ChartValue::fromNumber({20, 50}));
    CHECK(f.onDisk().first().value(staff) == ChartValue::fromNumber({20, 50}));
    const auto rows = f.history(id);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows[0].label == QStringLiteral("Number of employees"));
    CHECK(rows[0].oldValue.isEmpty());
    CHECK(rows[0].newValue == QStringLiteral("20\u201350"));

    SECTION("refused text says why and changes nothing")
    {
        const int steps = f.undo()->count();
        const Status refused = f.prospects()->setValueText(id, staff, QStringLiteral("lots"));
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage().contains(QStringLiteral("lots")));
        CHECK(f.undo()->count() == steps);
        CHECK(f.onDisk().first().value(staff) == ChartValue::fromNumber({20, 50}));
    }
    SECTION("an unknown word clears it, and undo brings it back")
    {
        REQUIRE(f.prospects()->setValueText(id, staff, QStringLiteral("?")));
        CHECK(f.prospects()->find(id)->value(staff).isUnknown());
        CHECK(f.onDisk().first().value(staff).isUnknown());
        f.undo()->undo();
        CHECK(f.onDisk().first().value(staff) == ChartValue::fromNumber({20, 50}));
    }
    SECTION("the history puts an earlier value back")
    {
        REQUIRE(f.prospects()->setValueText(id, staff, QStringLiteral("5")));
        const ChangeRecord change = f.history(id).first();
        CHECK(change.oldValue == QStringLiteral("20\u201350"));
        REQUIRE(f.workspace->history()->canRestore(change));
        REQUIRE(f.workspace->history()->restore(change));
        CHECK(f.prospects()->find(id)->value(staff) == ChartValue::fromNumber({20, 50}));
    }
}

TEST_CASE("A prospect's status change is undoable and recorded", "[core][prospects][history]")
{
    Fixture f;
    const qint64 id = f.prospects()->add(named(QStringLiteral("Port Freight")));
    REQUIRE(f.prospects()->setStatus(id, ProspectStatus::Contacted));
    CHECK(f.onDisk().first().status == ProspectStatus::Contacted);
    const ChangeRecord row = f.history(id).first();
    CHECK(row.field == QStringLiteral("status"));
    CHECK(row.oldValue == QStringLiteral("New"));
    CHECK(row.newValue == QStringLiteral("Contacted"));
    REQUIRE(f.workspace->history()->restore(row));
    CHECK(f.prospects()->find(id)->status == ProspectStatus::New);
    f.undo()->undo();
    CHECK(f.prospects()->find(id)->status == ProspectStatus::Contacted);
}

TEST_CASE("Several prospects added together are one undo step", "[core][prospects]")
{
    Fixture f;
    REQUIRE(f.prospects()->addAll({named(QStringLiteral("A")), named(QStringLiteral("B")),
                                   named(QStringLiteral("C"))},
                                  QStringLiteral("Import 3 prospects"))
            == 3);
    CHECK(f.onDisk().size() == 3);
    CHECK(f.undo()->undoText() == QStringLiteral("Import 3 prospects"));
    f.undo()->undo();
    CHECK(f.onDisk().isEmpty());
    CHECK(f.prospects()->count() == 0);
}
