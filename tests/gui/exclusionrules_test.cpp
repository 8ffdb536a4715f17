#include "guifixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/domain/attributeset.h"
#include "clientele/gui/chartactions.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/exclusionruledialog.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/fitweightsdialog.h"
#include "clientele/gui/itemtableview.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profileitemseditor.h"
#include "clientele/gui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QToolButton>

using namespace clientele;

namespace {

// The sample open on the Profiles page, showing the profile whose "not our customer" list
// carries rules.
struct SampleExclusions {
    MainWindow window;
    qint64 profileId = 0;
    ProfileItemsEditor *editor = nullptr;
    ItemTableView *view = nullptr;

    SampleExclusions()
    {
        REQUIRE(window.fileActions()->openSample());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto *page = window.showPage<ProfilesPage>();
        for (const CustomerProfile &profile : workspace().profiles()->all())
            if (profile.name.startsWith(QStringLiteral("Swamped owner")))
                profileId = profile.id;
        REQUIRE(profileId != 0);
        page->selectItem(profileId);
        editor = childOf<ProfileEditor>(page)->listEditor(ProfileList::Exclusions);
        view = childOf<ItemTableView>(editor);
        REQUIRE(view->model()->rowCount() == 4);
    }

    Workspace &workspace() { return *window.workspace(); }
    QUuid attribute(StandardAttribute which)
    {
        return workspace().chart()->chart().attribute(which)->uuid;
    }
    std::optional<ExclusionRule> stored(int row)
    {
        return workspace().profiles()->find(profileId)->exclusions.at(row).rule;
    }
    QString shown(int row)
    {
        return view->model()->index(row, 0).data(ProfileItemsModel::DisqualifierRole).toString();
    }

    // Ctrl+Alt+R on the entry at `row`, as a user would with the list focused.
    ExclusionRuleDialog *openRule(int row)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        auto *dialog = editor->findChild<ExclusionRuleDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }
};

QPushButton *okOf(ExclusionRuleDialog *dialog)
{
    return childOf<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
}

QStringList choices(QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

void choose(QComboBox *combo, const QString &text)
{
    const int found = combo->findText(text);
    REQUIRE(found >= 0);
    combo->setCurrentIndex(found);
}

} // namespace

TEST_CASE("The sample's rules show under their not-our-customer entries", "[gui][fit]")
{
    SampleExclusions s;
    CHECK(s.shown(0) == QStringLiteral("Disqualifies: Number of employees is less than 2"));
    CHECK(s.shown(1) == QStringLiteral("Disqualifies: Number of employees is more than 200"));
    CHECK(s.shown(2).isEmpty());
    const QString tip = s.view->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    CHECK(tip
          == QStringLiteral(
              "One-person operators\nDisqualifies: Number of employees is less than 2"));

    // The rule takes a second line under the entry; an entry without one keeps a single line.
    const int line = s.view->fontMetrics().height();
    CHECK(s.view->rowHeight(0) >= 2 * line);
    QStyleOptionViewItem option;
    option.initFrom(s.view);
    // Wide enough that no entry wraps.
    option.rect = QRect(0, 0, 2000, line);
    option.features |= QStyleOptionViewItem::WrapText;
    const QModelIndex ruled = s.view->model()->index(0, 0);
    const QModelIndex plain = s.view->model()->index(3, 0);
    CHECK(s.view->itemDelegate()->sizeHint(option, ruled).height() >= 2 * line);
    CHECK(s.view->itemDelegate()->sizeHint(option, plain).height() < 2 * line);

    // A renamed attribute renames the sentence, and the list repaints.
    const qint64 employees =
        s.workspace().chart()->chart().attribute(StandardAttribute::Employees)->id;
    QSignalSpy repaint(s.view->model(), &QAbstractItemModel::dataChanged);
    REQUIRE(s.workspace().chart()->renameAttribute(employees, QStringLiteral("Staff")));
    CHECK(repaint.count() >= 1);
    CHECK(s.shown(0) == QStringLiteral("Disqualifies: Staff is less than 2"));
}

