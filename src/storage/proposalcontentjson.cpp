#include "proposalcontentjson.h"

#include "jsonoffershelpers.h"

namespace clientele {

using namespace jsonoffers;

namespace {

constexpr qint64 kMaxStaff = 9'999'999;
constexpr qint64 kMaxQuantity = 1'000'000;

const QStringList kLevels = {QStringLiteral("low"), QStringLiteral("medium"),
                             QStringLiteral("high")};
const QStringList kBillings = {QStringLiteral("once"), QStringLiteral("monthly")};

std::string key(const QString &text)
{
    return text.toStdString();
}

ProposalProspect prospectFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("company"), QStringLiteral("contact"),
                       QStringLiteral("staff"), QStringLiteral("industry"),
                       QStringLiteral("currentSystems")});
    ProposalProspect prospect;
    prospect.company = optionalText(node, QStringLiteral("company"));
    prospect.contact = optionalText(node, QStringLiteral("contact"));
    prospect.staff = optionalCount(node, QStringLiteral("staff"), kMaxStaff);
    prospect.industry = optionalText(node, QStringLiteral("industry"));
    prospect.currentSystems = optionalText(node, QStringLiteral("currentSystems"));
    return prospect;
}

qint64 optionalId(const JsonNode &node, const QString &name)
{
    if (auto value = node.optionalMember(name); value && !value->isNull())
        return value->toId();
    return 0;
}

Billing billingOf(const JsonNode &node, const QString &name, Billing fallback)
{
    if (auto value = node.optionalMember(name))
        return keyFromJson(*value, &billingFromKey, kBillings);
    return fallback;
}

ProposalLine lineFromJson(const JsonNode &node, const QString &currency, UniqueUuids &uuids)
{
    node.expectObject({QStringLiteral("uuid"), QStringLiteral("offerId"),
                       QStringLiteral("description"), QStringLiteral("quantity"),
                       QStringLiteral("unitPrice"), QStringLiteral("billing")});
    ProposalLine line;
    line.uuid = uuids.take(node);
    line.offerId = optionalId(node, QStringLiteral("offerId"));
    line.description = node.member(QStringLiteral("description")).toText();
    if (auto quantity = node.optionalMember(QStringLiteral("quantity")))
        line.quantity = static_cast<int>(quantity->toInteger(1, kMaxQuantity));
    line.unitPrice = moneyFromJson(node.member(QStringLiteral("unitPrice")), currency);
    line.billing = billingOf(node, QStringLiteral("billing"), Billing::OneOff);
    return line;
}

ProposalRisk riskFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("risk"), QStringLiteral("likelihood"),
                       QStringLiteral("impact"), QStringLiteral("mitigation")});
    ProposalRisk risk;
    risk.risk = node.member(QStringLiteral("risk")).toText();
    if (auto value = node.optionalMember(QStringLiteral("likelihood")))
        risk.likelihood = keyFromJson(*value, &riskLevelFromKey, kLevels);
    if (auto value = node.optionalMember(QStringLiteral("impact")))
        risk.impact = keyFromJson(*value, &riskLevelFromKey, kLevels);
    risk.mitigation = optionalText(node, QStringLiteral("mitigation"));
    return risk;
}

ProposalMilestone milestoneFromJson(const JsonNode &node)
{
    node.expectObject({QStringLiteral("name"), QStringLiteral("date"), QStringLiteral("owner")});
    ProposalMilestone milestone;
    milestone.name = node.member(QStringLiteral("name")).toText();
    if (auto date = node.optionalMember(QStringLiteral("date")))
        milestone.date = dateFromJson(*date);
    milestone.owner = optionalText(node, QStringLiteral("owner"));
    return milestone;
}

