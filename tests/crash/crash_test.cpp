#include "clientele/core/workspace.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <random>

using namespace clientele;

// Kills a writer at random moments; every profile it reported as committed must survive whole.
TEST_CASE("A writer killed mid-write loses no committed edit", "[storage][crash]")
{
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delayMs(5, 120);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.clientele"));
    REQUIRE(Workspace::create(path).ok());

    QSet<qint64> reported;
    for (int trial = 0; trial < 25; ++trial) {
        QProcess writer;
        writer.start(QStringLiteral(CLIENTELE_CRASHWRITER), {path});
        REQUIRE(writer.waitForStarted());
        writer.waitForReadyRead(5000);
        QThread::msleep(delayMs(random));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(5000));
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                reported.insert(line.trimmed().toLongLong());

        auto opened = Workspace::open(path);
        INFO("trial " << trial);
        REQUIRE(opened.ok());
        REQUIRE((*opened)->file().problems().isEmpty());
        for (qint64 id : reported) {
            const auto profile = (*opened)->profile(id);
            INFO("id " << id << " of " << reported.size() << ", profiles on disk "
                       << (*opened)->profileCount());
            REQUIRE(profile.has_value());
            CHECK(profile->obstacles.size() == 3);
        }
    }
    CHECK(reported.size() > 25);
}
