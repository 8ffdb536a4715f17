#include "clientele/domain/attributeset.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/prospectrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> sampleFile(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(writeSampleWorkspace(path).ok());
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    return std::move(file.value());
}

std::string exported(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    REQUIRE(text.ok());
    return *text;
}

qint64 attributeId(WorkspaceFile &file, StandardAttribute which)
{
    return ChartRepository(file.database()).load().attribute(which)->id;
}

// A sample workspace holding one prospect with a value of every kind the standard chart has.
std::unique_ptr<WorkspaceFile> withProspect(const QTemporaryDir &dir, const char *name)
{
    auto file = sampleFile(dir, name);
    ProspectRepository(file->database()).removeAll();
    Prospect p;
    p.company = QStringLiteral("Hunter Valley Joinery");
    p.contact = QStringLiteral("Sam Reid");
    p.systems = QStringLiteral("MYOB");
    p.source = QStringLiteral("Referral");
    p.notes = QStringLiteral("Met at the expo");
    p.status = ProspectStatus::Contacted;
    p.lastContact = QDate(2026, 3, 2);
    p.values.insert(attributeId(*file, StandardAttribute::Employees),
                    ChartValue::fromNumber({20, 50}));
    p.values.insert(attributeId(*file, StandardAttribute::Industry),
                    ChartValue::fromText(QStringLiteral("Manufacturing")));
    p.values.insert(attributeId(*file, StandardAttribute::Revenue),
                    ChartValue::fromMoney({Money(100'000'000, QStringLiteral("AUD")),
                                           Money(500'000'000, QStringLiteral("AUD"))}));
    p.values.insert(attributeId(*file, StandardAttribute::Location),
                    ChartValue::fromPlace({QStringLiteral("Maitland"), 30.0}));
    ProspectRepository(file->database()).save(p);
    return file;
}

} // namespace

TEST_CASE("Prospects survive export, import and export unchanged, uuids and values too",
          "[storage][prospects]")
{
    QTemporaryDir dir;
    auto first = withProspect(dir, "a.clientele");
    const std::string text = exported(*first);
    const auto json = nlohmann::json::parse(text);
    REQUIRE(json.at("prospects").size() == 1);
    const auto &prospect = json.at("prospects")[0];
    CHECK(prospect.at("company") == "Hunter Valley Joinery");
    CHECK(prospect.at("status") == "contacted");
    CHECK(prospect.at("lastContact") == "2026-03-02");
    REQUIRE(prospect.at("values").size() == 4);
    CHECK(prospect.at("values")[0].at("attribute")
          == attributeId(*first, StandardAttribute::Employees));
    CHECK(prospect.at("values")[0].at("value") == "20\u201350");

    auto created = WorkspaceFile::create(dir.filePath(QStringLiteral("b.clientele")));
    REQUIRE(created.ok());
    REQUIRE(
        importWorkspaceJson(**created, QByteArray::fromStdString(text), QStringLiteral("a")).ok());
    CHECK(exported(**created) == text);
    const QList<Prospect> imported = ProspectRepository((*created)->database()).all();
    CHECK(imported == ProspectRepository(first->database()).all());
    REQUIRE(imported.size() == 1);
    CHECK(imported[0].values.size() == 4);
}

TEST_CASE("A document without prospects imports with none", "[storage][prospects]")
{
    QTemporaryDir dir;
    auto file = withProspect(dir, "a.clientele");
    auto json = nlohmann::json::parse(exported(*file));
    json.erase("prospects");
    REQUIRE(importWorkspaceJson(*file, QByteArray::fromStdString(json.dump()),
                                QStringLiteral("old.json"))
                .ok());
    CHECK(ProspectRepository(file->database()).count() == 0);
}

TEST_CASE("A proposal remembers its prospect through export and import", "[storage][prospects]")
{
    QTemporaryDir dir;
    auto file = withProspect(dir, "a.clientele");
    const qint64 prospectId = ProspectRepository(file->database()).all().first().id;
    Proposal proposal = ProposalRepository(file->database()).all().first();
    proposal.prospectId = prospectId;
    ProposalRepository(file->database()).save(proposal);
    const std::string text = exported(*file);
    CHECK(nlohmann::json::parse(text).at("proposals")[0].at("prospectId") == prospectId);
    REQUIRE(importWorkspaceJson(*file, QByteArray::fromStdString(text), QStringLiteral("a")).ok());
    CHECK(ProposalRepository(file->database()).all().first().prospectId == prospectId);
}

TEST_CASE("Bad prospects are refused with their JSON path and change nothing",
          "[storage][prospects]")
{
    QTemporaryDir dir;
    auto file = withProspect(dir, "a.clientele");
    const std::string before = exported(*file);
    struct Case {
        std::function<void(nlohmann::json &)> change;
        QString expected;
    };
    const QList<Case> cases = {
        {[](nlohmann::json &j) { j["prospects"][0]["values"][0]["value"] = "lots"; },
         QStringLiteral("prospects[0].values[0].value")},
        {[](nlohmann::json &j) { j["prospects"][0]["values"][1]["attribute"] = 999; },
         QStringLiteral("no attribute with id 999")},
        {[](nlohmann::json &j) {
             j["prospects"][0]["values"][1]["attribute"] =
                 j["prospects"][0]["values"][0]["attribute"];
         },
         QStringLiteral("already has a value")},
        {[](nlohmann::json &j) { j["prospects"][0]["status"] = "hot"; },
         QStringLiteral("prospects[0].status")},
        {[](nlohmann::json &j) { j["prospects"][0]["company"] = " "; },
         QStringLiteral("prospects[0].company")},
        {[](nlohmann::json &j) { j["prospects"][0]["lastContact"] = "2 March"; },
         QStringLiteral("prospects[0].lastContact")},
        {[](nlohmann::json &j) { j["prospects"].push_back(j["prospects"][0]); },
         QStringLiteral("duplicate prospect id")},
        {[](nlohmann::json &j) { j["prospects"][0]["fit"] = 3; }, QStringLiteral("unknown key")},
    };
    for (const Case &c : cases) {
        auto json = nlohmann::json::parse(before);
        c.change(json);
        const Status imported =
            importWorkspaceJson(*file, QByteArray::fromStdString(json.dump()), QStringLiteral("x"));
        INFO(imported.errorMessage().toStdString());
        REQUIRE_FALSE(imported);
        CHECK(imported.errorMessage().contains(c.expected));
        CHECK(exported(*file) == before);
    }
}

TEST_CASE("The sample holds prospects around Newcastle, two of them outside the profile",
          "[storage][prospects][sample]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "s.clientele");
    const QList<Prospect> prospects = ProspectRepository(file->database()).all();
    REQUIRE(prospects.size() == 10);
    const qint64 staff = attributeId(*file, StandardAttribute::Employees);
    QList<double> sizes;
    QSet<ProspectStatus> statuses;
    for (const Prospect &p : prospects) {
        const ChartValue size = p.value(staff);
        if (const NumberRange *range = size.number())
            sizes << range->minimum;
        statuses.insert(p.status);
    }
    CHECK(sizes.contains(1.0));   // a one-person operator
    CHECK(sizes.contains(350.0)); // a firm beyond 200 staff
    CHECK(statuses
          == QSet<ProspectStatus>{ProspectStatus::New, ProspectStatus::Contacted,
                                  ProspectStatus::Qualified});
}
