#include "clientele/core/charteditor.h"
#include "clientele/core/charttsv.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/chartrepository.h"

#include "identities.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("model.clientele"));
    std::unique_ptr<Workspace> workspace = std::move(*Workspace::create(path));
    ChartEditor *editor = workspace->chart();
    ChartModel model{editor};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    const IcpChart &chart() const { return editor->chart(); }
    QUndoStack *stack() const { return workspace->undoStack(); }
    int row(StandardAttribute which) const
    {
        return int(chart().attributeIndex(chart().attribute(which)->id));
    }
    IcpChart onDisk() const
    {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(file.ok());
        return ChartRepository((*file)->database()).load();
    }
};

QModelIndexList rect(const QAbstractItemModel &model, int top, int left, int bottom, int right)
{
    QModelIndexList indexes;
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column)
            indexes << model.index(row, column);
    }
    return indexes;
}

} // namespace

TEST_CASE("Spreadsheet clipboard text is read and written as Excel and LibreOffice do",
          "[core][chart][tsv]")
{
    CHECK(parseTsv(QStringLiteral("a\tb\r\nc\td\r\n"))
          == QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                {QStringLiteral("c"), QStringLiteral("d")}});
    CHECK(parseTsv(QStringLiteral("\"two\nlines\"\t\"tab\there\"\t\"say \"\"hi\"\"\"\n"))
          == QList<QStringList>{{QStringLiteral("two\nlines"), QStringLiteral("tab\there"),
                                 QStringLiteral("say \"hi\"")}});
    // Ragged rows are padded; an unclosed quote is an ordinary character.
    CHECK(parseTsv(QStringLiteral("a\nb\tc"))
          == QList<QStringList>{{QStringLiteral("a"), QString()},
                                {QStringLiteral("b"), QStringLiteral("c")}});
    CHECK(parseTsv(QStringLiteral("5\" pipe\tx"))
          == QList<QStringList>{{QStringLiteral("5\" pipe"), QStringLiteral("x")}});
    CHECK(parseTsv(QStringLiteral("\"open\tx"))
          == QList<QStringList>{{QStringLiteral("\"open"), QStringLiteral("x")}});
    CHECK(parseTsv(QStringLiteral("a\t\n")) == QList<QStringList>{{QStringLiteral("a"), {}}});
    CHECK(parseTsv(QString()).isEmpty());

    const QList<QStringList> block = {{QStringLiteral("x\ty"), QStringLiteral("\"q\"")},
                                      {QStringLiteral("line\nbreak"), QString()}};
    CHECK(formatTsv(block) == QStringLiteral("\"x\ty\"\t\"\"\"q\"\"\"\n\"line\nbreak\"\t\n"));
    CHECK(parseTsv(formatTsv(block)) == block);
}

