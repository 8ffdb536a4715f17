#include "teamfixture.h"

#include "clientele/core/teamsync.h"
#include "clientele/gui/conflictsdialog.h"
#include "clientele/gui/fileactions.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

using namespace clientele;

namespace {

QLabel *syncLabel(GuiFixture &f)
{
    return childOf<QLabel>(&f.window, QStringLiteral("syncStatusLabel"));
}

} // namespace

TEST_CASE("The Team menu offers only Join a Hub to a workspace without a hub")
{
    GuiFixture f;
    TeamActions *team = f.window.teamActions();
    auto *menu = childOf<QMenu>(&f.window, QStringLiteral("teamMenu"));
    CHECK(menu->title() == QStringLiteral("&Team"));
    QStringList items;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            items << action->text();
    CHECK(items
          == QStringList({QStringLiteral("&Join a Hub\u2026"), QStringLiteral("&Sync Now"),
                          QStringLiteral("&Conflicts\u2026"),
                          QStringLiteral("&Leave the Hub\u2026")}));
    CHECK(team->joinAction()->isEnabled());
    CHECK_FALSE(team->syncAction()->isEnabled());
    CHECK_FALSE(team->conflictsAction()->isEnabled());
    CHECK_FALSE(team->leaveAction()->isEnabled());
    CHECK_FALSE(syncLabel(f)->isVisible());

    // The sample goes when it closes: nothing to share.
    REQUIRE(f.window.fileActions()->openSample());
    CHECK_FALSE(team->joinAction()->isEnabled());
    f.window.closeWorkspace();
    CHECK_FALSE(team->joinAction()->isEnabled());
    CHECK_FALSE(team->syncAction()->isEnabled());
}

TEST_CASE("Joining a hub links the workspace and keeps the password out of the file")
{
    // No desktop keyring for this test: the password typed must not reach the developer's.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/clientele-test-bus");
    SharedHub hub;
    GuiFixture f;
    TeamActions *team = f.window.teamActions();
    team->setHubConnect(hub.connect(QStringLiteral("anna")));
    joinThroughMenu(f, kMemoryHub, QStringLiteral("anna"), QStringLiteral("s3cr3t-w0rd"));

    CHECK_FALSE(team->joinAction()->isEnabled());
    CHECK(team->syncAction()->isEnabled());
    CHECK(team->conflictsAction()->isEnabled());
    CHECK(team->leaveAction()->isEnabled());
    CHECK(syncLabel(f)->isVisible());
    CHECK(syncLabel(f)->text().startsWith(QStringLiteral("Synced at ")));
    // The hub was reached with the password; the workspace keeps the address without it.
    CHECK(hub.connectedWith()
          == QStringList({kMemoryHub + QStringLiteral("?user=anna&password=s3cr3t-w0rd")}));
    const auto link = TeamSync(f.path, {}).link();
    REQUIRE(link.has_value());
    CHECK(link->hub == kMemoryHub + QStringLiteral("?user=anna"));
    // The window's next sync uses the password typed, kept in memory for the session.
    syncNowAndWait(f);
    CHECK(hub.connectedWith().last()
          == kMemoryHub + QStringLiteral("?user=anna&password=s3cr3t-w0rd"));
    for (const QString &part : {f.path, f.path + QStringLiteral("-wal")}) {
        QFile file(part);
        if (file.open(QIODevice::ReadOnly))
            CHECK_FALSE(file.readAll().contains("s3cr3t-w0rd"));
    }
}

TEST_CASE("The status bar says syncing, when the last sync ended, offline or how many conflicts")
{
    SharedHub hub;
    GuiFixture f;
    TeamActions *team = f.window.teamActions();
    team->setHubConnect(hub.connect(QStringLiteral("anna")));
    joinThroughMenu(f);
    QLabel *label = syncLabel(f);

    team->syncStarted(false);
    CHECK(label->text() == QStringLiteral("Syncing\u2026"));

    SyncReport report;
    report.path = f.path;
    SyncOutcome outcome;
    outcome.at = QDateTime(QDate(2026, 12, 6), QTime(14, 5)).toUTC();
    report.outcome = outcome;
    team->syncFinished(report);
    CHECK(label->text() == QStringLiteral("Synced at 2:05 PM"));
    CHECK(team->state() == TeamActions::State::Synced);

    SyncReport offline;
    offline.path = f.path;
    offline.offline = true;
    offline.error = QStringLiteral("The hub at hub.example cannot be reached, so this workspace "
                                   "is offline: timeout expired");
    team->syncFinished(offline);
    CHECK(label->text() == QStringLiteral("Offline"));
    CHECK(label->toolTip() == offline.error);
    // Trying again in the background says nothing new.
    team->syncStarted(false);
    CHECK(label->text() == QStringLiteral("Offline"));
    // Asked for, it shows it is trying.
    team->syncStarted(true);
    CHECK(label->text() == QStringLiteral("Syncing\u2026"));

    SyncReport refused = offline;
    refused.offline = false;
    refused.error = QStringLiteral("The hub holds another team's workspace.");
    team->syncFinished(refused);
    CHECK(label->text() == QStringLiteral("Not synced"));
    CHECK(label->toolTip() == refused.error);

    outcome.conflicts = 1;
    report.outcome = outcome;
    team->syncFinished(report);
    CHECK(label->text() == QStringLiteral("1 conflict"));
    outcome.conflicts = 3;
    report.outcome = outcome;
    team->syncFinished(report);
    CHECK(label->text() == QStringLiteral("3 conflicts"));
    CHECK(team->state() == TeamActions::State::Conflicts);
}