TEST_CASE("An attribute rule is checked as the chart reads the value, set as one step and "
          "undone",
          "[gui][fit]")
{
    SampleExclusions s;
    ExclusionRuleDialog *dialog = s.openRule(2);
    CHECK(dialog->windowTitle()
          == QStringLiteral("Rule for \u201cBuyers who only want the cheapest licence\u201d"));
    CHECK(childOf<QRadioButton>(dialog, QStringLiteral("noRuleChoice"))->isChecked());
    CHECK(okOf(dialog)->isEnabled());

    childOf<QRadioButton>(dialog, QStringLiteral("attributeRuleChoice"))->click();
    auto *attribute = childOf<QComboBox>(dialog, QStringLiteral("ruleAttribute"));
    auto *comparison = childOf<QComboBox>(dialog, QStringLiteral("ruleComparison"));
    auto *value = childOf<QLineEdit>(dialog, QStringLiteral("ruleValue"));
    auto *problem = childOf<QLabel>(dialog, QStringLiteral("ruleProblem"));
    CHECK(value->isEnabled());
    CHECK_FALSE(childOf<QLineEdit>(dialog, QStringLiteral("ruleKeyword"))->isEnabled());

    // What each type can be asked.
    choose(attribute, QStringLiteral("Industry"));
    CHECK(choices(comparison) == QStringList{QStringLiteral("is"), QStringLiteral("contains")});
    choose(attribute, QStringLiteral("Referred us"));
    CHECK(choices(comparison) == QStringList{QStringLiteral("is")});
    choose(attribute, QStringLiteral("Average revenue"));
    CHECK(choices(comparison)
          == QStringList{QStringLiteral("is less than"), QStringLiteral("is more than"),
                         QStringLiteral("is")});
    choose(attribute, QStringLiteral("Number of employees"));
    choose(comparison, QStringLiteral("is more than"));

    // Nothing typed yet: OK waits for a value.
    CHECK_FALSE(okOf(dialog)->isEnabled());
    QTest::keyClicks(value, QStringLiteral("lots"));
    CHECK_FALSE(okOf(dialog)->isEnabled());
    CHECK(problem->isVisible());
    CHECK(
        problem->text()
        == QStringLiteral("Expected a number such as 40 or a range such as 20-50, not \"lots\"."));

    value->clear();
    QTest::keyClicks(value, QStringLiteral("50"));
    CHECK(okOf(dialog)->isEnabled());
    CHECK_FALSE(problem->isVisible());
    const int steps = s.workspace().undoStack()->count();
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);

    const ExclusionRule expected{s.attribute(StandardAttribute::Employees), RuleComparison::Greater,
                                 QStringLiteral("50")};
    CHECK(s.stored(2) == std::optional(expected));
    CHECK(s.workspace().undoStack()->count() == steps + 1);
    CHECK(s.shown(2) == QStringLiteral("Disqualifies: Number of employees is more than 50"));

    // Back in the window, the undo keys take the step back and forth.
    s.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&s.window));
    QTest::keyClick(s.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(s.stored(2) == std::nullopt);
    CHECK(s.shown(2).isEmpty());
    QTest::keyClick(s.view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(s.stored(2) == std::optional(expected));
    CHECK(s.shown(2) == QStringLiteral("Disqualifies: Number of employees is more than 50"));
}

TEST_CASE("A keyword rule is set from the Rule button", "[gui][fit]")
{
    SampleExclusions s;
    s.view->setCurrentIndex(s.view->model()->index(3, 0));
    QAction *rule = s.editor->ruleAction();
    REQUIRE(rule != nullptr);
    QToolButton *button = nullptr;
    for (auto *candidate : s.editor->findChildren<QToolButton *>())
        if (candidate->defaultAction() == rule)
            button = candidate;
    REQUIRE(button != nullptr);
    CHECK(button->text() == QStringLiteral("Rule\u2026"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = s.editor->findChild<ExclusionRuleDialog *>();
    REQUIRE(dialog != nullptr);

    childOf<QRadioButton>(dialog, QStringLiteral("keywordRuleChoice"))->click();
    CHECK_FALSE(okOf(dialog)->isEnabled());
    QTest::keyClicks(childOf<QLineEdit>(dialog, QStringLiteral("ruleKeyword")),
                     QStringLiteral("  spreadsheets "));
    REQUIRE(okOf(dialog)->isEnabled());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);

    const auto stored = s.stored(3);
    REQUIRE(stored.has_value());
    CHECK(stored->isKeyword());
    CHECK(stored->value == QStringLiteral("spreadsheets"));
    CHECK(s.shown(3)
          == QStringLiteral("Disqualifies: Systems or notes mention \u201cspreadsheets\u201d"));
}

TEST_CASE("No rule takes an entry's rule off, and the dialog opens on the rule it has",
          "[gui][fit]")
{
    SampleExclusions s;
    ExclusionRuleDialog *dialog = s.openRule(0);
    CHECK(childOf<QRadioButton>(dialog, QStringLiteral("attributeRuleChoice"))->isChecked());
    CHECK(childOf<QComboBox>(dialog, QStringLiteral("ruleAttribute"))->currentText()
          == QStringLiteral("Number of employees"));
    CHECK(childOf<QComboBox>(dialog, QStringLiteral("ruleComparison"))->currentText()
          == QStringLiteral("is less than"));
    CHECK(childOf<QLineEdit>(dialog, QStringLiteral("ruleValue"))->text() == QStringLiteral("2"));

    childOf<QRadioButton>(dialog, QStringLiteral("noRuleChoice"))->click();
    REQUIRE(okOf(dialog)->isEnabled());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    CHECK(s.stored(0) == std::nullopt);
    CHECK(s.shown(0).isEmpty());
    CHECK(s.workspace().undoStack()->undoText()
          == QStringLiteral("Remove the rule of \u201cOne-person operators\u201d"));
    // The other entry keeps its rule.
    CHECK(s.stored(1).has_value());
}

// Pictures for looking at the rules in both themes and two sizes.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.screenshots][rules]"
TEST_CASE("Screenshots of the exclusion rules", "[.screenshots][rules]")
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    for (const Theme theme : {Theme::Light, Theme::Dark})
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            SampleExclusions s;
            applyTheme(theme);
            s.window.resize(size);
            QTest::qWait(100);
            const QString name =
                QStringLiteral("%1-%2x%3")
                    .arg(theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"))
                    .arg(size.width())
                    .arg(size.height());
            s.view->setFocus();
            s.view->setCurrentIndex(s.view->model()->index(1, 0));
            for (QWidget *up = s.editor; up; up = up->parentWidget())
                if (auto *area = qobject_cast<QScrollArea *>(up)) {
                    area->ensureWidgetVisible(s.editor, 0, 200);
                    break;
                }
            QTest::qWait(100);
            REQUIRE(s.window.grab().save(
                QDir(folder).filePath(QStringLiteral("profiles-rules-%1.png").arg(name))));
            if (size.width() > 1024)
                continue;
            ExclusionRuleDialog *dialog = s.openRule(2);
            childOf<QRadioButton>(dialog, QStringLiteral("attributeRuleChoice"))->click();
            QTest::keyClicks(childOf<QLineEdit>(dialog, QStringLiteral("ruleValue")),
                             QStringLiteral("lots"));
            QTest::qWait(100);
            REQUIRE(dialog->grab().save(
                QDir(folder).filePath(QStringLiteral("rule-dialog-%1.png").arg(name))));
            dialog->reject();
            s.window.showPage<ChartPage>()->actions()->fitWeightsAction()->trigger();
            auto *weights = s.window.findChild<FitWeightsDialog *>();
            REQUIRE(weights != nullptr);
            REQUIRE(QTest::qWaitForWindowExposed(weights));
            QTest::qWait(100);
            REQUIRE(weights->grab().save(
                QDir(folder).filePath(QStringLiteral("fit-weights-%1.png").arg(name))));
            weights->close();
        }
    applyTheme(Theme::Light);
}
