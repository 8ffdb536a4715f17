#pragma once

#include "clientele/core/teamsync.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace clientele {

class MainWindow;
class SyncStatusLabel;

// What one sync on the worker thread came to.
struct SyncReport {
    QString path;                       // the workspace it ran on
    bool requested = false;             // asked for with Sync Now, not in the background
    std::optional<SyncOutcome> outcome; // when it went through
    QString error;                      // why it did not
    bool offline = false;               // the hub could not be reached or refused the connection
};

// File ▸ Team: Join a Hub…, Sync Now, Conflicts…, Leave the Hub…, and the background sync of a
// workspace linked to a hub: shortly after it opens, a few seconds after edits stop, and every
// minute, one sync at a time on a worker thread with its own connection to the file. The status
// bar tells the last sync, "Offline" (once, without a dialog) or how many conflicts wait. When a
// sync brings the team's changes, the window reads the workspace again, keeping the section and
// the selection; the undo stack starts afresh.
class TeamActions : public QObject {
    Q_OBJECT
public:
    // Opens the exchange at a hub address, which carries the password when one is known.
    using HubConnect = std::function<Result<std::unique_ptr<ChangeExchange>>(const QString &)>;

    enum class State { NotSynced, Syncing, Synced, Offline, Failed, Conflicts };

    explicit TeamActions(MainWindow *window);
    ~TeamActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *joinAction() const { return m_join; }
    QAction *syncAction() const { return m_sync; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *leaveAction() const { return m_leave; }
    QLabel *statusLabel() const;

    // How a hub is reached; the PostgreSQL hub unless a test gives another.
    void setHubConnect(HubConnect connect) { m_connect = std::move(connect); }
    // Called by the window whenever it shows another workspace, or none.
    void workspaceOpened();
    bool isLinked() const { return m_link.has_value(); }
    bool isSyncing() const { return m_running; }
    State state() const { return m_state; }

    // What the worker calls at the start and end of a sync: the status bar follows, and a
    // sync that brought changes has the window read the workspace again.
    void syncStarted(bool requested);
    void syncFinished(const SyncReport &report);

    // Reaches the hub with `password` added to the address; `reached`, when given, tells
    // afterwards whether the hub took the connection.
    static TeamSync::Connect connectWith(const HubConnect &connect, const QString &password,
                                         std::shared_ptr<bool> reached = {});

    // The background sync's delays.
    static constexpr int kFirstSyncDelayMs = 2000;
    static constexpr int kQuietAfterEditMs = 3000;
    static constexpr int kIntervalMs = 60 * 1000;
    // How long a sync waits for the keyring before it goes on without a password.
    static constexpr int kKeyringWaitMs = 30 * 1000;

public Q_SLOTS:
    // Syncs now, or as soon as the sync running ends.
    void syncNow();
    void join();
    void showConflicts();
    void leave();

Q_SIGNALS:
    // After the window has taken in what a sync came to.
    void synced(const SyncReport &report);

private:
    void startSync(bool requested);
    void launch(const QString &path, const QString &password, bool requested);
    void workerFinished();
    // The password for `hub` from the keyring (or none), asked once per hub and session.
    void withPassword(const QString &hub, std::function<void(const QString &)> then);
    // The team sync of the open workspace, for what needs no password: the link, conflicts.
    TeamSync teamSync() const;
    QString workspacePath() const;
    void readLink();
    void updateActions();
    void showStatus();
    // Reads the workspace again; waits while a dialog is open over the window.
    void reloadWorkspace();

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_join;
    QAction *m_sync;
    QAction *m_conflicts;
    QAction *m_leave;
    SyncStatusLabel *m_label;
    QTimer *m_soon;
    QTimer *m_every;
    QTimer *m_reloadRetry;
    HubConnect m_connect;
    std::optional<SyncLink> m_link;
    QMetaObject::Connection m_editsWatch;
    QHash<QString, QString> m_passwords;
    QFutureWatcher<SyncReport> m_watcher;
    bool m_running = false;
    bool m_again = false;
    bool m_againRequested = false;
    bool m_reloading = false;
    bool m_reloadPending = false;
    State m_state = State::NotSynced;
    QDateTime m_lastSynced;
    int m_conflictCount = 0;
    QString m_reason;
};

} // namespace clientele
