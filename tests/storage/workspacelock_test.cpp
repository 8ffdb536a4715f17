#include "clientele/storage/workspacelock.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace clientele;

TEST_CASE("A second editor of a workspace learns who holds it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.clientele"));
    {
        auto first = WorkspaceLock::acquire(path);
        REQUIRE(first.ok());
        auto second = WorkspaceLock::acquire(path);
        REQUIRE_FALSE(second.ok());
        CHECK(second.errorMessage().contains(QStringLiteral("another window")));
        CHECK(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())));
    }
    // Released with its holder.
    CHECK(WorkspaceLock::acquire(path).ok());
}

TEST_CASE("A lock left by a process that died is cleared by the next opener", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphan.clientele"));
    // A lock file naming a process that has exited, as a crash would leave it.
    QProcess finished;
    finished.start(QStringLiteral("true"));
    REQUIRE(finished.waitForFinished());
    const qint64 deadPid = finished.processId();
    {
        QFile stale(WorkspaceLock::lockPathFor(path));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid > 0 ? deadPid : 999999) + "\nclientele\n"
                    + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    CHECK(WorkspaceLock::acquire(path).ok());
}

TEST_CASE("The lock names the process and computer editing a workspace", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("named.clientele"));
    CHECK_FALSE(WorkspaceLock::holder(path).has_value());
    {
        auto held = WorkspaceLock::acquire(path);
        REQUIRE(held.ok());
        const auto holder = WorkspaceLock::holder(path);
        REQUIRE(holder.has_value());
        CHECK(holder->pid == QCoreApplication::applicationPid());
        CHECK(holder->host == QSysInfo::machineHostName());
        CHECK(holder->application == QStringLiteral("clientele_storage_tests"));
    }
    CHECK_FALSE(WorkspaceLock::holder(path).has_value());
}

TEST_CASE("Asking who holds a workspace leaves a dead holder's lock for the opener to clear",
          "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asked.clientele"));
    {
        QFile stale(WorkspaceLock::lockPathFor(path));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("4194304\nclientele\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    const auto holder = WorkspaceLock::holder(path);
    REQUIRE(holder.has_value());
    CHECK(holder->pid == 4194304);
    CHECK(holder->application == QStringLiteral("clientele"));
    CHECK(QFile::exists(WorkspaceLock::lockPathFor(path)));
}

TEST_CASE("A workspace opened through a link is held by the lock of the file it names", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.clientele"));
    const QString link = dir.filePath(QStringLiteral("shortcut.clientele"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    REQUIRE(QFile::link(path, link));
    auto held = WorkspaceLock::acquire(path);
    REQUIRE(held.ok());
    CHECK_FALSE(WorkspaceLock::acquire(link).ok());
    const auto holder = WorkspaceLock::holder(link);
    REQUIRE(holder.has_value());
    CHECK(holder->pid == QCoreApplication::applicationPid());
}
