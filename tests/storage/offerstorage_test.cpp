#include "clientele/domain/proposal.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/proposalrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> sampleFile(const QTemporaryDir &dir,
                                          const char *name = "s.clientele")
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

// The sample's JSON with one change made to it.
QByteArray sampleWith(const std::function<void(nlohmann::json &)> &change)
{
    nlohmann::json json = nlohmann::json::parse(sampleWorkspaceJson().toStdString());
    change(json);
    return QByteArray::fromStdString(json.dump());
}

} // namespace

TEST_CASE("The sample holds the ladder and one proposal of each style", "[storage][offers]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir);
    const QList<Offer> offers = OfferRepository(file->database()).all();
    REQUIRE(offers.size() >= 3);
    const Offer &assessment = offers.at(0);
    CHECK(assessment.kind == OfferKind::FreeAssessment);
    CHECK(assessment.isFree());
    CHECK(assessment.ladder->stage == LadderStage::Entry);
    CHECK_FALSE(assessment.assessment.questions.isEmpty());
    CHECK_FALSE(assessment.assessment.findings.isEmpty());
    CHECK(offers.at(1).kind == OfferKind::FixedPriceProject);
    CHECK(offers.at(1).ladder->stage == LadderStage::Core);
    const Offer &retainer = offers.at(2);
    CHECK(retainer.kind == OfferKind::MonthlyRetainer);
    CHECK(retainer.ladder->stage == LadderStage::Continuing);
    CHECK(retainer.retainer.hoursPerMonth > 0);
    CHECK_FALSE(retainer.retainer.unusedHoursCarryOver);
    CHECK(retainer.retainer.feeIncludes.join(QLatin1Char(' ')).contains(QStringLiteral("Odoo")));
    CHECK(retainer.retainer.feeExcludes.join(QLatin1Char(' '))
              .contains(QStringLiteral("third-party")));
    CHECK(retainer.retainer.monthlyFee == retainer.price);

    const QList<Proposal> proposals = ProposalRepository(file->database()).all();
    REQUIRE(proposals.size() == 2);
    CHECK(proposals.at(0).prospect.staff == 8);
    CHECK(proposals.at(0).style(20) == ProposalStyle::Informal);
    CHECK(proposals.at(1).prospect.staff == 60);
    CHECK(proposals.at(1).style(20) == ProposalStyle::Formal);
    CHECK_FALSE(proposals.at(1).risks.isEmpty());
    CHECK_FALSE(proposals.at(1).milestones.isEmpty());
    CHECK_FALSE(proposals.at(1).benefits.isEmpty());
    CHECK(file->problems().isEmpty());
}

TEST_CASE("Offers and proposals survive export, import and export unchanged", "[storage][offers]")
{
    QTemporaryDir dir;
    auto first = sampleFile(dir, "a.clientele");
    const std::string text = exported(*first);
    auto created = WorkspaceFile::create(dir.filePath(QStringLiteral("b.clientele")));
    REQUIRE(created.ok());
    REQUIRE(
        importWorkspaceJson(**created, QByteArray::fromStdString(text), QStringLiteral("a")).ok());
    CHECK(exported(**created) == text);
    CHECK(OfferRepository((*created)->database()).all()
          == OfferRepository(first->database()).all());
    CHECK(ProposalRepository((*created)->database()).all()
          == ProposalRepository(first->database()).all());
}

TEST_CASE("A document without offers and proposals imports with none", "[storage][offers]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir);
    const QByteArray older = sampleWith([](nlohmann::json &json) {
        json.erase("offers");
        json.erase("proposals");
    });
    REQUIRE(importWorkspaceJson(*file, older, QStringLiteral("old.json")).ok());
    CHECK(OfferRepository(file->database()).count() == 0);
    CHECK(ProposalRepository(file->database()).count() == 0);
}

