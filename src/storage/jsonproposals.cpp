#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/proposalrepository.h"
#include "jsonoffershelpers.h"
#include "jsonpdf.h"
#include "jsonsection.h"
#include "proposalcontentjson.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>

namespace clientele {

using jsonoffers::dateFromJson;
using jsonoffers::dateToJson;

namespace {

const QStringList kLifecycleKeys = {QStringLiteral("version"),    QStringLiteral("printChanges"),
                                    QStringLiteral("approvedBy"), QStringLiteral("approvedAt"),
                                    QStringLiteral("outcome"),    QStringLiteral("versions")};

nlohmann::ordered_json versionToJson(const ProposalVersion &v)
{
    nlohmann::ordered_json json;
    json["version"] = v.version;
    json["sentAt"] = v.sentAt;
    json["validUntil"] = dateToJson(v.validUntil);
    json["sha256"] = v.sha256;
    json["approvedBy"] = v.approvedBy;
    json["approvedAt"] = v.approvedAt;
    json["content"] = v.content ? proposalContentToJson(*v.content) : nlohmann::ordered_json();
    json["pdf"] = QString::fromLatin1(v.pdf.toBase64());
    return json;
}

nlohmann::ordered_json proposalToJson(const Proposal &p)
{
    nlohmann::ordered_json json = proposalContentToJson(p);
    json["version"] = p.version;
    json["printChanges"] = p.printChanges;
    json["approvedBy"] = p.approvedBy;
    json["approvedAt"] = p.approvedAt;
    if (p.isClosed())
        json["outcome"] = {{"date", dateToJson(p.outcome.date)},
                           {"acceptedBy", p.outcome.acceptedBy},
                           {"reference", p.outcome.reference},
                           {"lostReason", p.outcome.lostReason}};
    else
        json["outcome"] = nullptr;
    nlohmann::ordered_json versions = nlohmann::ordered_json::array();
    for (const ProposalVersion &v : p.sent)
        versions.push_back(versionToJson(v));
    json["versions"] = std::move(versions);
    return json;
}

nlohmann::ordered_json proposalsToJson(SQLite::Database &db)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    for (const Proposal &proposal : ProposalRepository(db).all())
        json.push_back(proposalToJson(proposal));
    return json;
}

QString optionalString(const JsonNode &node, const QString &key)
{
    if (auto value = node.optionalMember(key); value && !value->isNull())
        return value->toText();
    return {};
}

QDateTime optionalTimestamp(const JsonNode &node, const QString &key)
{
    if (auto value = node.optionalMember(key))
        return value->toTimestamp();
    return {};
}

QDate optionalDate(const JsonNode &node, const QString &key)
{
    if (auto value = node.optionalMember(key))
        return dateFromJson(*value);
    return {};
}

// A sent version must carry the PDF its hash names: a copy that does not match is refused
// rather than passed off as what was sent.
ProposalVersion versionFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("version"), QStringLiteral("sentAt"),
                       QStringLiteral("validUntil"), QStringLiteral("sha256"),
                       QStringLiteral("approvedBy"), QStringLiteral("approvedAt"),
                       QStringLiteral("content"), QStringLiteral("pdf")});
    ProposalVersion v;
    v.version = static_cast<int>(node.member(QStringLiteral("version")).toInteger(1, 1'000'000));
    v.sentAt = node.member(QStringLiteral("sentAt")).toTimestamp();
    if (!v.sentAt.isValid())
        node.member(QStringLiteral("sentAt"))
            .fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "a sent version needs the time it was sent"));
    v.validUntil = optionalDate(node, QStringLiteral("validUntil"));
    v.approvedBy = optionalString(node, QStringLiteral("approvedBy"));
    v.approvedAt = optionalTimestamp(node, QStringLiteral("approvedAt"));
    ProposalIdentities identities;
    v.content = std::make_shared<const Proposal>(
        proposalContentFromJson(node.member(QStringLiteral("content")), identities));
    const FrozenPdf frozen = frozenPdfFromJson(
        node,
        QCoreApplication::translate("clientele::WorkspaceJson", "expected the sent PDF in base64"),
        QCoreApplication::translate("clientele::WorkspaceJson",
                                    "the PDF of version %1 does not match its SHA-256")
            .arg(v.version));
    v.pdf = frozen.pdf;
    v.sha256 = frozen.sha256;
    return v;
}

ProposalOutcome outcomeFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("date"), QStringLiteral("acceptedBy"),
                       QStringLiteral("reference"), QStringLiteral("lostReason")});
    return {optionalDate(node, QStringLiteral("date")),
            optionalString(node, QStringLiteral("acceptedBy")),
            optionalString(node, QStringLiteral("reference")),
            optionalString(node, QStringLiteral("lostReason"))};
}

Proposal proposalFromJson(const JsonNode &node, ProposalIdentities &identities)
{
    Proposal p = proposalContentFromJson(node, identities, kLifecycleKeys);
    if (auto version = node.optionalMember(QStringLiteral("version")))
        p.version = static_cast<int>(version->toInteger(1, 1'000'000));
    if (auto print = node.optionalMember(QStringLiteral("printChanges")))
        p.printChanges = print->toBool();
    p.approvedBy = optionalString(node, QStringLiteral("approvedBy"));
    p.approvedAt = optionalTimestamp(node, QStringLiteral("approvedAt"));
    if (auto outcome = node.optionalMember(QStringLiteral("outcome"));
        outcome && !outcome->isNull())
        p.outcome = outcomeFromJson(*outcome);
    if (auto versions = node.optionalMember(QStringLiteral("versions"))) {
        for (const JsonNode &element : versions->elements()) {
            ProposalVersion v = versionFromJson(element);
            const int last = p.sent.isEmpty() ? 0 : p.sent.last().version;
            if (v.version <= last || v.version > p.version)
                element.member(QStringLiteral("version"))
                    .fail(QCoreApplication::translate(
                              "clientele::WorkspaceJson",
                              "versions must rise one after another up to the proposal's "
                              "version %1")
                              .arg(p.version));
            p.sent.append(std::move(v));
        }
    }
    return p;
}

JsonSectionWrite proposalsFromJson(const JsonNode &node)
{
    ProposalIdentities identities;
    QList<Proposal> proposals;
    for (const JsonNode &element : node.elements())
        proposals.append(proposalFromJson(element, identities));
    return [proposals](SQLite::Database &db) {
        ProposalRepository repository(db);
        for (const Proposal &proposal : proposals)
            repository.save(proposal);
    };
}

} // namespace

JsonSection proposalsJsonSection()
{
    return {QStringLiteral("proposals"), proposalsToJson, proposalsFromJson,
            [](SQLite::Database &db) { ProposalRepository(db).removeAll(); }};
}

} // namespace clientele
