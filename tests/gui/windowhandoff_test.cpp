#include "guifixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/windowhandoff.h"

#include <QLocalServer>

using namespace clientele;

namespace {

void writeWorkspace(const QString &path)
{
    auto created = Workspace::create(path);
    REQUIRE(created.ok());
    (*created)->profiles()->add(QStringLiteral("Owner"));
}

} // namespace

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
