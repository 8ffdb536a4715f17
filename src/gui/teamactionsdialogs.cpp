#include "clientele/core/workspace.h"
#include "clientele/gui/conflictsdialog.h"
#include "clientele/gui/joinhubdialog.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/teamactions.h"
#include "hubkeyring.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

// File ▸ Team's dialogs: joining a hub, the conflicts, leaving.
namespace clientele {

void TeamActions::join()
{
    if (!m_join->isEnabled())
        return;
    const QString path = workspacePath();
    const HubConnect connect = m_connect;
    JoinHubDialog dialog(
        [path, connect](const HubLogin &login) {
            return TeamSync(path, connectWith(connect, login.password)).join(login.hub());
        },
        m_window);
    hubkeyring::probe(&dialog,
                      [&dialog](bool available) { dialog.setKeyringAvailable(available); });
    if (dialog.exec() != QDialog::Accepted)
        return;

    const HubLogin login = dialog.login();
    m_passwords.insert(login.hub(), login.password);
    if (!login.password.isEmpty())
        hubkeyring::writePassword(login.hub(), login.password, this, [](bool) {});
    const SyncOutcome outcome = dialog.outcome();
    m_lastSynced = outcome.at;
    m_conflictCount = outcome.conflicts;
    m_state = m_conflictCount > 0 ? State::Conflicts : State::Synced;
    m_reason.clear();
    // The link is in the file now: the window takes it in with the workspace's new content.
    m_reloading = true;
    if (outcome.contentChanged)
        m_window->reopenWorkspace();
    else
        workspaceOpened();
    m_reloading = false;
    m_window->statusBar()->showMessage(
        tr("Joined the hub: this workspace now syncs with your team."), 10000);
}

void TeamActions::showConflicts()
{
    if (!m_link)
        return;
    const auto listed = teamSync().conflicts();
    if (!listed) {
        QMessageBox::warning(m_window, tr("Conflicts"), listed.errorMessage());
        return;
    }
    const QString path = workspacePath();
    const HubConnect connect = m_connect;
    ConflictsDialog dialog(
        *listed,
        [path, connect](const QString &lostChangeId, const QString &value) {
            return TeamSync(path, connect).resolve(lostChangeId, value);
        },
        m_window);
    dialog.exec();
    if (dialog.resolvedCount() == 0)
        return;
    m_conflictCount = int(listed->size()) - dialog.resolvedCount();
    if (m_state == State::Conflicts && m_conflictCount == 0)
        m_state = State::Synced;
    showStatus();
    // A value taken from the other side changed the workspace; the choice travels with the
    // next sync.
    reloadWorkspace();
    m_soon->start(0);
}

void TeamActions::leave()
{
    if (!m_link)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Leave the Hub"),
                    tr("Stop syncing this workspace with %1?").arg(m_link->hub),
                    QMessageBox::Cancel, m_window);
    ask.setInformativeText(tr("The workspace keeps everything it holds now, and the hub keeps "
                              "its copy for your team. Changes not synced yet stay on this "
                              "computer only."));
    QAbstractButton *leaveButton = ask.addButton(tr("&Leave the Hub"), QMessageBox::AcceptRole);
    ask.exec();
    if (ask.clickedButton() != leaveButton)
        return;
    // A sync under way finishes first, so it never writes to a file that has left.
    if (m_running) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_watcher.waitForFinished();
        QApplication::restoreOverrideCursor();
    }
    const Status left = teamSync().leave();
    if (!left) {
        QMessageBox::warning(m_window, tr("Leave the Hub"), left.errorMessage());
        return;
    }
    workspaceOpened();
    m_window->statusBar()->showMessage(tr("This workspace no longer syncs with the hub."), 10000);
}

} // namespace clientele
