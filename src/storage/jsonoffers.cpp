#include "clientele/storage/offerrepository.h"
#include "jsonoffershelpers.h"
#include "jsonuuids.h"
#include "offerjsonsections.h"

#include <QCoreApplication>
#include <SQLiteCpp/Database.h>

namespace clientele {

using namespace jsonoffers;

namespace {

constexpr qint64 kMaxCount = 1'000'000;

QStringList kindKeys()
{
    QStringList keys;
    for (OfferKind kind : allOfferKinds())
        keys << offerKindKey(kind);
    return keys;
}

QStringList stageKeys()
{
    QStringList keys;
    for (LadderStage stage : allLadderStages())
        keys << ladderStageKey(stage);
    return keys;
}

nlohmann::ordered_json offerToJson(const Offer &offer)
{
    nlohmann::ordered_json json;
    json["id"] = offer.id;
    json["uuid"] = offer.uuid;
    json["name"] = offer.name;
    json["kind"] = offerKindKey(offer.kind);
    json["promise"] = offer.promise;
    json["price"] = offer.price.toDecimalString();
    json["currency"] = offer.price.currency();
    json["included"] = textsToJson(offer.included);
    json["excluded"] = textsToJson(offer.excluded);
    nlohmann::ordered_json answers = nlohmann::ordered_json::array();
    for (qint64 id : offer.answers)
        answers.push_back(id);
    json["answers"] = std::move(answers);
    if (offer.ladder) {
        json["ladder"] = {{"stage", ladderStageKey(offer.ladder->stage).toStdString()},
                          {"position", offer.ladder->position},
                          {"stepToNext", offer.ladder->stepToNext.toStdString()}};
    } else {
        json["ladder"] = nullptr;
    }
    if (offer.kind == OfferKind::MonthlyRetainer) {
        const RetainerTerms &terms = offer.retainer;
        nlohmann::ordered_json retainer;
        retainer["hoursPerMonth"] = terms.hoursPerMonth;
        retainer["unusedHoursCarryOver"] = terms.unusedHoursCarryOver;
        retainer["feeIncludes"] = textsToJson(terms.feeIncludes);
        retainer["feeExcludes"] = textsToJson(terms.feeExcludes);
        retainer["minimumTermMonths"] = terms.minimumTermMonths;
        retainer["noticeDays"] = terms.noticeDays;
        json["retainer"] = std::move(retainer);
    }
    if (offer.kind == OfferKind::FreeAssessment) {
        json["assessment"] = {{"questions", textsToJson(offer.assessment.questions)},
                              {"findings", textsToJson(offer.assessment.findings)}};
    }
    return json;
}

nlohmann::ordered_json offersToJson(SQLite::Database &db)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const Offer &offer : OfferRepository(db).all())
        json.push_back(offerToJson(offer));
    return json;
}

LadderPlace ladderFromJson(const JsonNode &node)
{
    node.expectObject(
        {QStringLiteral("stage"), QStringLiteral("position"), QStringLiteral("stepToNext")});
    LadderPlace place;
    place.stage =
        keyFromJson(node.member(QStringLiteral("stage")), &ladderStageFromKey, stageKeys());
    place.position = optionalCount(node, QStringLiteral("position"), kMaxCount);
    place.stepToNext = optionalText(node, QStringLiteral("stepToNext"));
    return place;
}

RetainerTerms retainerFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("hoursPerMonth"), QStringLiteral("unusedHoursCarryOver"),
                       QStringLiteral("feeIncludes"), QStringLiteral("feeExcludes"),
                       QStringLiteral("minimumTermMonths"), QStringLiteral("noticeDays")});
    RetainerTerms terms;
    terms.hoursPerMonth = optionalCount(node, QStringLiteral("hoursPerMonth"), 744);
    if (auto carry = node.optionalMember(QStringLiteral("unusedHoursCarryOver")))
        terms.unusedHoursCarryOver = carry->toBool();
    terms.feeIncludes = optionalTexts(node, QStringLiteral("feeIncludes"));
    terms.feeExcludes = optionalTexts(node, QStringLiteral("feeExcludes"));
    terms.minimumTermMonths = optionalCount(node, QStringLiteral("minimumTermMonths"), 1200);
    terms.noticeDays = optionalCount(node, QStringLiteral("noticeDays"), 36500);
    return terms;
}