TEST_CASE("The chart model shows clients as columns with the ideal pinned last", "[core][chart]")
{
    Fixture f;
    CHECK(f.model.rowCount() == int(standardAttributes().size()));
    CHECK(f.model.columnCount() == 6);
    CHECK(f.model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Client #1"));
    CHECK(f.model.headerData(5, Qt::Horizontal).toString() == QStringLiteral("Ideal profile"));
    CHECK(f.model.headerData(5, Qt::Horizontal, ChartModel::IsIdealRole).toBool());
    CHECK(f.model.headerData(0, Qt::Vertical).toString() == QStringLiteral("Number of employees"));
    const QModelIndex ideal = f.model.index(0, 5);
    CHECK(f.model.data(ideal, ChartModel::IsIdealRole).toBool());
    CHECK_FALSE(f.model.flags(ideal).testFlag(Qt::ItemIsEditable));
    CHECK(f.model.flags(f.model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.model.setData(ideal, QStringLiteral("40")));

    // Typed text is parsed; derived spend is flagged for italics; the ideal follows.
    const int perMonth = f.row(StandardAttribute::SpendPerMonth);
    const int perYear = f.row(StandardAttribute::SpendPerYear);
    REQUIRE(f.model.setData(f.model.index(perYear, 0), QStringLiteral("$24,000")));
    const QModelIndex derived = f.model.index(perMonth, 0);
    CHECK(f.model.data(derived).toString() == QStringLiteral("$2,000"));
    CHECK(f.model.data(derived, ChartModel::IsDerivedRole).toBool());
    CHECK(f.model.data(derived, Qt::FontRole).value<QFont>().italic());
    CHECK(f.model.data(derived, Qt::EditRole).toString().isEmpty());
    CHECK_FALSE(f.model.data(f.model.index(perYear, 0), ChartModel::IsDerivedRole).toBool());
    CHECK(f.model.data(f.model.index(perYear, 5)).toString().contains(QStringLiteral("24,000")));
    CHECK(f.model.data(f.model.index(perYear, 5), ChartModel::KnownTextRole).toString()
          == QStringLiteral("1 of 5 known"));

    // Invalid input is refused with what is expected, and nothing is pushed.
    const int steps = f.stack()->count();
    QSignalSpy refused(&f.model, &ChartModel::inputRefused);
    CHECK_FALSE(f.model.setData(f.model.index(0, 1), QStringLiteral("a few")));
    CHECK(f.model.lastError().contains(QStringLiteral("Expected a number")));
    REQUIRE(refused.count() == 1);
    CHECK(refused.front().at(1).toString() == f.model.lastError());
    CHECK(f.stack()->count() == steps);

    // Client names are edited in the header.
    REQUIRE(f.model.setHeaderData(1, Qt::Horizontal, QStringLiteral("Aqua Pumps")));
    CHECK(f.chart().clients().at(1).name == QStringLiteral("Aqua Pumps"));
    CHECK_FALSE(f.model.setHeaderData(5, Qt::Horizontal, QStringLiteral("Ideal")));
}

TEST_CASE("The chart model follows structural edits, undo and flipping", "[core][chart]")
{
    Fixture f; // the tester checks every signal along the way
    const IcpChart start = f.chart();
    const IcpChart standard = ChartRepository::standardChart(QStringLiteral("AUD"));
    REQUIRE(test::withUuidsOf(start, standard) == standard);
    f.editor->addClient({}, 0);
    CHECK(f.model.columnCount() == 7);
    CHECK(f.model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Client #6"));
    f.editor->moveClient(f.chart().clients().at(0).id, 4);
    CHECK(f.model.headerData(4, Qt::Horizontal).toString() == QStringLiteral("Client #6"));
    f.editor->removeClient(f.chart().clients().at(2).id);
    CHECK(f.model.columnCount() == 6);
    f.editor->addAttribute({0, {}, QStringLiteral("Software"), AttributeType::Tags, {}, {}}, 1);
    CHECK(f.model.headerData(1, Qt::Vertical).toString() == QStringLiteral("Software"));
    f.editor->moveAttribute(f.chart().attributes().at(0).id, 5);
    f.editor->retypeAttribute(f.chart().attributes().at(2).id, AttributeType::Text);
    f.editor->flipOrientation();
    CHECK(f.model.clientHeader() == Qt::Vertical);
    CHECK(f.model.rowCount() == 6);
    CHECK(f.model.columnCount() == int(f.chart().attributes().size()));
    CHECK(f.model.data(f.model.index(5, 0), ChartModel::IsIdealRole).toBool());
    CHECK(f.model.headerData(0, Qt::Vertical).toString() == f.chart().clients().at(0).name);
    while (f.stack()->canUndo())
        f.stack()->undo();
    CHECK(f.chart() == start);
    CHECK(f.model.columnCount() == 6);
    while (f.stack()->canRedo())
        f.stack()->redo();
    CHECK(f.model.rowCount() == 6);
}

TEST_CASE("Pasting a 3x5 block from a spreadsheet is one undo step", "[core][chart]")
{
    Fixture f;
    // Five clients' employees, industry and type of business, as copied from a spreadsheet.
    const QString block = QStringLiteral(
        "45\t20-30\t12\t120 - 200\t8\r\n"
        "trade services\tEngineering\tEngineering\tManufacturing\t\"Trade\nservices\"\r\n"
        "Family business\tPrivate company\tFamily business\tPrivate company\tEntrepreneur\r\n");
    const IcpChart before = f.chart();
    const int steps = f.stack()->count();
    const Status pasted = f.model.pasteTsv(f.model.index(0, 0), block);
    INFO(pasted.errorMessage().toStdString());
    REQUIRE(pasted.ok());
    CHECK(f.stack()->count() == steps + 1);
    CHECK(f.model.data(f.model.index(0, 1)).toString() == QStringLiteral("20–30"));
    CHECK(f.model.data(f.model.index(1, 0)).toString() == QStringLiteral("Trade services"));
    CHECK(f.model.data(f.model.index(2, 4)).toString() == QStringLiteral("Entrepreneur"));
    CHECK(f.model.data(f.model.index(0, 5)).toString() == QStringLiteral("25 (8–200)"));
    const IcpChart after = f.chart();
    CHECK(f.onDisk() == after);

    // Copying the block gives back what the cells show.
    const QString copied = f.model.copyAsTsv(rect(f.model, 0, 0, 2, 4));
    CHECK(parseTsv(copied).at(2)
          == QStringList{QStringLiteral("Family business"), QStringLiteral("Private company"),
                         QStringLiteral("Family business"), QStringLiteral("Private company"),
                         QStringLiteral("Entrepreneur")});

    f.stack()->undo();
    CHECK(f.chart() == before);
    CHECK(f.onDisk() == before);
    f.stack()->redo();
    CHECK(f.chart() == after);
}

TEST_CASE("An invalid paste is refused whole, naming the first bad cell", "[core][chart]")
{
    Fixture f;
    const IcpChart before = f.chart();
    const int steps = f.stack()->count();
    // Valid rows of spend above a bad answer: nothing at all is pasted.
    const int perMonth = f.row(StandardAttribute::SpendPerMonth);
    const Status bad = f.model.pasteTsv(f.model.index(perMonth, 0),
                                        QStringLiteral("$100\t$200\n$1200\t$2400\nyes\tmaybe\n"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().startsWith(
        QStringLiteral("Row %1, column 2 (Client #2, Referred us): Expected yes or no")
            .arg(perMonth + 3)));
    CHECK(f.stack()->count() == steps);
    CHECK(f.chart() == before);

    const Status badNumber =
        f.model.pasteTsv(f.model.index(0, 0), QStringLiteral("45\tmany\t12\n"));
    REQUIRE_FALSE(badNumber.ok());
    CHECK(badNumber.errorMessage().startsWith(
        QStringLiteral("Row 1, column 2 (Client #2, Number of employees): Expected a number")));
    CHECK(f.model.lastError() == badNumber.errorMessage());
    CHECK(f.chart() == before);

    const Status tooWide = f.model.pasteTsv(f.model.index(0, 3), QStringLiteral("1\t2\t3\n"));
    REQUIRE_FALSE(tooWide.ok());
    CHECK(tooWide.errorMessage().contains(
        QStringLiteral("from row 1, column 4 only 11 × 2 client cells fit")));
    CHECK(f.stack()->count() == steps);
}

TEST_CASE("Clear and fill are one undo step each", "[core][chart]")
{
    Fixture f;
    const int employees = f.row(StandardAttribute::Employees);
    REQUIRE(f.model.setData(f.model.index(employees, 0), QStringLiteral("40")));
    const int steps = f.stack()->count();

    REQUIRE(f.model.fillRight(rect(f.model, employees, 0, employees, 5)));
    CHECK(f.stack()->count() == steps + 1);
    for (int column = 0; column < 5; ++column)
        CHECK(f.model.data(f.model.index(employees, column)).toString() == QStringLiteral("40"));

    REQUIRE(f.model.clear(rect(f.model, employees, 1, employees, 5)));
    CHECK(f.stack()->count() == steps + 2);
    CHECK(f.model.data(f.model.index(employees, 1)).toString().isEmpty());
    CHECK(f.model.data(f.model.index(employees, 0)).toString() == QStringLiteral("40"));

    // Fill down reads the source as each target's own type: a number is no yes/no.
    const Status refused =
        f.model.fillDown(rect(f.model, 0, 0, f.row(StandardAttribute::ReferredUs), 0));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Expected yes or no")));
    CHECK(f.stack()->count() == steps + 2);

    f.editor->flipOrientation();
    REQUIRE(f.model.fillDown(rect(f.model, 0, employees, 4, employees)));
    for (int row = 0; row < 5; ++row)
        CHECK(f.model.data(f.model.index(row, employees)).toString() == QStringLiteral("40"));
    f.stack()->undo();
    CHECK(f.model.data(f.model.index(1, employees)).toString().isEmpty());
}
