#include "chartfixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/fitweightsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>

using namespace clientele;

namespace {

const FitWeightsDialog::Row &rowOf(FitWeightsDialog &dialog, qint64 attributeId)
{
    const auto &rows = dialog.rows();
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &row) {
        return row.attributeId == attributeId;
    });
    REQUIRE(found != rows.cend());
    return *found;
}

} // namespace

TEST_CASE("Fit Weights edits each attribute's fit as one undoable step", "[gui][fit]")
{
    ChartFixture f;
    // Reachable from the Chart menu's action with its own key.
    QAction *action = f.page->actions()->fitWeightsAction();
    REQUIRE(f.page->pageActions().contains(action));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    action->trigger();
    auto *dialog = f.page->findChild<FitWeightsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->rows().size() == f.chart().attributes().size());

    const qint64 employees = f.attribute(StandardAttribute::Employees);
    const qint64 years = f.attribute(StandardAttribute::YearsAsCustomer);
    const qint64 industry = f.attribute(StandardAttribute::Industry);
    // Defaults: what a prospect can have before buying counts, the relationship does not.
    CHECK(rowOf(*dialog, employees).used->isChecked());
    CHECK_FALSE(rowOf(*dialog, years).used->isChecked());
    CHECK_FALSE(rowOf(*dialog, years).importance->isEnabled());
    CHECK(rowOf(*dialog, industry).distance == nullptr);
    REQUIRE(rowOf(*dialog, employees).distance);
    CHECK(rowOf(*dialog, employees).distance->suffix() == QStringLiteral(" staff"));
    CHECK(rowOf(*dialog, employees).distance->text() == QStringLiteral("Default"));

    QUndoStack *stack = f.workspace().undoStack();
    const int steps = stack->count();
    // Used: a click is one step; clicking back to the default is a second and clears the choice.
    rowOf(*dialog, years).used->click();
    CHECK(f.chart().attribute(years)->fit.used == std::optional(true));
    CHECK(rowOf(*dialog, years).importance->isEnabled());
    CHECK(stack->count() == steps + 1);
    rowOf(*dialog, years).used->click();
    CHECK(f.chart().attribute(years)->fit.used == std::nullopt);
    CHECK(stack->count() == steps + 2);

    // Importance: the default is marked, and choosing it clears the choice.
    QComboBox *importance = rowOf(*dialog, employees).importance;
    const int standard = importance->currentIndex();
    CHECK(importance->currentText().endsWith(QStringLiteral(" (default)")));
    const int other = standard == 0 ? 1 : 0;
    importance->setCurrentIndex(other);
    Q_EMIT importance->activated(other);
    CHECK(f.chart().attribute(employees)->fit.importance == std::optional(FitImportance(other)));
    CHECK_FALSE(importance->currentText().endsWith(QStringLiteral(" (default)")));
    importance->setCurrentIndex(standard);
    Q_EMIT importance->activated(standard);
    CHECK(f.chart().attribute(employees)->fit.importance == std::nullopt);

    // Distance, typed as a user does.
    QDoubleSpinBox *distance = rowOf(*dialog, employees).distance;
    distance->setFocus();
    distance->selectAll();
    QTest::keyClicks(distance, QStringLiteral("25"));
    QTest::keyClick(distance, Qt::Key_Return);
    CHECK(f.chart().attribute(employees)->fit.falloff == std::optional(25.0));
    const int afterDistance = stack->count();
    CHECK(afterDistance == steps + 5);

    // Undo shows at once in the dialog.
    stack->undo();
    CHECK(f.chart().attribute(employees)->fit.falloff == std::nullopt);
    CHECK(rowOf(*dialog, employees).distance->text() == QStringLiteral("Default"));
    stack->redo();
    CHECK(rowOf(*dialog, employees).distance->value() == 25.0);
}

TEST_CASE("Fit Weights on the sample, as it looks", "[gui][fit]")
{
    GuiFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    auto *page = f.window.showPage<ChartPage>();
    REQUIRE(page);
    FitWeightsDialog *dialog = page->openFitWeights();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const qint64 employees =
        f.workspace().chart()->chart().attribute(StandardAttribute::Employees)->id;
    // The ideal's text and the computed distance show beside the choices.
    CHECK_FALSE(rowOf(*dialog, employees).ideal->text().isEmpty());
    // The sample's own distance for staff; revenue shows the computed default.
    CHECK(rowOf(*dialog, employees).distance->text() == QStringLiteral("40 staff"));
    const qint64 revenue = f.workspace().chart()->chart().attribute(StandardAttribute::Revenue)->id;
    CHECK(rowOf(*dialog, revenue).distance->text().endsWith(QStringLiteral(" AUD (default)")));
    if (const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS"); !folder.isEmpty())
        CHECK(dialog->grab().save(folder + QStringLiteral("/fit-weights.png")));
}
