#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

CustomerProfile named(const QString &name)
{
    CustomerProfile profile;
    profile.name = name;
    return profile;
}

QStringList names(WorkspaceFile &file)
{
    QStringList list;
    for (const auto &profile : ProfileRepository(file.database()).all())
        list << profile.name;
    return list;
}

} // namespace

TEST_CASE("Restoring a snapshot brings its content back and keeps the present as a snapshot",
          "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    auto file = std::move(*WorkspaceFile::create(path));
    ProfileRepository profiles(file->database());
    REQUIRE(file->transaction([&] { profiles.save(named(QStringLiteral("Before"))); }));
    auto snapshot = BackupSnapshots::take(*file, QStringLiteral("test"));
    REQUIRE(snapshot.ok());
    REQUIRE(file->transaction([&] { profiles.save(named(QStringLiteral("After"))); }));

    REQUIRE(BackupSnapshots::restore(*snapshot, *file).ok());
    CHECK(names(*file) == QStringList{QStringLiteral("Before")});
    CHECK(file->problems().isEmpty());
    // The state just replaced is the newest snapshot now.
    const QStringList kept = BackupSnapshots::list(path);
    REQUIRE(kept.size() == 2);
    REQUIRE(BackupSnapshots::restore(kept.front(), *file).ok());
    CHECK(names(*file).contains(QStringLiteral("After")));
    CHECK(BackupSnapshots::quickCheck(path).isEmpty());
}

TEST_CASE("A damaged or foreign snapshot is refused and the workspace stays as it was",
          "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    auto file = std::move(*WorkspaceFile::create(path));
    REQUIRE(file->transaction(
        [&] { ProfileRepository(file->database()).save(named(QStringLiteral("Kept"))); }));
    const QString bogus = dir.filePath(QStringLiteral("bogus.clientele"));
    {
        QFile out(bogus);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("not a backup at all\n");
    }
    CHECK_FALSE(BackupSnapshots::restore(bogus, *file).ok());
    CHECK(names(*file) == QStringList{QStringLiteral("Kept")});
    CHECK_FALSE(BackupSnapshots::quickCheck(bogus).isEmpty());
}
