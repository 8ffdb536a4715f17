#include "clientele/domain/profilefields.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;

namespace {

CustomerProfile withLists(const QString &name, int items)
{
    CustomerProfile profile;
    profile.name = name;
    for (ProfileList list : allProfileLists())
        for (int i = 0; i < items; ++i)
            listItems(profile, list)
                .append({0, QStringLiteral("%1 %2 %3").arg(name, listKey(list)).arg(i),
                         list == ProfileList::Exclusions ? QStringLiteral("why %1").arg(i)
                                                         : QString()});
    return profile;
}

} // namespace

TEST_CASE("Every profile reopens with each of its lists whole and in order", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    {
        auto file = WorkspaceFile::create(path);
        REQUIRE(file.ok());
        ProfileRepository profiles((*file)->database());
        REQUIRE((*file)->transaction([&] {
            profiles.save(withLists(QStringLiteral("First"), 3));
            profiles.save(withLists(QStringLiteral("Empty"), 0));
            const CustomerProfile third = profiles.save(withLists(QStringLiteral("Third"), 4));
            // Rewritten later, so its items are stored after the others'.
            CustomerProfile edited = third;
            listItems(edited, ProfileList::Needs).move(0, 3);
            listItems(edited, ProfileList::Obstacles).removeAt(1);
            profiles.save(edited);
        }));
    }
    auto reopened = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(reopened.ok());
    ProfileRepository profiles((*reopened)->database());
    const QList<CustomerProfile> all = profiles.all();
    REQUIRE(all.size() == 3);
    for (const CustomerProfile &profile : all)
        CHECK(profile == profiles.find(profile.id));
    CHECK(listItems(all[0], ProfileList::Exclusions).size() == 3);
    CHECK(listItems(all[0], ProfileList::Exclusions)[2].detail == QStringLiteral("why 2"));
    CHECK(listItems(all[1], ProfileList::Needs).isEmpty());
    CHECK(listItems(all[2], ProfileList::Needs).constLast().text
          == QStringLiteral("Third needs 0"));
    CHECK(listItems(all[2], ProfileList::Obstacles).size() == 3);
}

TEST_CASE("A new list item never takes the id of an item its profile still holds", "[storage]")
{
    QTemporaryDir dir;
    auto file = WorkspaceFile::create(dir.filePath(QStringLiteral("w.clientele")));
    REQUIRE(file.ok());
    ProfileRepository profiles((*file)->database());
    CustomerProfile profile;
    profile.name = QStringLiteral("Owner");
    profile.obstacles.append({0, QStringLiteral("Re-keying"), {}});
    profile = profiles.save(profile);
    // The newest item, in the last list, holds the highest id of the table.
    profile.exclusions.append({0, QStringLiteral("Retail"), QStringLiteral("Too small")});
    profile = profiles.save(profile);
    const qint64 exclusion = profile.exclusions[0].id;

    // An item added to an earlier list, saved with the exclusion it already has.
    profile.obstacles.append({0, QStringLiteral("No time"), {}});
    const CustomerProfile saved = profiles.save(profile);
    CHECK(saved.exclusions[0].id == exclusion);
    CHECK(saved.obstacles[1].id != exclusion);
    CHECK(profiles.find(profile.id) == saved);
}
