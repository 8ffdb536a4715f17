#include "memoryexchange.h"
#include "teamreplicas.h"

#include "clientele/core/customerbook.h"
#include "clientele/core/history.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/teamsync.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/sampleworkspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;
using namespace synctest;

namespace {

// Consultants sharing one memory hub, each with a workspace file of their own.
struct Team {
    QTemporaryDir dir;
    std::shared_ptr<MemoryHub> hub = std::make_shared<MemoryHub>();

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    TeamSync as(const char *name, const char *author) const
    {
        return TeamSync(path(name), memoryConnect(hub, QString::fromLatin1(author)));
    }
};

// Anna's sample shared through the hub and downloaded by Ben into a new workspace.
void startTeam(Team &team)
{
    REQUIRE(writeSampleWorkspace(team.path("anna.clientele")).ok());
    REQUIRE(team.as("anna.clientele", "anna").join(QStringLiteral("memory")).ok());
    REQUIRE(Workspace::create(team.path("ben.clientele")).ok());
    REQUIRE(team.as("ben.clientele", "ben").join(QStringLiteral("memory")).ok());
}

// The customers imported invoices gave, best spenders first: name and net spend.
QStringList topCustomers(const QString &path)
{
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    QStringList top;
    for (const CustomerRow &row : (*workspace)->customers()->top(CustomerSort::Spend, 5))
        top.append(row.name + QLatin1Char(' ') + QString::number(row.metrics.netSpend));
    return top;
}

void syncBoth(Team &team)
{
    for (int round = 0; round < 2; ++round) {
        REQUIRE(team.as("anna.clientele", "anna").sync().ok());
        REQUIRE(team.as("ben.clientele", "ben").sync().ok());
    }
}

} // namespace

TEST_CASE("A new empty workspace joining the team downloads its content", "[core][teamsync]")
{
    Team team;
    REQUIRE(writeSampleWorkspace(team.path("anna.clientele")).ok());
    const auto uploaded = team.as("anna.clientele", "anna").join(QStringLiteral("memory"));
    REQUIRE(uploaded.ok());
    CHECK(uploaded->pushed > 100);
    CHECK(uploaded->pulled == 0);
    // The window reads the workspace again after any join.
    CHECK(uploaded->contentChanged);

    REQUIRE(Workspace::create(team.path("ben.clientele")).ok());
    const auto downloaded = team.as("ben.clientele", "ben").join(QStringLiteral("memory"));
    INFO(downloaded.errorMessage().toStdString());
    REQUIRE(downloaded.ok());
    CHECK(downloaded->pulled == uploaded->pushed);
    CHECK(downloaded->pushed == 0);
    CHECK(downloaded->contentChanged);
    CHECK(profileNamed(team.path("ben.clientele"), sampleProfile).has_value());
    // The sample's imported invoice history arrives with it, figures and all.
    CHECK(topCustomers(team.path("anna.clientele")).size() == 5);
    CHECK(topCustomers(team.path("ben.clientele")) == topCustomers(team.path("anna.clientele")));
    CHECK(exported(team.path("ben.clientele")) == exported(team.path("anna.clientele")));
}

TEST_CASE("A workspace with content of its own cannot join a team's hub", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    REQUIRE(writeSampleWorkspace(team.path("cleo.clientele")).ok());
    const QByteArray before = bytes(team.path("cleo.clientele"));
    const auto joined = team.as("cleo.clientele", "cleo").join(QStringLiteral("memory"));
    REQUIRE_FALSE(joined.ok());
    CHECK(joined.errorMessage().contains(QStringLiteral("empty workspace")));
    CHECK_FALSE(team.as("cleo.clientele", "cleo").link().has_value());
    CHECK(bytes(team.path("cleo.clientele")) == before);
}