ProposalBenefit benefitFromJson(const JsonNode &node, const QString &currency)
{
    node.expectObject(
        {QStringLiteral("description"), QStringLiteral("amount"), QStringLiteral("billing")});
    ProposalBenefit benefit;
    benefit.description = node.member(QStringLiteral("description")).toText();
    benefit.amount = moneyFromJson(node.member(QStringLiteral("amount")), currency);
    benefit.billing = billingOf(node, QStringLiteral("billing"), Billing::Monthly);
    return benefit;
}

const QStringList kContentKeys = {QStringLiteral("id"),
                                  QStringLiteral("uuid"),
                                  QStringLiteral("number"),
                                  QStringLiteral("status"),
                                  QStringLiteral("styleOverride"),
                                  QStringLiteral("prospect"),
                                  QStringLiteral("profileId"),
                                  QStringLiteral("prospectId"),
                                  QStringLiteral("currency"),
                                  QStringLiteral("issued"),
                                  QStringLiteral("validUntil"),
                                  QStringLiteral("needs"),
                                  QStringLiteral("wants"),
                                  QStringLiteral("lines"),
                                  QStringLiteral("terms"),
                                  QStringLiteral("nextStep"),
                                  QStringLiteral("executiveSummary"),
                                  QStringLiteral("risks"),
                                  QStringLiteral("milestones"),
                                  QStringLiteral("benefits")};

} // namespace

nlohmann::ordered_json proposalContentToJson(const Proposal &p)

{
    nlohmann::ordered_json json;
    json["id"] = p.id;
    // A sent version's copy may have none (the sample's are left out); a stored proposal has.
    if (!p.uuid.isNull())
        json["uuid"] = p.uuid;
    json["number"] = p.number;
    json["status"] = proposalStatusKey(p.status);
    json["styleOverride"] = p.styleOverride
                                ? nlohmann::ordered_json(key(proposalStyleKey(*p.styleOverride)))
                                : nlohmann::ordered_json(nullptr);
    json["prospect"] = {{"company", key(p.prospect.company)},
                        {"contact", key(p.prospect.contact)},
                        {"staff", p.prospect.staff},
                        {"industry", key(p.prospect.industry)},
                        {"currentSystems", key(p.prospect.currentSystems)}};
    json["profileId"] =
        p.profileId > 0 ? nlohmann::ordered_json(p.profileId) : nlohmann::ordered_json(nullptr);
    json["prospectId"] =
        p.prospectId > 0 ? nlohmann::ordered_json(p.prospectId) : nlohmann::ordered_json(nullptr);
    json["currency"] = p.currency;
    json["issued"] = dateToJson(p.issued);
    json["validUntil"] = dateToJson(p.validUntil);
    json["needs"] = textsToJson(p.needs);
    json["wants"] = textsToJson(p.wants);
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const ProposalLine &line : p.lines) {
        nlohmann::ordered_json l;
        if (!line.uuid.isNull())
            l["uuid"] = line.uuid;
        l["offerId"] = line.offerId > 0 ? nlohmann::ordered_json(line.offerId)
                                        : nlohmann::ordered_json(nullptr);
        l["description"] = line.description;
        l["quantity"] = line.quantity;
        l["unitPrice"] = line.unitPrice.toDecimalString();
        l["billing"] = billingKey(line.billing);
        lines.push_back(std::move(l));
    }
    json["lines"] = std::move(lines);
    json["terms"] = p.terms;
    json["nextStep"] = p.nextStep;
    json["executiveSummary"] = p.executiveSummary;
    nlohmann::ordered_json risks = nlohmann::ordered_json::array();
    for (const ProposalRisk &risk : p.risks) {
        nlohmann::ordered_json r;
        r["risk"] = risk.risk;
        r["likelihood"] = riskLevelKey(risk.likelihood);
        r["impact"] = riskLevelKey(risk.impact);
        r["mitigation"] = risk.mitigation;
        risks.push_back(std::move(r));
    }
    json["risks"] = std::move(risks);
    nlohmann::ordered_json milestones = nlohmann::ordered_json::array();
    for (const ProposalMilestone &milestone : p.milestones) {
        nlohmann::ordered_json m;
        m["name"] = milestone.name;
        m["date"] = dateToJson(milestone.date);
        m["owner"] = milestone.owner;
        milestones.push_back(std::move(m));
    }
    json["milestones"] = std::move(milestones);
    nlohmann::ordered_json benefits = nlohmann::ordered_json::array();
    for (const ProposalBenefit &benefit : p.benefits) {
        nlohmann::ordered_json b;
        b["description"] = benefit.description;
        b["amount"] = benefit.amount.toDecimalString();
        b["billing"] = billingKey(benefit.billing);
        benefits.push_back(std::move(b));
    }
    json["benefits"] = std::move(benefits);
    return json;
}

