#include "badfiles.h"
#include "readonlyfiles.h"

#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace clientele;
using namespace clientele::test;

namespace {

// A closed workspace holding one profile, so that reading it back shows its content.
void writeWorkspace(const QString &path)
{
    auto file = WorkspaceFile::create(path);
    REQUIRE(file.ok());
    CustomerProfile profile;
    profile.name = QStringLiteral("Acme Plumbing");
    REQUIRE((*file)->transaction([&] { ProfileRepository((*file)->database()).save(profile); }));
}

QString profileNames(WorkspaceFile &file)
{
    QStringList names;
    for (const auto &profile : ProfileRepository(file.database()).all())
        names << profile.name;
    return names.join(QStringLiteral(", "));
}

// What opening `path` for editing and then for reading tells the user, one line each.
QString openBothWays(const QString &path)
{
    QStringList said;
    auto editing = WorkspaceFile::open(path);
    said << (editing ? QStringLiteral("opened for editing") : editing.errorMessage());
    auto reading = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    said << (reading ? profileNames(**reading) : reading.errorMessage());
    return said.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A read-only workspace file is refused for editing by name, opens read-only and stays "
          "as it was",
          "[storage][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("clients"));
    const QString path = folder.filePath(QStringLiteral("ro.clientele"));
    writeWorkspace(path);
    setOwnerAndMode(path, 0444);
    const QByteArray before = sha256(path);

    const QString said = asOrdinaryUser([&] { return openBothWays(path); });

    CHECK(said
          == QStringLiteral("\"%1\" is read-only; open it read-only or copy it somewhere you can "
                            "write.\nAcme Plumbing")
                 .arg(path));
    CHECK(sha256(path) == before);
    // Refused before anything was written: no backup snapshot, no half-made file.
    for (const QString &entry : folder.entries())
        CHECK_FALSE((entry.endsWith(QStringLiteral(".backups"))
                     || entry.endsWith(QStringLiteral(".creating"))));
}

TEST_CASE("A workspace in a read-only folder is refused for editing naming the folder, opens "
          "read-only without a false alarm and nothing is written",
          "[storage][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("shared"));
    const QString path = folder.filePath(QStringLiteral("team.clientele"));
    writeWorkspace(path);
    setOwnerAndMode(path, 0644); // the file itself could be written
    folder.makeReadOnly();
    const QByteArray before = sha256(path);

    const QString said = asOrdinaryUser([&] {
        // A reader of a WAL file needs its "-shm" index, which cannot be made here; this used
        // to read as "the file is damaged", and the background check offered a backup.
        const QStringList problems = BackupSnapshots::quickCheck(path);
        return openBothWays(path) + QLatin1Char('\n')
               + (problems.isEmpty() ? QStringLiteral("healthy") : problems.join(u';'));
    });

    CHECK(said
          == QStringLiteral("The folder \"%1\" is read-only, so \"team.clientele\" cannot be "
                            "changed there; open it read-only or copy it somewhere you can "
                            "write.\nAcme Plumbing\nhealthy")
                 .arg(QDir::toNativeSeparators(folder.path())));
    CHECK(sha256(path) == before);
    CHECK(folder.entries() == QStringList{QStringLiteral("team.clientele")});
}

TEST_CASE("A new workspace or a copy in a read-only folder is refused naming the folder and "
          "leaves nothing there",
          "[storage][readonly]")
{
    QTemporaryDir dir;
    TestFolder work(dir.path(), QStringLiteral("work"));
    const QString source = work.filePath(QStringLiteral("source.clientele"));
    writeWorkspace(source);
    setOwnerAndMode(source, 0644);
    TestFolder archive(dir.path(), QStringLiteral("archive"));
    archive.makeReadOnly();
    const QString created = archive.filePath(QStringLiteral("new.clientele"));
    const QString copied = archive.filePath(QStringLiteral("copy.clientele"));

    const QString said = asOrdinaryUser([&] {
        QStringList lines;
        auto made = WorkspaceFile::create(created);
        lines << (made ? QStringLiteral("created") : made.errorMessage());
        auto file = WorkspaceFile::open(source, WorkspaceFile::Access::ReadOnly);
        if (!file)
            return file.errorMessage();
        const Status copy = (*file)->saveCopy(copied);
        lines << (copy ? QStringLiteral("copied") : copy.errorMessage());
        return lines.join(QLatin1Char('\n'));
    });

    const QString folder = QDir::toNativeSeparators(archive.path());
    CHECK(said
          == QStringLiteral("Could not create \"%1\": the folder \"%2\" is read-only. Choose a "
                            "folder you can write to.\n"
                            "Could not save a copy to \"%3\": the folder \"%2\" is read-only.")
                 .arg(created, folder, copied));
    CHECK(archive.entries().isEmpty());
}
