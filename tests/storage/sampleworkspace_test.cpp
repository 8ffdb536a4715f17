#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "identities.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace clientele;

namespace {

QStringList texts(const QList<ProfileItem> &items)
{
    QStringList result;
    for (const auto &item : items)
        result << item.text;
    return result;
}

} // namespace

TEST_CASE("The sample workspace holds the consultancy and its ideal customer", "[storage][sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.clientele"));
    const Status written = writeSampleWorkspace(path);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());

    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->problems().isEmpty());

    const WorkspaceSettings settings = SettingsRepository((*file)->database()).load();
    CHECK(settings.consultancyName == QStringLiteral("Ledgerline Consulting"));
    CHECK(settings.currency == QStringLiteral("AUD"));
    CHECK_FALSE(settings.contactDetails.isEmpty());

    const auto profiles = ProfileRepository((*file)->database()).all();
    REQUIRE(profiles.size() == 2);
    const CustomerProfile &owner = profiles.front();
    CHECK(owner.name == QStringLiteral("Swamped owner of an industrial equipment firm"));
    CHECK(owner.segment.businessSize == StaffRange{5, 200});
    CHECK(owner.segment.industry.contains(QStringLiteral("Engineering")));
    CHECK(owner.segment.businessType.contains(QStringLiteral("weighbridges")));
    CHECK(texts(owner.segment.technographics)
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("Xero")));
    CHECK(texts(owner.segment.technographics)
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("Odoo")));
    CHECK(owner.obstacles.size() == 10);
    CHECK(owner.exclusions.size() >= 3);
    CHECK(owner.exclusions.size() <= 4);
    for (const auto &exclusion : owner.exclusions)
        CHECK_FALSE(exclusion.detail.isEmpty());
    REQUIRE_FALSE(owner.needs.isEmpty());
    REQUIRE_FALSE(owner.wants.isEmpty());
    // Needs and wants are kept apart: nothing is listed as both.
    const QStringList needs = texts(owner.needs);
    const QStringList wants = texts(owner.wants);
    CHECK_FALSE(QSet<QString>(needs.begin(), needs.end())
                    .intersects(QSet<QString>(wants.begin(), wants.end())));
    for (const QString *layer :
         {&owner.person, &owner.company, &owner.industryLayer, &owner.utopia})
        CHECK_FALSE(layer->isEmpty());
    CHECK(owner.created.isValid());
    CHECK(owner.updated >= owner.created);
}

namespace {

std::string writtenSampleExport(const QString &path)
{
    REQUIRE(writeSampleWorkspace(path).ok());
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    auto exported = exportWorkspaceJson(**file);
    REQUIRE(exported.ok());
    return *exported;
}

} // namespace

TEST_CASE("The sample file is written exactly as Clientele exports it", "[storage][sample]")
{
    QTemporaryDir dir;
    QStringList first;
    const std::string exported =
        writtenSampleExport(dir.filePath(QStringLiteral("sample.clientele")));
    // The sample JSON leaves the uuids out: every sample gives its items their own.
    CHECK(QByteArray::fromStdString(test::withoutUuids(exported, &first)) == sampleWorkspaceJson());

    QStringList second;
    test::withoutUuids(writtenSampleExport(dir.filePath(QStringLiteral("again.clientele"))),
                       &second);
    const int items =
        test::identifiedItems(nlohmann::json::parse(sampleWorkspaceJson().toStdString()));
    CHECK(first.size() == items);
    CHECK(second.size() == items);
    for (const QString &uuid : first + second)
        CHECK(test::isVersion4Uuid(uuid));
    CHECK(test::allDistinct(first + second));
}

TEST_CASE("Writing the sample refuses an existing file and leaves it alone", "[storage][sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.clientele"));
    {
        QFile taken(path);
        REQUIRE(taken.open(QIODevice::WriteOnly));
        taken.write("mine");
    }
    const Status written = writeSampleWorkspace(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.errorMessage().contains(QStringLiteral("already exists")));
    QFile taken(path);
    REQUIRE(taken.open(QIODevice::ReadOnly));
    CHECK(taken.readAll() == "mine");
}
