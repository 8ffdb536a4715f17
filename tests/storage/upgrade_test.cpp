#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

QString copyOfFoundationFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.clientele"));
    REQUIRE(QFile::copy(QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.clientele"),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("An older workspace opened read-only is upgraded in memory, never on disk", "[storage]")
{
    QTemporaryDir dir;
    const QString path = copyOfFoundationFile(dir);
    const QByteArray before = digest(path);
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
    CHECK(ProfileRepository((*file)->database()).count() == 2);
    CHECK_FALSE((*file)->transaction([] {}).ok());
    file->reset();
    CHECK(digest(path) == before);
    CHECK(BackupSnapshots::list(path).isEmpty());
}

TEST_CASE("Upgrading an older workspace keeps a verified snapshot of it first", "[storage]")
{
    QTemporaryDir dir;
    const QString path = copyOfFoundationFile(dir);
    {
        auto file = WorkspaceFile::open(path);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
        CHECK(ProfileRepository((*file)->database()).count() == 2);
    }
    const QStringList snapshots = BackupSnapshots::list(path);
    REQUIRE(snapshots.size() == 1);
    SQLite::Database snapshot(snapshots.front().toStdString(), SQLite::OPEN_READONLY);
    CHECK(snapshot.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK(snapshot.execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(snapshot.execAndGet("SELECT count(*) FROM profile").getInt() == 2);

    // Opening the now current file again takes no further snapshot.
    REQUIRE(WorkspaceFile::open(path).ok());
    CHECK(BackupSnapshots::list(path).size() == 1);
}