TEST_CASE("Edits of different fields of one profile made apart both arrive", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    setProfileField(team.path("anna.clientele"), sampleProfile, ProfileField::Industry,
                    QStringLiteral("Heavy engineering"));
    setProfileField(team.path("ben.clientele"), sampleProfile, ProfileField::Notes,
                    QStringLiteral("Met two of them at the trade fair."));
    syncBoth(team);

    for (const char *name : {"anna.clientele", "ben.clientele"}) {
        const auto profile = profileNamed(team.path(name), sampleProfile);
        REQUIRE(profile);
        CHECK(profile->segment.industry == QStringLiteral("Heavy engineering"));
        CHECK(profile->notes == QStringLiteral("Met two of them at the trade fair."));
        CHECK(team.as(name, "x").conflicts()->isEmpty());
    }
    CHECK(exported(team.path("ben.clientele")) == exported(team.path("anna.clientele")));
}

TEST_CASE("One field edited apart keeps a value everywhere and one conflict to settle",
          "[core][teamsync]")
{
    Team team;
    startTeam(team);
    setProfileField(team.path("anna.clientele"), sampleProfile, ProfileField::Industry,
                    QStringLiteral("Mining services"));
    setProfileField(team.path("ben.clientele"), sampleProfile, ProfileField::Industry,
                    QStringLiteral("Agricultural machinery"));
    syncBoth(team);

    const auto annas = team.as("anna.clientele", "anna").conflicts();
    const auto bens = team.as("ben.clientele", "ben").conflicts();
    REQUIRE(annas.ok());
    REQUIRE(annas->size() == 1);
    REQUIRE(bens->size() == 1);
    const SyncConflict conflict = annas->first().conflict;
    CHECK(annas->first().itemName == sampleProfile);
    CHECK(conflict.lost.field == QStringLiteral("industry"));
    // Ben synced last, so his edit is the later one and wins; Anna's is the one kept aside.
    CHECK(conflict.kept.value == QStringLiteral("\"Agricultural machinery\""));
    CHECK(conflict.kept.author == QStringLiteral("ben"));
    CHECK(conflict.lost.value == QStringLiteral("\"Mining services\""));
    CHECK(conflict.lost.author == QStringLiteral("anna"));
    CHECK(bens->first().conflict == conflict);
    CHECK(profileNamed(team.path("anna.clientele"), sampleProfile)->segment.industry
          == QStringLiteral("Agricultural machinery"));

    // Anna settles it with her own value; after a sync both have it and no conflict.
    REQUIRE(team.as("anna.clientele", "anna")
                .resolve(conflict.lost.changeId, conflict.lost.value)
                .ok());
    syncBoth(team);
    for (const char *name : {"anna.clientele", "ben.clientele"}) {
        CHECK(profileNamed(team.path(name), sampleProfile)->segment.industry
              == QStringLiteral("Mining services"));
        CHECK(team.as(name, "x").conflicts()->isEmpty());
    }
}

TEST_CASE("A second sync with nothing new changes nothing on either side", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    setProfileField(team.path("ben.clientele"), sampleProfile, ProfileField::Utopia,
                    QStringLiteral("The business runs for a month without him."));
    syncBoth(team);
    const std::string anna = exported(team.path("anna.clientele"));
    const qsizetype held = team.hub->changes.size();

    const auto again = team.as("anna.clientele", "anna").sync();
    REQUIRE(again.ok());
    CHECK(again->pushed == 0);
    CHECK(again->pulled == 0);
    CHECK_FALSE(again->contentChanged);
    CHECK(team.hub->changes.size() == held);
    CHECK(exported(team.path("anna.clientele")) == anna);
}

TEST_CASE("Edits made offline reach the team at the next sync", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    team.hub->offline = true;
    setProfileField(team.path("anna.clientele"), sampleProfile, ProfileField::Person,
                    QStringLiteral("The founder, or her daughter."));
    const QByteArray before = bytes(team.path("anna.clientele"));
    const auto offline = team.as("anna.clientele", "anna").sync();
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.errorMessage().contains(QStringLiteral("offline")));
    CHECK(bytes(team.path("anna.clientele")) == before);

    team.hub->offline = false;
    syncBoth(team);
    CHECK(profileNamed(team.path("ben.clientele"), sampleProfile)->person
          == QStringLiteral("The founder, or her daughter."));
}