TEST_CASE("An edit on one computer reaches the other's window with Sync Now")
{
    SharedHub hub;
    GuiFixture anna;
    Teammate ben;
    joinBoth(hub, anna, ben);
    // Ben's empty workspace took the team's: Anna's profile, shown and selected.
    const qint64 owner = profileNamed(ben, QStringLiteral("Owner")).id;
    auto *page = ben.window.showPage<ProfilesPage>();
    page->selectItem(owner);
    REQUIRE(page->currentItemId() == owner);
    REQUIRE(ben.workspace().profiles()->setField(owner, ProfileField::Notes,
                                                 QStringLiteral("Ben's note")));
    REQUIRE(ben.workspace().undoStack()->canUndo());

    REQUIRE(anna.workspace().profiles()->setField(anna.profileId, ProfileField::Industry,
                                                  QStringLiteral("Mining")));
    CHECK(syncNowAndWait(anna).outcome.has_value());
    // Sync Now from the keyboard.
    std::optional<SyncReport> taken;
    QObject::connect(ben.window.teamActions(), &TeamActions::synced, &ben.window,
                     [&](const SyncReport &report) { taken = report; });
    ben.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&ben.window));
    QTest::keyClick(&ben.window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return taken && taken->requested; }, 20000));
    REQUIRE(taken->outcome.has_value());
    CHECK(taken->outcome->contentChanged);

    // The window reads the workspace again: Anna's industry and Ben's own note, the same
    // profile selected, and nothing left to undo from before.
    CHECK(profileNamed(ben, QStringLiteral("Owner")).segment.industry == QStringLiteral("Mining"));
    CHECK(profileNamed(ben, QStringLiteral("Owner")).notes == QStringLiteral("Ben's note"));
    page = ben.window.builtPage<ProfilesPage>();
    REQUIRE(page != nullptr);
    CHECK(page->currentItemId() == owner);
    CHECK_FALSE(ben.workspace().undoStack()->canUndo());
    CHECK(ben.window.statusBar()->currentMessage()
          == QStringLiteral("Your team's changes are in. Undo starts afresh from here."));
}

TEST_CASE("An unreachable hub leaves the window working and says Offline until it is back")
{
    SharedHub hub;
    GuiFixture f;
    TeamActions *team = f.window.teamActions();
    team->setHubConnect(hub.connect(QStringLiteral("anna")));
    joinThroughMenu(f);

    hub.setOffline(true);
    const SyncReport offline = syncNowAndWait(f);
    CHECK(offline.offline);
    CHECK(syncLabel(f)->text() == QStringLiteral("Offline"));
    CHECK(syncLabel(f)->toolTip() == QStringLiteral("The hub cannot be reached: offline."));
    // Editing goes on as ever.
    REQUIRE(f.workspace().profiles()->setField(f.profileId, ProfileField::Industry,
                                               QStringLiteral("Retail")));
    CHECK(f.onDisk(f.profileId).segment.industry == QStringLiteral("Retail"));

    hub.setOffline(false);
    const SyncReport back = syncNowAndWait(f);
    REQUIRE(back.outcome.has_value());
    CHECK(back.outcome->pushed > 0);
    CHECK(syncLabel(f)->text().startsWith(QStringLiteral("Synced at ")));
}

TEST_CASE("Conflicts show in the status bar and are settled from there")
{
    SharedHub hub;
    GuiFixture anna;
    Teammate ben;
    joinBoth(hub, anna, ben);
    const qint64 owner = profileNamed(ben, QStringLiteral("Owner")).id;

    // Both change the industry before either has seen the other's.
    REQUIRE(anna.workspace().profiles()->setField(anna.profileId, ProfileField::Industry,
                                                  QStringLiteral("Mining")));
    REQUIRE(ben.workspace().profiles()->setField(owner, ProfileField::Industry,
                                                 QStringLiteral("Retail")));
    syncNowAndWait(anna);
    const SyncReport report = syncNowAndWait(ben);
    REQUIRE(report.outcome.has_value());
    REQUIRE(report.outcome->conflicts == 1);
    QLabel *label = syncLabel(ben);
    CHECK(label->text() == QStringLiteral("1 conflict"));

    // Ben's edit was taken in at his sync, after Anna's, so it was kept; he takes hers instead.
    whenShown<ConflictsDialog>([](ConflictsDialog *dialog) {
        CHECK(dialog->list()->topLevelItemCount() == 1);
        CHECK(dialog->list()->topLevelItem(0)->text(1) == QStringLiteral("Industry"));
        dialog->findChild<QPushButton *>(QStringLiteral("useOtherValueButton"))->click();
        dialog->accept();
    });
    QTest::mouseClick(label, Qt::LeftButton);
    CHECK(label->text().startsWith(QStringLiteral("Synced at ")));
    CHECK(profileNamed(ben, QStringLiteral("Owner")).segment.industry == QStringLiteral("Mining"));
}

TEST_CASE("Leaving the hub keeps the content and offers Join again")
{
    SharedHub hub;
    GuiFixture f;
    TeamActions *team = f.window.teamActions();
    team->setHubConnect(hub.connect(QStringLiteral("anna")));
    joinThroughMenu(f);
    whenShown<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text()
              == QStringLiteral("Stop syncing this workspace with postgresql://hub.example/team?"));
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    team->leaveAction()->trigger();
    CHECK_FALSE(team->isLinked());
    CHECK_FALSE(TeamSync(f.path, {}).link().has_value());
    CHECK(team->joinAction()->isEnabled());
    CHECK_FALSE(team->syncAction()->isEnabled());
    CHECK_FALSE(syncLabel(f)->isVisible());
    CHECK(f.onDisk(f.profileId).name == QStringLiteral("Owner"));
}
