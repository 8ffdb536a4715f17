// The window against a real hub: the throwaway PostgreSQL cluster of the hub tests. Hidden from
// discovery and registered with the cluster as its fixture (tests/CMakeLists.txt).

#include "teamfixture.h"

#include "../sync/scratchhub.h"
#include "clientele/sync/hub.h"

#include <QLabel>

using namespace clientele;

TEST_CASE("Two windows share a PostgreSQL hub: an edit in one shows in the other after Sync Now",
          "[.][hub]")
{
    ScratchDatabase database;
    const Status initialised = PostgresHub::init(database.url());
    INFO(initialised.errorMessage().toStdString());
    REQUIRE(initialised.ok());

    // Both windows reach the hub as the app does, through libpq.
    GuiFixture anna;
    joinThroughMenu(anna, database.url());
    Teammate ben;
    joinThroughMenu(ben, database.url());
    const qint64 owner = profileNamed(ben, QStringLiteral("Owner")).id;
    ben.window.showPage<ProfilesPage>()->selectItem(owner);

    REQUIRE(anna.workspace().profiles()->setField(anna.profileId, ProfileField::Industry,
                                                  QStringLiteral("Electrical contracting")));
    const SyncReport pushed = syncNowAndWait(anna);
    INFO(pushed.error.toStdString());
    REQUIRE(pushed.outcome.has_value());
    CHECK(pushed.outcome->pushed > 0);

    const SyncReport taken = syncNowAndWait(ben);
    INFO(taken.error.toStdString());
    REQUIRE(taken.outcome.has_value());
    CHECK(taken.outcome->contentChanged);
    CHECK(profileNamed(ben, QStringLiteral("Owner")).segment.industry
          == QStringLiteral("Electrical contracting"));
    CHECK(ben.window.builtPage<ProfilesPage>()->currentItemId() == owner);
    auto *label = childOf<QLabel>(&ben.window, QStringLiteral("syncStatusLabel"));
    CHECK(label->text().startsWith(QStringLiteral("Synced at ")));
}
