#include "guifixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/windowhandoff.h"
#include "clientele/storage/workspacelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSysInfo>

#include <utility>
#include <vector>

using namespace clientele;

namespace {

// Starting a program offscreen and reading a lock both take a moment on a busy machine.
constexpr int kPatience = 60000;

void writeWorkspace(const QString &path)
{
    auto created = Workspace::create(path);
    REQUIRE(created.ok());
    (*created)->profiles()->add(QStringLiteral("Owner"));
}

// A window editing a workspace it opened as a user does (so it holds the lock), listening for
// later launches; every answer it gave is kept.
struct EditingWindow {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("clients.clientele"));
    MainWindow window;
    WindowHandoff handoff{&window};
    std::vector<std::pair<QString, bool>> answers;

    EditingWindow()
    {
        writeWorkspace(path);
        REQUIRE(handoff.isListening());
        REQUIRE(window.fileActions()->openPath(path));
        QObject::connect(
            &handoff, &WindowHandoff::answered, &window,
            [this](const QString &asked, bool raised) { answers.emplace_back(asked, raised); });
        window.show();
    }
};

// The built application started as the desktop starts it, offscreen, with settings and log in a
// folder of its own; stopped if it is still running when the test ends.
struct Launch {
    QTemporaryDir home;
    QProcess process;

    explicit Launch(const QStringList &files)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *folder : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(folder), home.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLIENTELE_APP), files);
        REQUIRE(process.waitForStarted());
    }
    ~Launch()
    {
        if (process.state() != QProcess::NotRunning) {
            const qint64 pid = process.processId();
            process.kill();
            process.waitForFinished();
            // A killed Clientele cannot remove its socket.
            QLocalServer::removeServer(WindowHandoff::serverNameFor(pid));
        }
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }
    // True once this launch holds the workspace's lock, that is, edits it in its own window.
    bool edits(const QString &path) const
    {
        const auto holder = WorkspaceLock::holder(path);
        return holder && holder->pid == process.processId();
    }
};

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

TEST_CASE("A second launch on a workspace being edited brings its window forward and quits",
          "[gui][handoff]")
{
    EditingWindow editing;
    editing.window.showMinimized();
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&elsewhere));

    Launch second({editing.path});
    // A launch that opened a window would run until closed: this one ends by itself.
    REQUIRE(QTest::qWaitFor([&] { return second.finished(); }, kPatience));
    INFO(second.process.readAllStandardError().toStdString());
    CHECK(second.process.exitStatus() == QProcess::NormalExit);
    CHECK(second.process.exitCode() == 0);

    CHECK(editing.answers == std::vector{std::pair{canonical(editing.path), true}});
    CHECK_FALSE(editing.window.isMinimized());
    REQUIRE(QTest::qWaitFor([&] { return editing.window.isActiveWindow(); }));
    // Still the one editor of the file.
    CHECK(WorkspaceLock::holder(editing.path)->pid == QCoreApplication::applicationPid());
    CHECK_FALSE(editing.window.workspace()->file().isReadOnly());
}

TEST_CASE("A launch on a workspace open nowhere opens it for editing", "[gui][handoff]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("free.clientele"));
    writeWorkspace(path);

    Launch launch({path});
    REQUIRE(QTest::qWaitFor([&] { return launch.edits(path) || launch.finished(); }, kPatience));
    INFO(launch.process.readAllStandardError().toStdString());
    CHECK(launch.edits(path));
    CHECK_FALSE(launch.finished());
}

TEST_CASE("A launch on a workspace whose editor died opens it for editing", "[gui][handoff]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphan.clientele"));
    writeWorkspace(path);
    // The lock a crashed Clientele leaves behind: a process on this computer that has exited.
    QProcess exited;
    exited.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    REQUIRE(exited.waitForFinished());
    const QByteArray deadPid = exited.readAllStandardOutput().trimmed();
    REQUIRE(deadPid.toLongLong() > 0);
    {
        QFile stale(WorkspaceLock::lockPathFor(path));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write(deadPid + "\nclientele\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }

    Launch launch({path});
    REQUIRE(QTest::qWaitFor([&] { return launch.edits(path) || launch.finished(); }, kPatience));
    INFO(launch.process.readAllStandardError().toStdString());
    CHECK(launch.edits(path));
    CHECK_FALSE(launch.finished());
}

TEST_CASE("A launch with a file being edited and one open nowhere raises the first and opens "
          "the second",
          "[gui][handoff]")
{
    EditingWindow editing;
    const QString other = editing.dir.filePath(QStringLiteral("other.clientele"));
    writeWorkspace(other);

    Launch launch({editing.path, other});
    REQUIRE(QTest::qWaitFor([&] { return launch.edits(other) || launch.finished(); }, kPatience));
    INFO(launch.process.readAllStandardError().toStdString());
    CHECK(launch.edits(other));
    CHECK(editing.answers == std::vector{std::pair{canonical(editing.path), true}});
    CHECK(WorkspaceLock::holder(editing.path)->pid == QCoreApplication::applicationPid());
}

TEST_CASE("A window asked for a file it does not show declines, and the launch opens the file "
          "as before",
          "[gui][handoff]")
{
    EditingWindow editing;
    // This process holds a second file without showing it, as nothing but a lock.
    const QString held = editing.dir.filePath(QStringLiteral("held.clientele"));
    writeWorkspace(held);
    auto lock = WorkspaceLock::acquire(held);
    REQUIRE(lock.ok());

    Launch launch({held});
    REQUIRE(
        QTest::qWaitFor([&] { return !editing.answers.empty() || launch.finished(); }, kPatience));
    CHECK(editing.answers == std::vector{std::pair{canonical(held), false}});
    // Not handed off: the launch goes on to open the file itself (and offers it read-only).
    CHECK_FALSE(launch.finished());
}

TEST_CASE("A launch takes each file once and gives every file past the first a window of its own",
          "[gui][handoff]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.clientele"));
    const QString second = dir.filePath(QStringLiteral("b.clientele"));
    const QString third = dir.filePath(QStringLiteral("c.clientele"));
    for (const QString &path : {first, second, third})
        writeWorkspace(path);
    const QString firstAgain = dir.filePath(QStringLiteral("./a.clientele"));

    const LaunchPlan plan = WindowHandoff::planLaunch({first, second, firstAgain, third});
    CHECK(plan.handedOff.isEmpty());
    CHECK(plan.openHere == first);
    CHECK(plan.openApart == QStringList{second, third});
}

TEST_CASE("A workspace held by a Clientele that does not answer opens as before", "[gui][handoff]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.clientele"));
    writeWorkspace(path);
    // Held by this process, whose event loop is not running while the launch waits.
    MainWindow window;
    REQUIRE(window.fileActions()->openPath(path));

    SECTION("one that does not listen, as an older version or the command line")
    {
        CHECK(WindowHandoff::planLaunch({path}).openHere == path);
    }
    SECTION("one that takes the connection and never answers, as a hung one")
    {
        QLocalServer hung;
        const QString name = WindowHandoff::serverNameFor(QCoreApplication::applicationPid());
        QLocalServer::removeServer(name);
        REQUIRE(hung.listen(name));
        const LaunchPlan plan = WindowHandoff::planLaunch({path});
        CHECK(plan.openHere == path);
        CHECK(plan.handedOff.isEmpty());
    }
}
