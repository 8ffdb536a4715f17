#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Opening must fail with a message containing `why`, and leave the file exactly as it was.
void requireRefused(const QString &path, const QString &why)
{
    const QByteArray before = digest(path);
    auto opened = WorkspaceFile::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.errorMessage().toStdString());
    CHECK(opened.errorMessage().contains(why));
    CHECK(digest(path) == before);
}

CustomerProfile named(const QString &name)
{
    CustomerProfile profile;
    profile.name = name;
    return profile;
}

// A new workspace at `path` with 200 profiles in one commit: enough pages to cut some off.
std::unique_ptr<WorkspaceFile> createWithProfiles(const QString &path)
{
    auto file = WorkspaceFile::create(path);
    REQUIRE(file.ok());
    ProfileRepository profiles((*file)->database());
    REQUIRE((*file)->transaction([&] {
        for (int i = 0; i < 200; ++i)
            profiles.save(named(QString(500, QLatin1Char('x'))));
    }));
    return std::move(*file);
}

} // namespace

TEST_CASE("A new workspace is marked as ours, at the latest schema, in WAL mode", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.clientele"));
    auto file = WorkspaceFile::create(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
    auto &db = (*file)->database();
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == WorkspaceFile::kApplicationId);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK((*file)->problems().isEmpty());
}

TEST_CASE("Creating refuses to overwrite an existing file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.txt"));
    writeBytes(path, "keep me");
    auto file = WorkspaceFile::create(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.errorMessage().contains(QStringLiteral("already exists")));
    CHECK(digest(path) == QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
}

TEST_CASE("Files that are not workspaces are refused, untouched, with the reason", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("candidate"));

    SECTION("missing")
    {
        auto opened = WorkspaceFile::open(dir.filePath(QStringLiteral("nothing-here")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.errorMessage().contains(QStringLiteral("does not exist")));
    }
    SECTION("empty")
    {
        writeBytes(path, {});
        requireRefused(path, QStringLiteral("empty"));
    }
    SECTION("text")
    {
        writeBytes(path, "Name,Total\nAcme,12.50\n");
        requireRefused(path, QStringLiteral("text file"));
    }
    SECTION("random bytes")
    {
        QByteArray noise;
        for (int i = 0; i < 5000; ++i)
            noise.append(static_cast<char>((i * 7919) % 251));
        writeBytes(path, noise);
        requireRefused(path, QStringLiteral("not a SQLite database"));
    }
    SECTION("another program's database")
    {
        {
            SQLite::Database other(path.toStdString(),
                                   SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            other.exec("CREATE TABLE songs(title TEXT)");
        }
        requireRefused(path, QStringLiteral("another program"));
    }
    SECTION("a newer schema")
    {
        REQUIRE(WorkspaceFile::create(path).ok());
        {
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
            raw.exec("PRAGMA user_version = 999");
            raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        requireRefused(path, QStringLiteral("newer version"));
    }
    SECTION("truncated")
    {
        createWithProfiles(path)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
        file.close();
        requireRefused(path, QStringLiteral("truncated"));
    }
}

TEST_CASE("A workspace left by a checkpoint cut short opens with what its log holds", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.clientele"));
    const QString left = dir.filePath(QStringLiteral("left.clientele"));
    const auto live = createWithProfiles(path);
    // The files as a crash leaves them while the profiles are still only in the log...
    REQUIRE(QFile::copy(path, left));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), left + QStringLiteral("-wal")));
    // ...with the checkpoint that died having written page 1 first: its header already counts
    // pages the file does not have yet.
    {
        QFile raw(left);
        REQUIRE(raw.open(QIODevice::ReadWrite));
        QByteArray header = raw.read(100);
        const qint64 pages = raw.size() / 4096 + 40;
        for (int i = 0; i < 4; ++i) {
            header[28 + i] = static_cast<char>((pages >> (8 * (3 - i))) & 0xff);
            header[92 + i] = header[24 + i]; // the count is marked valid
        }
        REQUIRE(raw.seek(0));
        REQUIRE(raw.write(header) == 100);
    }

    auto reopened = WorkspaceFile::open(left);
    INFO((reopened ? QString() : reopened.errorMessage()).toStdString());
    REQUIRE(reopened.ok());
    CHECK(ProfileRepository((*reopened)->database()).count() == 200);
    CHECK((*reopened)->problems().isEmpty());
}

TEST_CASE("Saving a copy writes a consistent workspace that opens on its own", "[storage]")
{
    QTemporaryDir dir;
    auto file = WorkspaceFile::create(dir.filePath(QStringLiteral("a.clientele")));
    REQUIRE(file.ok());
    ProfileRepository profiles((*file)->database());
    REQUIRE((*file)->transaction([&] { profiles.save(named(QStringLiteral("Owner"))); }));
    const QString copyPath = dir.filePath(QStringLiteral("b.clientele"));
    REQUIRE((*file)->saveCopy(copyPath).ok());
    auto copy = WorkspaceFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK(ProfileRepository((*copy)->database()).all().front().name == QStringLiteral("Owner"));
}
