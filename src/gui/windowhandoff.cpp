#include "clientele/gui/windowhandoff.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/storage/workspacelock.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace clientele {

namespace {

// A request is this tag, the workspace's canonical path and the launcher's activation token.
const QByteArray kRequestTag = QByteArrayLiteral("clientele-raise/1");
constexpr auto kStreamVersion = QDataStream::Qt_6_4;
constexpr char kRaised = 'y';
constexpr char kNotHere = 'n';
// Anything longer is not a request.
constexpr qint64 kLongestRequest = 64 * 1024;
// A holder busy for longer than this is treated as gone: the file then opens as before.
constexpr int kAnswerWithinMs = 2000;

// One text for one file, however it was named (relative, through a link).
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QByteArray request(const QString &workspacePath)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    // Wayland brings a window forward only with the token the launcher gave the new process.
    out << kRequestTag << canonicalPath(workspacePath)
        << qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    return bytes;
}

} // namespace

WindowHandoff::WindowHandoff(MainWindow *window)
    : m_window(window)
    , m_server(new QLocalServer(this))
{
    const QString name = serverNameFor(QCoreApplication::applicationPid());
    // A socket left by a process that died with our id is ours to replace.
    QLocalServer::removeServer(name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name))
        spdlog::warn("a second launch cannot reach this window: {}",
                     m_server->errorString().toStdString());
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

WindowHandoff::~WindowHandoff() = default;

bool WindowHandoff::isListening() const
{
    return m_server->isListening();
}

QString WindowHandoff::serverNameFor(qint64 pid)
{
    const QString name = QStringLiteral("clientele-window-%1").arg(pid);
    // The user's own runtime folder where the desktop provides one: private to them and never
    // swept by a cleaner of /tmp. Elsewhere Qt places the name itself (/tmp, a Windows pipe).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

void WindowHandoff::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    const auto readRequest = [this, socket] {
        QDataStream in(socket);
        in.setVersion(kStreamVersion);
        in.startTransaction();
        QByteArray tag;
        QString path;
        QString token;
        in >> tag >> path >> token;
        if (!in.commitTransaction()) {
            if (socket->bytesAvailable() > kLongestRequest)
                socket->abort();
            return;
        }
        if (tag != kRequestTag) {
            socket->abort();
            return;
        }
        const bool raised = bringForward(path, token);
        socket->putChar(raised ? kRaised : kNotHere);
        socket->flush();
        Q_EMIT answered(path, raised);
    };
    connect(socket, &QLocalSocket::readyRead, this, readRequest);
    // The request may have arrived before the connection was taken up.
    if (socket->bytesAvailable() > 0)
        readRequest();
}

bool WindowHandoff::bringForward(const QString &path, const QString &activationToken)
{
    const Workspace *workspace = m_window->workspace();
    if (!workspace || canonicalPath(workspace->path()) != path)
        return false;
    if (!activationToken.isEmpty() && QGuiApplication::platformName().startsWith(u"wayland"))
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    // Restored from the taskbar if minimised, keeping it maximised if it was.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    spdlog::info("another launch asked for {}: brought its window forward", path.toStdString());
    return true;
}

bool WindowHandoff::handOff(const QString &workspacePath)
{
    const auto holder = WorkspaceLock::holder(workspacePath);
    // A holder on another computer sharing the folder has no window on this one.
    if (!holder || holder->host != QSysInfo::machineHostName())
        return false;
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(holder->pid));
    if (!socket.waitForConnected(kAnswerWithinMs))
        return false;
    socket.write(request(workspacePath));
    if (!socket.waitForBytesWritten(kAnswerWithinMs))
        return false;
    const QDeadlineTimer deadline(kAnswerWithinMs);
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            spdlog::warn("process {} holds {} but did not answer; opening it here", holder->pid,
                         workspacePath.toStdString());
            return false;
        }
    }
    char answer = 0;
    const bool raised = socket.getChar(&answer) && answer == kRaised;
    if (raised)
        spdlog::info("{} is open in process {}: brought its window forward",
                     workspacePath.toStdString(), holder->pid);
    return raised;
}

LaunchPlan WindowHandoff::planLaunch(const QStringList &files)
{
    LaunchPlan plan;
    QStringList seen;
    for (const QString &file : files) {
        const QString key = canonicalPath(file);
        if (seen.contains(key))
            continue;
        seen << key;
        if (handOff(file))
            plan.handedOff << file;
        else if (plan.openHere.isEmpty())
            plan.openHere = file;
        else
            plan.openApart << file;
    }
    return plan;
}

} // namespace clientele
