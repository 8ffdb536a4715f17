#include "chartfixture.h"

#include "clientele/gui/chartstructureactions.h"
#include "clientele/gui/fileactions.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>

using namespace clientele;

namespace {

// The name field over a client's header, which has the keyboard.
QLineEdit *nameField(ChartFixture &f)
{
    auto *field = qobject_cast<QLineEdit *>(f.focus());
    REQUIRE(field != nullptr);
    REQUIRE(field->objectName() == QStringLiteral("headerNameEdit"));
    REQUIRE(field->isVisible());
    return field;
}

// Where a header section is, in the grid's coordinates.
QRect sectionRect(ChartFixture &f, QHeaderView *header, int section)
{
    const int start = header->sectionViewportPosition(section);
    const QRect local = header->orientation() == Qt::Horizontal
                            ? QRect(start, 0, header->sectionSize(section), header->height())
                            : QRect(0, start, header->width(), header->sectionSize(section));
    return QRect(header->viewport()->mapTo(f.grid, local.topLeft()), local.size());
}

void addNamed(ChartFixture &f, QHeaderView *header)
{
    const int steps = f.undoCount();
    f.key(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(f.chart().clients().size() == 6);
    QLineEdit *field = nameField(f);
    CHECK(field->text() == QStringLiteral("Client #6"));
    CHECK(field->selectedText() == QStringLiteral("Client #6"));
    // Over the new client's header, not some other one.
    const QRect over = sectionRect(f, header, 5);
    CHECK(over.contains(field->geometry().center()));

    f.type(QStringLiteral("Harbour Freight"));
    f.key(Qt::Key_Return);
    CHECK(f.chart().clients().at(5).name == QStringLiteral("Harbour Freight"));
    CHECK(header->model()->headerData(5, header->orientation()).toString()
          == QStringLiteral("Harbour Freight"));
    CHECK(f.focus() == f.grid);
    CHECK(f.undoCount() == steps + 1);

    f.workspace().undoStack()->undo();
    CHECK(f.chart().clients().size() == 5);
    f.workspace().undoStack()->redo();
    CHECK(f.chart().clients().at(5).name == QStringLiteral("Harbour Freight"));
}

} // namespace

TEST_CASE("Add Client names the new client over its column, one undo step", "[gui][chart]")
{
    ChartFixture f;
    addNamed(f, f.grid->horizontalHeader());
}

TEST_CASE("Add Client on the flipped grid names the new client over its row", "[gui][chart]")
{
    ChartFixture f;
    f.page->actions()->flipAction()->trigger();
    REQUIRE(f.grid->chartModel()->clientHeader() == Qt::Vertical);
    f.grid->setFocus();
    addNamed(f, f.grid->verticalHeader());
}

TEST_CASE("Esc while naming a new client keeps the proposed name", "[gui][chart]")
{
    ChartFixture f;
    f.key(Qt::Key_N, Qt::ControlModifier);
    nameField(f);
    f.type(QStringLiteral("Harb"));
    CHECK(nameField(f)->text() == QStringLiteral("Harb"));
    f.key(Qt::Key_Escape);
    CHECK(f.chart().clients().at(5).name == QStringLiteral("Client #6"));
    CHECK(f.focus() == f.grid);
    // The Esc closed the field only: the new client stays.
    CHECK(f.chart().clients().size() == 6);
}

TEST_CASE("Leaving the name field keeps the typed name", "[gui][chart]")
{
    ChartFixture f;
    f.key(Qt::Key_N, Qt::ControlModifier);
    nameField(f);
    f.type(QStringLiteral("Harbour Freight"));
    QTest::mouseClick(f.grid->viewport(), Qt::LeftButton, {},
                      f.grid->visualRect(f.grid->model()->index(0, 0)).center());
    CHECK(f.chart().clients().at(5).name == QStringLiteral("Harbour Freight"));
    const auto *field = f.grid->findChild<QLineEdit *>(QStringLiteral("headerNameEdit"));
    CHECK((field == nullptr || !field->isVisible()));
}

TEST_CASE("Rename Client edits the name in place as its own undo step", "[gui][chart]")
{
    ChartFixture f;
    const int steps = f.undoCount();
    f.grid->setCurrentIndex(f.grid->model()->index(0, 2));
    f.key(Qt::Key_F2, Qt::ShiftModifier);
    QLineEdit *field = nameField(f);
    CHECK(field->text() == f.chart().clients().at(2).name);
    CHECK(sectionRect(f, f.grid->horizontalHeader(), 2).contains(field->geometry().center()));
    f.type(QStringLiteral("Acme Pumps"));
    f.key(Qt::Key_Enter);
    CHECK(f.chart().clients().at(2).name == QStringLiteral("Acme Pumps"));
    CHECK(f.undoCount() == steps + 1);
    f.workspace().undoStack()->undo();
    CHECK(f.chart().clients().size() == 5);
    CHECK(f.chart().clients().at(2).name != QStringLiteral("Acme Pumps"));
}

TEST_CASE("Flipping the grid starts from the left edge with no column cut", "[gui][chart]")
{
    ChartFixture f;
    for (int i = 0; i < 12; ++i)
        REQUIRE(f.editor().addClient() > 0);
    QApplication::processEvents();
    QScrollBar *across = f.grid->horizontalScrollBar();
    REQUIRE(across->maximum() > 0);
    across->setValue(across->maximum() / 2 + 7);

    f.page->actions()->flipAction()->trigger();
    QApplication::processEvents();
    CHECK(across->value() == 0);
    CHECK(f.grid->verticalScrollBar()->value() == 0);

    // Flipped back with the current cell far to the right: it is in view, and the column at
    // the left edge starts there.
    f.grid->setCurrentIndex(f.grid->model()->index(14, 0));
    f.page->actions()->flipAction()->trigger();
    QApplication::processEvents();
    const QModelIndex current = f.grid->currentIndex();
    REQUIRE(current.isValid());
    CHECK(f.grid->viewport()->rect().contains(f.grid->visualRect(current)));
    CHECK(f.grid->columnViewportPosition(f.grid->columnAt(0)) == 0);
}

TEST_CASE("A client added and named on a narrow window is in full view with no column cut",
          "[gui][chart][sizes]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1024, 700);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ChartTableView *grid = window.showPage<ChartPage>()->grid();
    grid->setFocus();
    QApplication::processEvents();
    QHeaderView *top = grid->horizontalHeader();
    REQUIRE(top->count() == 6); // five clients and the ideal

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Harbour Freight"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(top->count() == 7);
    REQUIRE(grid->horizontalScrollBar()->value() > 0); // the window is too narrow for all

    // The new client lies whole between the left edge and the pinned ideal at the right.
    const int ideal = top->sectionSize(6);
    const int start = top->sectionViewportPosition(5);
    CHECK(start >= 0);
    CHECK(start + top->sectionSize(5) <= grid->viewport()->width() - ideal);
    // The first column in view starts at the left edge.
    CHECK(top->sectionViewportPosition(top->logicalIndexAt(0)) == 0);
}
