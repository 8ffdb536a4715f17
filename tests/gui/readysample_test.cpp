#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "identities.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

std::string exported(const QString &path)
{
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    auto json = exportWorkspaceJson(**file);
    REQUIRE(json.ok());
    return *json;
}

} // namespace

TEST_CASE("The app's ready-made sample holds exactly what the sample JSON builds", "[sample]")
{
    // The app copies the file the build made; it must not drift from the JSON it came from.
    REQUIRE(QFile::exists(kReadySampleResource));
    QTemporaryDir dir;
    const QString copied = dir.filePath(QStringLiteral("copied.clientele"));
    const QString built = dir.filePath(QStringLiteral("built.clientele"));
    REQUIRE(writeSampleWorkspace(copied).ok());
    REQUIRE(buildSampleWorkspace(built).ok());
    QStringList copiedUuids;
    QStringList builtUuids;
    CHECK(test::withoutUuids(exported(copied), &copiedUuids)
          == test::withoutUuids(exported(built), &builtUuids));
    // Every item has a uuid, and the copy's are its own: no two samples share an identity.
    const int items =
        test::identifiedItems(nlohmann::json::parse(sampleWorkspaceJson().toStdString()));
    CHECK(copiedUuids.size() == items);
    CHECK(builtUuids.size() == items);
    for (const QString &uuid : copiedUuids + builtUuids)
        CHECK(test::isVersion4Uuid(uuid));
    CHECK(test::allDistinct(copiedUuids + builtUuids));
}

TEST_CASE("Two copies of the app's ready-made sample share no identity", "[sample]")
{
    REQUIRE(QFile::exists(kReadySampleResource));
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.clientele"));
    const QString second = dir.filePath(QStringLiteral("second.clientele"));
    REQUIRE(writeSampleWorkspace(first).ok());
    REQUIRE(writeSampleWorkspace(second).ok());
    QStringList firstUuids;
    QStringList secondUuids;
    CHECK(test::withoutUuids(exported(first), &firstUuids)
          == test::withoutUuids(exported(second), &secondUuids));
    CHECK_FALSE(firstUuids.isEmpty());
    CHECK(firstUuids.size() == secondUuids.size());
    CHECK(test::allDistinct(firstUuids + secondUuids));
}

TEST_CASE("The copied sample is a workspace the user can edit and save a copy of", "[sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.clientele"));
    REQUIRE(writeSampleWorkspace(path).ok());
    CHECK((QFile::permissions(path) & QFileDevice::WriteUser));
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    const int before = (*workspace)->profiles()->count();
    CHECK(before > 0);
    (*workspace)->profiles()->add(QStringLiteral("Added in the sample"));

    const QString kept = dir.filePath(QStringLiteral("Kept.clientele"));
    REQUIRE((*workspace)->file().saveCopy(kept).ok());
    auto reopened = Workspace::open(kept, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->profiles()->count() == before + 1);
}

TEST_CASE("Writing the sample never replaces an existing file", "[sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Mine.clientele"));
    QFile mine(path);
    REQUIRE(mine.open(QIODevice::WriteOnly));
    mine.write("my notes");
    mine.close();
    CHECK_FALSE(writeSampleWorkspace(path).ok());
    REQUIRE(mine.open(QIODevice::ReadOnly));
    CHECK(mine.readAll() == "my notes");
}
