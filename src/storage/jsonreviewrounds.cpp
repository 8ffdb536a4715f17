#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/reviewroundrepository.h"
#include "jsonoffershelpers.h"
#include "jsonpdf.h"
#include "jsonsection.h"
#include "jsonuuids.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QSet>

namespace clientele {

namespace {

nlohmann::ordered_json roundsToJson(SQLite::Database &db)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const ReviewRound &round : ReviewRoundRepository(db).all()) {
        nlohmann::ordered_json r;
        r["id"] = round.id;
        r["uuid"] = round.uuid;
        r["number"] = round.number;
        r["name"] = round.name;
        r["startedAt"] = round.startedAt;
        r["signedOffBy"] = round.signedOffBy;
        r["signedOffAt"] = round.signedOffAt;
        r["snapshot"] = nlohmann::ordered_json::parse(round.snapshotData.toStdString());
        r["sha256"] = round.sha256;
        r["pdf"] = QString::fromLatin1(round.pdf.toBase64());
        json.push_back(std::move(r));
    }
    return json;
}

// The pack must be the one its hash names, and the snapshot must read as a workspace does.
ReviewRound roundFromJson(const JsonNode &node, jsonoffers::UniqueIds &ids, UniqueUuids &uuids)
{
    node.expectObject({QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("number"),
                       QStringLiteral("name"), QStringLiteral("startedAt"),
                       QStringLiteral("signedOffBy"), QStringLiteral("signedOffAt"),
                       QStringLiteral("snapshot"), QStringLiteral("sha256"),
                       QStringLiteral("pdf")});
    ReviewRound round;
    round.id = ids.take(node.member(QStringLiteral("id")));
    round.uuid = uuids.take(node);
    round.number = static_cast<int>(node.member(QStringLiteral("number")).toInteger(1, 1'000'000));
    round.name = node.member(QStringLiteral("name")).toText();
    const JsonNode started = node.member(QStringLiteral("startedAt"));
    round.startedAt = started.toTimestamp();
    if (!round.startedAt.isValid())
        started.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "a review round needs the time it started"));
    if (auto by = node.optionalMember(QStringLiteral("signedOffBy")))
        round.signedOffBy = by->toText();
    if (auto at = node.optionalMember(QStringLiteral("signedOffAt")))
        round.signedOffAt = at->toTimestamp();
    const JsonNode snapshot = node.member(QStringLiteral("snapshot"));
    round.snapshotData = QByteArray::fromStdString(snapshot.json().dump());
    if (auto read = reviewSnapshotFrom(round.snapshotData); !read)
        snapshot.fail(read.errorMessage());
    const FrozenPdf frozen = frozenPdfFromJson(
        node,
        QCoreApplication::translate("clientele::WorkspaceJson",
                                    "expected the review pack's PDF in base64"),
        QCoreApplication::translate("clientele::WorkspaceJson",
                                    "the review pack does not match its SHA-256"));
    round.pdf = frozen.pdf;
    round.sha256 = frozen.sha256;
    return round;
}

JsonSectionWrite roundsFromJson(const JsonNode &node)
{
    jsonoffers::UniqueIds ids{
        QCoreApplication::translate("clientele::WorkspaceJson", "review round",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    UniqueUuids uuids{
        QCoreApplication::translate("clientele::WorkspaceJson", "review round",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    QSet<int> numbers;
    QList<ReviewRound> rounds;
    for (const JsonNode &element : node.elements()) {
        rounds.append(roundFromJson(element, ids, uuids));
        if (numbers.contains(rounds.last().number))
            element.member(QStringLiteral("number"))
                .fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                  "another review round has this number"));
        numbers.insert(rounds.last().number);
    }
    return [rounds](SQLite::Database &db) {
        ReviewRoundRepository repository(db);
        for (const ReviewRound &round : rounds)
            repository.save(round); // a new row with the document's id
    };
}

} // namespace

JsonSection reviewRoundsJsonSection()
{
    JsonSection section{QStringLiteral("reviewRounds"), roundsToJson, roundsFromJson,
                        [](SQLite::Database &db) { ReviewRoundRepository(db).removeAll(); }};
    section.optional = true;
    return section;
}

} // namespace clientele
