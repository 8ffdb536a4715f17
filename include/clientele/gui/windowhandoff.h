#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace clientele {

class MainWindow;

// What a launch does with the files on its command line. A window shows one workspace, so the
// first file no running Clientele took opens in this launch's window and each further one in a
// Clientele of its own.
struct LaunchPlan {
    // Brought forward in the Clientele that already edits them.
    QStringList handedOff;
    QString openHere;
    QStringList openApart;
};

// Opening a workspace that a running Clientele already edits brings that window forward instead
// of opening the file a second time read-only. The workspace lock names the process that holds a
// file, and each window listens on a local socket named after its process, so a new launch asks
// that process to raise its window and then quits. A holder that does not answer in time (an
// older version, the command line, a hung one) changes nothing: the file opens as it always did.
class WindowHandoff : public QObject {
    Q_OBJECT
public:
    // Answers requests for `window`'s workspace for as long as this lives.
    explicit WindowHandoff(MainWindow *window);
    ~WindowHandoff() override;
    bool isListening() const;

    // The local socket the Clientele with process id `pid` listens on.
    static QString serverNameFor(qint64 pid);
    // Asks the Clientele on this computer that holds `workspacePath` to bring its window
    // forward; true once it says it has. Waits at most a few seconds.
    static bool handOff(const QString &workspacePath);
    // Hands off each file it can, taking each file once, in the order given.
    static LaunchPlan planLaunch(const QStringList &files);

Q_SIGNALS:
    // A request for `path` was answered: `raised` when this window shows it and came forward.
    void answered(const QString &path, bool raised);

private:
    void serve(QLocalSocket *socket);
    bool bringForward(const QString &path, const QString &activationToken);

    MainWindow *m_window;
    QLocalServer *m_server;
};

} // namespace clientele