TEST_CASE("A push cut short is made again at the next sync and stored once", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    setProfileField(team.path("anna.clientele"), sampleProfile, ProfileField::Company,
                    QStringLiteral("A workshop and a yard."));
    team.hub->failPushes = 1;
    REQUIRE_FALSE(team.as("anna.clientele", "anna").sync().ok());
    const auto resumed = team.as("anna.clientele", "anna").sync();
    REQUIRE(resumed.ok());
    // The company and the time the profile last changed.
    CHECK(resumed->pushed == 2);
    syncBoth(team);
    CHECK(profileNamed(team.path("ben.clientele"), sampleProfile)->company
          == QStringLiteral("A workshop and a yard."));
}

TEST_CASE("A deleted profile is deleted everywhere, and the history names who changed what",
          "[core][teamsync]")
{
    Team team;
    startTeam(team);
    {
        auto workspace = Workspace::open(team.path("ben.clientele"));
        REQUIRE(workspace.ok());
        const qint64 id = (*workspace)->profiles()->add(QStringLiteral("Regional freight firm"));
        REQUIRE((*workspace)
                    ->profiles()
                    ->setField(id, ProfileField::Industry, QStringLiteral("Road freight"))
                    .ok());
    }
    syncBoth(team);
    const auto arrived =
        profileNamed(team.path("anna.clientele"), QStringLiteral("Regional freight firm"));
    REQUIRE(arrived);
    CHECK(arrived->segment.industry == QStringLiteral("Road freight"));
    {
        auto workspace = Workspace::open(team.path("anna.clientele"));
        REQUIRE(workspace.ok());
        const auto rows = (*workspace)->history()->ofItem(QStringLiteral("profile"), arrived->id);
        const bool byBen = std::any_of(rows.cbegin(), rows.cend(), [](const ChangeRecord &row) {
            return row.author == QStringLiteral("ben") && row.field == QStringLiteral("industry")
                   && row.newValue == QStringLiteral("Road freight");
        });
        CHECK(byBen);
        (*workspace)->profiles()->remove(arrived->id);
    }
    syncBoth(team);
    CHECK_FALSE(profileNamed(team.path("ben.clientele"), QStringLiteral("Regional freight firm")));
    CHECK(exported(team.path("ben.clientele")) == exported(team.path("anna.clientele")));
}

TEST_CASE("A hub holding another team's workspace is refused", "[core][teamsync]")
{
    Team team;
    startTeam(team);
    team.hub->team = QStringLiteral("5b7d0c1e-2f3a-4b5c-8d6e-7f8091a2b3c4");
    const auto refused = team.as("anna.clientele", "anna").sync();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("another team")));
}

TEST_CASE("A hub address keeps no password in the workspace", "[core][teamsync]")
{
    CHECK(hubAddressWithoutPassword(QStringLiteral("postgresql://anna:s3cret@hub.example/team"))
          == QStringLiteral("postgresql://anna@hub.example/team"));
    CHECK(hubAddressWithoutPassword(
              QStringLiteral("postgres://hub.example/team?password=s3cret&sslmode=require"))
          == QStringLiteral("postgres://hub.example/team?sslmode=require"));
    CHECK(hubAddressWithoutPassword(QStringLiteral("postgresql://hub.example/team?password=x"))
          == QStringLiteral("postgresql://hub.example/team"));
    CHECK(hubAddressWithoutPassword(
              QStringLiteral("host=hub.example password='a b\\'c' dbname=team user=anna"))
          == QStringLiteral("host=hub.example dbname=team user=anna"));
    CHECK(hubAddressWithoutPassword(QStringLiteral("host=hub.example dbname=team"))
          == QStringLiteral("host=hub.example dbname=team"));

    Team team;
    REQUIRE(writeSampleWorkspace(team.path("anna.clientele")).ok());
    REQUIRE(team.as("anna.clientele", "anna")
                .join(QStringLiteral("postgresql://anna:s3cret@hub.example/team"))
                .ok());
    CHECK(team.as("anna.clientele", "anna").link()->hub
          == QStringLiteral("postgresql://anna@hub.example/team"));
    CHECK_FALSE(bytes(team.path("anna.clientele")).contains("s3cret"));
}
