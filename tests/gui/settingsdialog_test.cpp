#include "guifixture.h"

#include "clientele/core/proposalbook.h"
#include "clientele/gui/settingsdialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace clientele;

TEST_CASE("Workspace settings are applied as one undoable step", "[gui][settings]")
{
    GuiFixture f;
    const WorkspaceSettings before = f.workspace().settings();
    SettingsDialog dialog(&f.workspace(), &f.window);
    dialog.nameEdit()->setText(QStringLiteral("Sharp Systems"));
    dialog.thresholdSpin()->setValue(15);
    dialog.apply();
    CHECK(f.workspace().settings().consultancyName == QStringLiteral("Sharp Systems"));
    CHECK(f.workspace().settings().formalStaffThreshold == 15);
    CHECK(f.workspace().undoStack()->count() == 1);
    f.workspace().undoStack()->undo();
    CHECK(f.workspace().settings() == before);
    CHECK(f.window.findChild<QAction *>(QStringLiteral("workspaceSettingsAction")) != nullptr);
}

TEST_CASE("The approval threshold goes into the settings and comes back", "[gui][settings]")
{
    GuiFixture f;
    {
        SettingsDialog dialog(&f.workspace(), &f.window);
        // None needed until one is given.
        CHECK(dialog.approvalEdit()->text().isEmpty());
        dialog.approvalEdit()->setText(QStringLiteral("$25,000"));
        CHECK(dialog.problem().isEmpty());
        dialog.apply();
    }
    CHECK(f.workspace().settings().approvalThresholdMinor == 2'500'000);
    CHECK(f.workspace().proposals()->approvalThreshold()
          == Money(2'500'000, QStringLiteral("AUD")));
    {
        SettingsDialog dialog(&f.workspace(), &f.window);
        CHECK(dialog.approvalEdit()->text() == QStringLiteral("25,000.00"));
        // Emptied: no approval needed.
        dialog.approvalEdit()->clear();
        dialog.apply();
    }
    CHECK(f.workspace().settings().approvalThresholdMinor == 0);
}

TEST_CASE("An approval threshold that is no amount in the workspace's currency is refused",
          "[gui][settings]")
{
    GuiFixture f;
    SettingsDialog dialog(&f.workspace(), &f.window);
    auto *ok = childOf<QDialogButtonBox>(&dialog)->button(QDialogButtonBox::Ok);
    for (const QString &typed :
         {QStringLiteral("lots"), QStringLiteral("\u20ac500"), QStringLiteral("-100")}) {
        dialog.approvalEdit()->setText(typed);
        INFO(typed.toStdString());
        CHECK_FALSE(dialog.problem().isEmpty());
        CHECK_FALSE(ok->isEnabled());
    }
    CHECK(dialog.problem() == QStringLiteral("The approval threshold cannot be negative."));
    dialog.approvalEdit()->setText(QStringLiteral("\u20ac500"));
    CHECK(dialog.problem()
          == QStringLiteral("Give the approval threshold in AUD, the workspace's currency."));
    ok->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.workspace().settings().approvalThresholdMinor == 0);
    dialog.approvalEdit()->setText(QStringLiteral("500"));
    CHECK(ok->isEnabled());
}

TEST_CASE("Lost reasons the user added are listed and can be removed", "[gui][settings]")
{
    GuiFixture f;
    WorkspaceSettings settings = f.workspace().settings();
    settings.lostReasons = {QStringLiteral("Budget cut"), QStringLiteral("Went in-house")};
    f.workspace().setSettings(settings);
    SettingsDialog dialog(&f.workspace(), &f.window);
    QListWidget *list = dialog.lostReasonsList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == QStringLiteral("Budget cut"));
    CHECK_FALSE(dialog.removeReasonButton()->isEnabled());
    list->setCurrentRow(0);
    REQUIRE(dialog.removeReasonButton()->isEnabled());
    dialog.removeReasonButton()->click();
    dialog.apply();
    CHECK(f.workspace().settings().lostReasons == QStringList({QStringLiteral("Went in-house")}));
    CHECK_FALSE(f.workspace().proposals()->lostReasons().contains(QStringLiteral("Budget cut")));
}