Proposal proposalContentFromJson(const JsonNode &node, ProposalIdentities &identities,
                                 const QStringList &moreKeys)
{
    node.expectObject(kContentKeys + moreKeys);
    Proposal p;
    p.id = identities.ids.take(node.member(QStringLiteral("id")));
    p.uuid = identities.uuids.take(node);
    QSet<QString> &numbers = identities.numbers;
    const JsonNode number = node.member(QStringLiteral("number"));
    p.number = number.toText().trimmed();
    if (p.number.isEmpty())
        number.fail(
            QCoreApplication::translate("clientele::WorkspaceJson", "a proposal needs a number"));
    if (numbers.contains(p.number))
        number.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                "the number \"%1\" is used by another proposal")
                        .arg(p.number));
    numbers.insert(p.number);
    if (auto status = node.optionalMember(QStringLiteral("status"))) {
        QStringList keys;
        for (ProposalStatus s : allProposalStatuses())
            keys << proposalStatusKey(s);
        p.status = keyFromJson(*status, &proposalStatusFromKey, keys);
    }
    if (auto style = node.optionalMember(QStringLiteral("styleOverride"));
        style && !style->isNull())
        p.styleOverride = keyFromJson(*style, &proposalStyleFromKey,
                                      {QStringLiteral("informal"), QStringLiteral("formal")});
    if (auto prospect = node.optionalMember(QStringLiteral("prospect")))
        p.prospect = prospectFromJson(*prospect);
    p.profileId = optionalId(node, QStringLiteral("profileId"));
    p.prospectId = optionalId(node, QStringLiteral("prospectId"));
    if (auto currency = node.optionalMember(QStringLiteral("currency")))
        p.currency = currencyFromJson(*currency);
    if (auto issued = node.optionalMember(QStringLiteral("issued")))
        p.issued = dateFromJson(*issued);
    if (auto valid = node.optionalMember(QStringLiteral("validUntil")))
        p.validUntil = dateFromJson(*valid);
    p.needs = optionalTexts(node, QStringLiteral("needs"));
    p.wants = optionalTexts(node, QStringLiteral("wants"));
    if (auto lines = node.optionalMember(QStringLiteral("lines")))
        for (const JsonNode &element : lines->elements())
            p.lines.append(lineFromJson(element, p.currency, identities.lineUuids));
    p.terms = optionalText(node, QStringLiteral("terms"));
    p.nextStep = optionalText(node, QStringLiteral("nextStep"));
    p.executiveSummary = optionalText(node, QStringLiteral("executiveSummary"));
    if (auto risks = node.optionalMember(QStringLiteral("risks")))
        for (const JsonNode &element : risks->elements())
            p.risks.append(riskFromJson(element));
    if (auto milestones = node.optionalMember(QStringLiteral("milestones")))
        for (const JsonNode &element : milestones->elements())
            p.milestones.append(milestoneFromJson(element));
    if (auto benefits = node.optionalMember(QStringLiteral("benefits")))
        for (const JsonNode &element : benefits->elements())
            p.benefits.append(benefitFromJson(element, p.currency));
    return p;
}

} // namespace clientele
