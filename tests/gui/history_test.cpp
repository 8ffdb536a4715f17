#include "chartfixture.h"

#include "clientele/core/history.h"
#include "clientele/core/profilestore.h"
#include "clientele/gui/customerspage.h"
#include "clientele/gui/editactions.h"
#include "clientele/gui/historydialog.h"
#include "clientele/gui/settingsdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

using namespace clientele;

namespace {

// Edit ▸ History of This Item, pressed as a user does; the dialog it opened.
HistoryDialog *openHistory(GuiFixture &f)
{
    QTest::keyClick(&f.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HistoryDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = f.window.findChild<HistoryDialog *>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

QStringList column(QTreeWidget *list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

} // namespace

TEST_CASE("A profile's history lists its changes and puts an earlier value back")
{
    GuiFixture f;
    ProfileStore *profiles = f.workspace().profiles();
    REQUIRE(profiles->setField(f.profileId, ProfileField::Industry, QStringLiteral("Retail")));
    REQUIRE(profiles->setField(f.profileId, ProfileField::Name, QStringLiteral("Dealer")));
    REQUIRE(profiles->setField(f.profileId, ProfileField::Industry, QStringLiteral("Mining")));

    HistoryDialog *dialog = openHistory(f);
    CHECK(dialog->windowTitle() == QStringLiteral("History of \u201CDealer\u201D"));
    QTreeWidget *list = dialog->list();
    // Newest first; the fixture's own "Created" comes last.
    CHECK(column(list, 2)
          == QStringList({QStringLiteral("Industry"), QStringLiteral("Name"),
                          QStringLiteral("Industry"), QStringLiteral("Created")}));
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("Retail"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("Mining"));

    // The first industry change: put back the empty value it replaced.
    list->setCurrentItem(list->topLevelItem(2));
    REQUIRE(dialog->restoreButton()->isEnabled());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    CHECK(profiles->find(f.profileId)->segment.industry.isEmpty());
    CHECK(profiles->find(f.profileId)->name == QStringLiteral("Dealer"));
    // The list follows: the restore is a change of its own.
    REQUIRE(list->topLevelItemCount() == 5);
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("Mining"));
    CHECK(list->topLevelItem(0)->text(4).isEmpty());
    // Coming into being cannot be restored.
    list->setCurrentItem(list->topLevelItem(4));
    CHECK_FALSE(dialog->restoreButton()->isEnabled());

    // And Edit ▸ Undo takes the restore out again.
    dialog->close();
    f.window.editActions()->undoAction()->trigger();
    CHECK(profiles->find(f.profileId)->segment.industry == QStringLiteral("Mining"));
}

TEST_CASE("A chart client's history follows the selected cell's client")
{
    ChartFixture f;
    const qint64 employees = f.attribute(StandardAttribute::Employees);
    const qint64 first = f.client(0);
    const QString name = f.chart().client(first)->name;
    REQUIRE(f.editor().setCellText(first, employees, QStringLiteral("45")));
    REQUIRE(f.editor().setCellText(f.client(1), employees, QStringLiteral("12")));
    f.grid->setCurrentIndex(
        f.grid->viewModel()->mapFromSource(f.grid->chartModel()->indexOf(first, employees)));

    HistoryDialog *dialog = openHistory(f);
    CHECK(dialog->windowTitle() == QStringLiteral("History of \u201C%1\u201D").arg(name));
    QTreeWidget *list = dialog->list();
    REQUIRE(list->topLevelItemCount() >= 1);
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Number of employees"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("45"));
    // The other client's change is not this one's.
    CHECK_FALSE(column(list, 4).contains(QStringLiteral("12")));
}

TEST_CASE("With nothing selected the history says what to select")
{
    GuiFixture f;
    f.window.showPage<CustomersPage>();
    QTest::keyClick(&f.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.window.findChild<HistoryDialog *>() == nullptr);
    CHECK(f.window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Select a profile, chart client, offer or proposal")));
}

TEST_CASE("The history names whoever the settings name on this computer")
{
    GuiFixture f;
    SettingsDialog settings(&f.workspace(), &f.window);
    settings.authorEdit()->setText(QStringLiteral("Robyn Hale"));
    settings.apply();
    CHECK(QSettings().value(kAuthorKey).toString() == QStringLiteral("Robyn Hale"));
    REQUIRE(f.workspace().profiles()->setField(f.profileId, ProfileField::Notes,
                                               QStringLiteral("Met at the expo")));
    CHECK(f.workspace().history()->ofItem(History::kProfile, f.profileId).constFirst().author
          == QStringLiteral("Robyn Hale"));
    // Another window opened later names them too.
    MainWindow other;
    auto reopened = Workspace::open(f.dir.filePath(QStringLiteral("w.clientele")),
                                    WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    other.setWorkspace(std::move(*reopened));
    CHECK(other.workspace()->author() == QStringLiteral("Robyn Hale"));
    QSettings().remove(kAuthorKey);
}
