#include "guifixture.h"

#include "clientele/gui/settingsdialog.h"

#include <QLineEdit>
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
