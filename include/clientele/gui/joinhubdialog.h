#pragma once

#include "clientele/core/teamsync.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace clientele {

class InlineNotice;

// What File ▸ Team ▸ Join a Hub… asks: the hub's address (a libpq URL or connection string),
// and optionally the user name and password to connect as.
struct HubLogin {
    QString address;
    QString user;
    QString password;

    // The address the workspace is linked to: with the user name, never the password.
    QString hub() const;
};

// Asks for a hub and joins it. Join runs `join` on a worker thread while the dialog shows it is
// busy; the dialog closes once it succeeds, and says why and stays open when it fails. An
// empty address is refused before anything runs.
class JoinHubDialog : public QDialog {
    Q_OBJECT
public:
    // Runs on a worker thread: links the workspace to login.hub() and syncs for the first time.
    using Join = std::function<Result<SyncOutcome>(const HubLogin &login)>;

    explicit JoinHubDialog(Join join, QWidget *parent = nullptr);
    ~JoinHubDialog() override;

    // Whether a desktop keyring answers here: without one, the dialog says the password will not
    // be remembered.
    void setKeyringAvailable(bool available);

    HubLogin login() const;
    // What the join did; valid once the dialog was accepted.
    SyncOutcome outcome() const { return m_outcome; }
    bool isJoining() const;
    // The message shown under the fields (a refused address, a failed join); empty when none.
    QString problem() const;

public Q_SLOTS:
    void reject() override;

private:
    void startJoin();
    void joinFinished();
    void setBusy(bool busy);
    void showProblem(const QString &text);
    void fitHeight();

    Join m_join;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_keyringNote;
    InlineNotice *m_problem;
    QWidget *m_busyRow;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Result<SyncOutcome>> m_watcher;
    SyncOutcome m_outcome;
};

} // namespace clientele