// `id`, `name` and `kind` are required; everything else may be left out.
Offer offerFromJson(const JsonNode &node, UniqueIds &ids, UniqueUuids &uuids)
{
    node.expectObject({QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"),
                       QStringLiteral("kind"), QStringLiteral("promise"), QStringLiteral("price"),
                       QStringLiteral("currency"), QStringLiteral("included"),
                       QStringLiteral("excluded"), QStringLiteral("answers"),
                       QStringLiteral("ladder"), QStringLiteral("retainer"),
                       QStringLiteral("assessment")});
    Offer offer;
    offer.id = ids.take(node.member(QStringLiteral("id")));
    offer.uuid = uuids.take(node);
    const JsonNode name = node.member(QStringLiteral("name"));
    offer.name = name.toText();
    if (offer.name.trimmed().isEmpty())
        name.fail(QCoreApplication::translate("clientele::WorkspaceJson", "an offer needs a name"));
    offer.kind = keyFromJson(node.member(QStringLiteral("kind")), &offerKindFromKey, kindKeys());
    offer.promise = optionalText(node, QStringLiteral("promise"));
    QString currency;
    if (auto value = node.optionalMember(QStringLiteral("currency")))
        currency = currencyFromJson(*value);
    offer.price = Money(0, currency);
    if (auto price = node.optionalMember(QStringLiteral("price")))
        offer.price = moneyFromJson(*price, currency);
    offer.included = optionalTexts(node, QStringLiteral("included"));
    offer.excluded = optionalTexts(node, QStringLiteral("excluded"));
    if (auto answers = node.optionalMember(QStringLiteral("answers"))) {
        for (const JsonNode &element : answers->elements()) {
            const qint64 id = element.toId();
            if (offer.answers.contains(id))
                element.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                         "profile item %1 is linked twice")
                                 .arg(id));
            offer.answers.append(id);
        }
    }
    if (auto ladder = node.optionalMember(QStringLiteral("ladder")); ladder && !ladder->isNull())
        offer.ladder = ladderFromJson(*ladder);
    if (auto retainer = node.optionalMember(QStringLiteral("retainer"))) {
        if (offer.kind != OfferKind::MonthlyRetainer)
            retainer->fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                       "only a retainer offer has retainer terms"));
        offer.retainer = retainerFromJson(*retainer);
    }
    if (auto assessment = node.optionalMember(QStringLiteral("assessment"))) {
        if (offer.kind != OfferKind::FreeAssessment)
            assessment->fail(QCoreApplication::translate(
                "clientele::WorkspaceJson", "only an assessment offer has a deliverable"));
        assessment->expectObject({QStringLiteral("questions"), QStringLiteral("findings")});
        offer.assessment.questions = optionalTexts(*assessment, QStringLiteral("questions"));
        offer.assessment.findings = optionalTexts(*assessment, QStringLiteral("findings"));
    }
    return normalisedOffer(offer);
}

JsonSectionWrite offersFromJson(const JsonNode &node)
{
    UniqueIds ids(
        QCoreApplication::translate("clientele::WorkspaceJson", "offer",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
    UniqueUuids uuids(
        QCoreApplication::translate("clientele::WorkspaceJson", "offer",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid"));
    QList<Offer> offers;
    for (const JsonNode &element : node.elements())
        offers.append(offerFromJson(element, ids, uuids));
    return [offers](SQLite::Database &db) {
        OfferRepository repository(db);
        for (const Offer &offer : offers)
            repository.save(offer);
    };
}

} // namespace

JsonSection offersJsonSection()
{
    return {QStringLiteral("offers"), offersToJson, offersFromJson,
            [](SQLite::Database &db) { OfferRepository(db).removeAll(); }};
}

} // namespace clientele