TEST_CASE("Bad offers and proposals are refused with their JSON path", "[storage][offers]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir);
    const std::string before = exported(*file);
    struct Case {
        std::function<void(nlohmann::json &)> change;
        QString expected;
    };
    const QList<Case> cases = {
        {[](nlohmann::json &j) { j["offers"][0]["kind"] = "webinar"; },
         QStringLiteral("offers[0].kind")},
        {[](nlohmann::json &j) { j["offers"][1]["price"] = 18500; },
         QStringLiteral("offers[1].price")},
        {[](nlohmann::json &j) { j["offers"][1]["price"] = "-5.00"; }, QStringLiteral("negative")},
        {[](nlohmann::json &j) { j["offers"][1]["price"] = "1.005"; },
         QStringLiteral("offers[1].price")},
        {[](nlohmann::json &j) { j["offers"][1]["id"] = 1; }, QStringLiteral("duplicate offer id")},
        {[](nlohmann::json &j) { j["offers"][0]["retainer"] = nlohmann::json::object(); },
         QStringLiteral("only a retainer")},
        {[](nlohmann::json &j) { j["offers"][2]["retainer"]["unusedHoursCarryOver"] = "no"; },
         QStringLiteral("offers[2].retainer.unusedHoursCarryOver")},
        {[](nlohmann::json &j) { j["offers"][0]["colour"] = "red"; },
         QStringLiteral("unknown key")},
        {[](nlohmann::json &j) { j["proposals"][1]["number"] = "P-2026-001"; },
         QStringLiteral("used by another proposal")},
        {[](nlohmann::json &j) { j["proposals"][0]["status"] = "won"; },
         QStringLiteral("proposals[0].status")},
        {[](nlohmann::json &j) { j["proposals"][0]["styleOverride"] = "casual"; },
         QStringLiteral("proposals[0].styleOverride")},
        {[](nlohmann::json &j) { j["proposals"][0]["lines"][0]["quantity"] = 0; },
         QStringLiteral("proposals[0].lines[0].quantity")},
        {[](nlohmann::json &j) { j["proposals"][1]["milestones"][0]["date"] = "4 May 2026"; },
         QStringLiteral("proposals[1].milestones[0].date")},
        {[](nlohmann::json &j) { j["proposals"][1]["risks"][0]["impact"] = "huge"; },
         QStringLiteral("proposals[1].risks[0].impact")},
        {[](nlohmann::json &j) { j["proposals"][0]["currency"] = "dollars"; },
         QStringLiteral("proposals[0].currency")},
        {[](nlohmann::json &j) { j["proposals"] = nlohmann::json::object(); },
         QStringLiteral("proposals")},
    };
    for (const Case &c : cases) {
        const Status status =
            importWorkspaceJson(*file, sampleWith(c.change), QStringLiteral("bad.json"));
        INFO(c.expected.toStdString() << " -> " << status.errorMessage().toStdString());
        REQUIRE_FALSE(status.ok());
        CHECK(status.errorMessage().startsWith(QStringLiteral("bad.json: ")));
        CHECK(status.errorMessage().contains(c.expected));
        CHECK(exported(*file) == before);
    }
}

TEST_CASE("Deleting an obstacle keeps the offers that answer it", "[storage][offers]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir);
    ProfileRepository profiles(file->database());
    CustomerProfile owner = *profiles.find(1);
    const qint64 obstacle = owner.obstacles.first().id;
    const Offer before = *OfferRepository(file->database()).find(1);
    REQUIRE(before.answers.contains(obstacle));

    owner.obstacles.removeFirst();
    profiles.save(owner); // profiles rewrite their items: the link must not be taken with them
    const auto after = OfferRepository(file->database()).find(1);
    REQUIRE(after.has_value());
    CHECK(after->answers == before.answers);

    profiles.remove(1);
    CHECK(OfferRepository(file->database()).count() == 4);
    CHECK(ProposalRepository(file->database()).find(1)->profileId == 1);
    CHECK(file->problems().isEmpty());

    // Removing an offer removes its lists, links and terms, never a proposal.
    OfferRepository(file->database()).remove(3);
    CHECK(file->database().execAndGet("SELECT count(*) FROM retainer_terms").getInt() == 0);
    CHECK(file->database().execAndGet("SELECT count(*) FROM offer_item WHERE offer_id = 3").getInt()
          == 0);
    CHECK(ProposalRepository(file->database()).count() == 2);
}

TEST_CASE("A schema 1 workspace upgrades to hold offers without losing its profiles",
          "[storage][offers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.clientele"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::copy(QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.clientele")
                        + suffix,
                    path + suffix);
        QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    int profilesBefore = 0;
    {
        auto readOnly = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        profilesBefore = ProfileRepository((*readOnly)->database()).count();
    }
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
    CHECK((*file)->schemaVersion() >= 4);
    CHECK(ProfileRepository((*file)->database()).count() == profilesBefore);
    CHECK(OfferRepository((*file)->database()).count() == 0);

    Offer offer;
    offer.name = QStringLiteral("Free assessment");
    offer.kind = OfferKind::FreeAssessment;
    offer.price = Money(0, QStringLiteral("AUD"));
    const Offer stored = OfferRepository((*file)->database()).save(offer);
    CHECK(stored.id > 0);
    CHECK(OfferRepository((*file)->database()).find(stored.id) == stored);
    CHECK((*file)->problems().isEmpty());
}
