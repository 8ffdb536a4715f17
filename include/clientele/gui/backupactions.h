#pragma once

#include <QObject>
#include <QString>

class QAction;
class QTimer;

namespace clientele {

class MainWindow;

// File ▸ Restore from Backup…, and the integrity check that runs in the background after a
// workspace opens: a file that fails it is offered its newest verified snapshot.
class BackupActions : public QObject {
    Q_OBJECT
public:
    explicit BackupActions(MainWindow *window);

    QAction *restoreAction() const { return m_restore; }
    // Called after a workspace opens: enables the action and starts the background check.
    void workspaceOpened();
    // Replaces the open workspace's content with `snapshot` and reopens it; false if refused.
    bool restoreFrom(const QString &snapshot);

    // How long after opening the background check starts.
    static constexpr int kCheckDelayMs = 1500;

Q_SIGNALS:
    // The background check finished; `problems` is empty when the file is sound.
    void checked(const QStringList &problems);

private:
    void chooseAndRestore();
    void startCheck();
    // Part of the workspace could not be read: check now rather than after the delay.
    void onReadFailed(const QString &message);
    void onChecked(const QString &path, const QStringList &problems);

    MainWindow *m_window;
    QAction *m_restore;
    QTimer *m_checkDelay;
    QString m_readFailure;
};

} // namespace clientele
