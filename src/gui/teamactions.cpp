#include "clientele/gui/teamactions.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/conflictsdialog.h"
#include "clientele/gui/hubaddress.h"
#include "clientele/gui/joinhubdialog.h"
#include "clientele/gui/mainwindow.h"
#include "hubconnect.h"
#include "hubkeyring.h"
#include "syncstatuslabel.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <utility>

namespace clientele {

namespace {

// One sync, on the worker thread.
SyncReport runSync(const QString &path, const TeamActions::HubConnect &connect,
                   const QString &password, bool requested)
{
    SyncReport report;
    report.path = path;
    report.requested = requested;
    auto reached = std::make_shared<bool>(true);
    TeamSync team(path, TeamActions::connectWith(connect, password, reached));
    const Result<SyncOutcome> synced = team.sync();
    if (synced) {
        report.outcome = *synced;
    } else {
        report.error = synced.errorMessage();
        report.offline = !*reached;
    }
    return report;
}

} // namespace

TeamSync::Connect TeamActions::connectWith(const HubConnect &connect, const QString &password,
                                           std::shared_ptr<bool> reached)
{
    // The password joins the address in memory only, on its way to libpq.
    return [connect, password, reached](const QString &hub) {
        auto opened = connect(
            password.isEmpty() ? hub : hubAddressWith(hub, QStringLiteral("password"), password));
        if (reached)
            *reached = opened.ok();
        return opened;
    };
}

TeamActions::TeamActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Team"), window))
    , m_label(new SyncStatusLabel(window))
    , m_soon(new QTimer(this))
    , m_every(new QTimer(this))
    , m_reloadRetry(new QTimer(this))
    , m_connect(postgresHubConnect())
{
    m_menu->setObjectName(QStringLiteral("teamMenu"));
    m_join = m_menu->addAction(tr("&Join a Hub\u2026"));
    m_sync = m_menu->addAction(tr("&Sync Now"));
    m_conflicts = m_menu->addAction(tr("&Conflicts\u2026"));
    m_menu->addSeparator();
    m_leave = m_menu->addAction(tr("&Leave the Hub\u2026"));
    m_join->setObjectName(QStringLiteral("joinHubAction"));
    m_sync->setObjectName(QStringLiteral("syncNowAction"));
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    m_leave->setObjectName(QStringLiteral("leaveHubAction"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_join->setStatusTip(tr("Share this workspace with your team through a PostgreSQL hub"));
    m_sync->setStatusTip(tr("Send your changes to the hub and take in your team's"));

    m_soon->setSingleShot(true);
    m_every->setInterval(kIntervalMs);
    m_reloadRetry->setSingleShot(true);
    m_reloadRetry->setInterval(500);
    connect(m_soon, &QTimer::timeout, this, [this] { startSync(false); });
    // While edits are coming in, the sync after they stop is soon enough: the window reads the
    // workspace again when the team's changes arrive, which is best done between edits.
    connect(m_every, &QTimer::timeout, this, [this] {
        if (!m_soon->isActive())
            startSync(false);
    });
    connect(m_reloadRetry, &QTimer::timeout, this, [this] {
        if (m_reloadPending)
            reloadWorkspace();
    });
    connect(m_join, &QAction::triggered, this, &TeamActions::join);
    connect(m_sync, &QAction::triggered, this, &TeamActions::syncNow);
    connect(m_conflicts, &QAction::triggered, this, &TeamActions::showConflicts);
    connect(m_leave, &QAction::triggered, this, &TeamActions::leave);
    connect(m_label, &SyncStatusLabel::clicked, this, &TeamActions::showConflicts);
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, &TeamActions::workerFinished);
    m_label->hide();
    updateActions();
}

TeamActions::~TeamActions()
{
    // The worker writes the workspace file: it finishes before the window goes.
    m_watcher.waitForFinished();
}

QLabel *TeamActions::statusLabel() const
{
    return m_label;
}

QString TeamActions::workspacePath() const
{
    return m_window->workspace() ? m_window->workspace()->path() : QString();
}

TeamSync TeamActions::teamSync() const
{
    return TeamSync(workspacePath(), m_connect);
}

void TeamActions::workspaceOpened()
{
    m_soon->stop();
    m_every->stop();
    disconnect(m_editsWatch);
    readLink();
    if (!m_reloading) {
        m_reloadPending = false;
        m_conflictCount = 0;
        m_reason.clear();
        m_lastSynced = m_link ? m_link->lastSync : QDateTime();
        m_state = m_lastSynced.isValid() ? State::Synced : State::NotSynced;
    }
    updateActions();
    showStatus();
    if (!m_link)
        return;
    m_editsWatch = connect(m_window->workspace(), &Workspace::saved, this,
                           [this] { m_soon->start(kQuietAfterEditMs); });
    m_every->start();
    if (!m_reloading)
        m_soon->start(kFirstSyncDelayMs);
}

void TeamActions::readLink()
{
    m_link.reset();
    Workspace *workspace = m_window->workspace();
    if (!workspace || workspace->file().isReadOnly() || m_window->isSample())
        return;
    m_link = teamSync().link();
}

void TeamActions::updateActions()
{
    Workspace *workspace = m_window->workspace();
    const bool writable = workspace && !workspace->file().isReadOnly() && !m_window->isSample();
    m_join->setEnabled(writable && !m_link);
    m_sync->setEnabled(writable && m_link);
    m_conflicts->setEnabled(writable && m_link);
    m_leave->setEnabled(writable && m_link);
}

void TeamActions::syncNow()
{
    startSync(true);
}

void TeamActions::startSync(bool requested)
{
    if (!m_link)
        return;
    if (m_running) {
        m_again = true;
        m_againRequested = m_againRequested || requested;
        return;
    }
    m_running = true;
    m_soon->stop();
    syncStarted(requested);
    const QString path = workspacePath();
    withPassword(m_link->hub, [this, path, requested](const QString &password) {
        launch(path, password, requested);
    });
}

void TeamActions::withPassword(const QString &hub, std::function<void(const QString &)> then)
{
    if (const auto known = m_passwords.constFind(hub); known != m_passwords.cend()) {
        then(*known);
        return;
    }
    // A keyring may ask the user to unlock it first: the sync waits a while, then goes on
    // without (libpq may find one in .pgpass), and an answer that comes later serves the next.
    auto pending = std::make_shared<std::function<void(const QString &)>>(std::move(then));
    const auto once = [pending](const QString &password) {
        if (const auto go = std::exchange(*pending, {}))
            go(password);
    };
    QTimer::singleShot(kKeyringWaitMs, this, [once] { once({}); });
    hubkeyring::readPassword(hub, this, [this, hub, once](const QString &password, bool) {
        m_passwords.insert(hub, password);
        once(password);
    });
}

void TeamActions::launch(const QString &path, const QString &password, bool requested)
{
    // The window went on to another workspace while the keyring answered.
    if (path != workspacePath() || !m_link) {
        m_running = false;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(runSync, path, m_connect, password, requested));
}

void TeamActions::workerFinished()
{
    m_running = false;
    syncFinished(m_watcher.result());
    if (m_again && m_link) {
        m_again = false;
        const bool requested = m_againRequested;
        m_againRequested = false;
        startSync(requested);
    }
}

void TeamActions::syncStarted(bool requested)
{
    // Trying again in the background while offline changes nothing the user needs to see.
    if (!requested && m_state == State::Offline)
        return;
    m_state = State::Syncing;
    showStatus();
}

void TeamActions::syncFinished(const SyncReport &report)
{
    if (report.path != workspacePath() || !m_link) {
        Q_EMIT synced(report);
        return;
    }
    if (report.outcome) {
        if (m_state == State::Offline || m_state == State::Failed)
            spdlog::info("synced with the hub again");
        m_lastSynced = report.outcome->at;
        m_conflictCount = report.outcome->conflicts;
        m_state = m_conflictCount > 0 ? State::Conflicts : State::Synced;
        m_reason.clear();
        showStatus();
        if (report.outcome->contentChanged)
            reloadWorkspace();
    } else {
        // Said once: the status bar keeps the word, the log the reason, until it changes.
        if (report.error != m_reason)
            spdlog::warn("sync with the hub failed: {}", report.error.toStdString());
        m_state = report.offline ? State::Offline : State::Failed;
        m_reason = report.error;
        showStatus();
        if (report.requested)
            m_window->statusBar()->showMessage(report.error, 10000);
    }
    Q_EMIT synced(report);
}

void TeamActions::showStatus()
{
    m_label->setVisible(m_link.has_value());
    m_label->setClickable(m_state == State::Conflicts);
    const QString hub = m_link ? m_link->hub : QString();
    switch (m_state) {
    case State::NotSynced:
        m_label->setText(tr("Not synced yet"));
        m_label->setToolTip(tr("This workspace syncs with %1.").arg(hub));
        break;
    case State::Syncing:
        m_label->setText(tr("Syncing\u2026"));
        m_label->setToolTip(tr("Syncing with %1.").arg(hub));
        break;
    case State::Synced:
        m_label->setText(
            tr("Synced at %1")
                .arg(QLocale().toString(m_lastSynced.toLocalTime().time(), QLocale::ShortFormat)));
        m_label->setToolTip(
            tr("Last synced with %1 on %2.")
                .arg(hub, QLocale().toString(m_lastSynced.toLocalTime(), QLocale::LongFormat)));
        break;
    case State::Offline:
        m_label->setText(tr("Offline"));
        m_label->setToolTip(m_reason);
        break;
    case State::Failed:
        m_label->setText(tr("Not synced"));
        m_label->setToolTip(m_reason);
        break;
    case State::Conflicts:
        m_label->setText(m_conflictCount == 1 ? tr("1 conflict")
                                              : tr("%n conflicts", nullptr, m_conflictCount));
        m_label->setToolTip(tr("Edits made apart from each other wait for you to choose "
                               "between them. Click to see them."));
        break;
    }
}

void TeamActions::reloadWorkspace()
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_reloadPending = true;
        m_reloadRetry->start();
        return;
    }
    m_reloadPending = false;
    m_reloading = true;
    const bool reopened = m_window->reopenWorkspace();
    m_reloading = false;
    if (reopened)
        m_window->statusBar()->showMessage(tr("Your team's changes are in. Undo starts afresh "
                                              "from here."),
                                           10000);
}

} // namespace clientele
