#include "clientele/storage/proposalrepository.h"

#include "proposalcontentjson.h"
#include "rowidentity.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>

#include <stdexcept>

namespace clientele {

namespace {

constexpr const char *kSelectProposal =
    "SELECT id, number, status, company, contact, staff, industry, current_systems, profile_id, "
    "currency, issued, valid_until, style_override, terms, next_step, executive_summary, uuid, "
    "prospect_id, version, print_changes, approved_by, approved_at, outcome_date, accepted_by, "
    "outcome_reference, lost_reason FROM proposal";

std::string dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string();
}

QDate dateFrom(const SQLite::Column &column)
{
    return QDate::fromString(sql::text(column), Qt::ISODate);
}

Proposal readProposal(SQLite::Statement &row)
{
    Proposal p;
    p.id = row.getColumn(0).getInt64();
    p.number = sql::text(row.getColumn(1));
    p.status = proposalStatusFromKey(sql::text(row.getColumn(2))).value_or(ProposalStatus::Draft);
    p.prospect.company = sql::text(row.getColumn(3));
    p.prospect.contact = sql::text(row.getColumn(4));
    p.prospect.staff = row.getColumn(5).getInt();
    p.prospect.industry = sql::text(row.getColumn(6));
    p.prospect.currentSystems = sql::text(row.getColumn(7));
    p.profileId = row.getColumn(8).isNull() ? 0 : row.getColumn(8).getInt64();
    p.currency = sql::text(row.getColumn(9));
    p.issued = dateFrom(row.getColumn(10));
    p.validUntil = dateFrom(row.getColumn(11));
    if (!row.getColumn(12).isNull())
        p.styleOverride = proposalStyleFromKey(sql::text(row.getColumn(12)));
    p.terms = sql::text(row.getColumn(13));
    p.nextStep = sql::text(row.getColumn(14));
    p.executiveSummary = sql::text(row.getColumn(15));
    p.uuid = sql::uuidFrom(row.getColumn(16));
    p.prospectId = row.getColumn(17).isNull() ? 0 : row.getColumn(17).getInt64();
    p.version = row.getColumn(18).getInt();
    p.printChanges = row.getColumn(19).getInt() != 0;
    p.approvedBy = sql::text(row.getColumn(20));
    p.approvedAt = sql::timestampFrom(row.getColumn(21));
    p.outcome.date = dateFrom(row.getColumn(22));
    p.outcome.acceptedBy = sql::text(row.getColumn(23));
    p.outcome.reference = sql::text(row.getColumn(24));
    p.outcome.lostReason = sql::text(row.getColumn(25));
    return p;
}

// A version's frozen content, read back from the form the JSON export writes.
std::shared_ptr<const Proposal> contentFrom(const SQLite::Column &column)
{
    const nlohmann::json json = nlohmann::json::parse(column.getString());
    ProposalIdentities identities;
    return std::make_shared<const Proposal>(proposalContentFromJson(JsonNode(json), identities));
}

void bindId(SQLite::Statement &statement, int index, qint64 id)
{
    if (id > 0)
        statement.bind(index, static_cast<int64_t>(id));
    else
        statement.bind(index);
}

// A state that still holds the sent version must hold its content, compared in the form the
// file keeps so that only a real change counts.
void refuseFrozenChange(const Proposal &stored, const Proposal &p)
{
    if (!stored.isFrozen() || p.version != stored.version || !p.sentVersion(stored.version))
        return;
    if (proposalContentToJson(proposalContent(stored)) == proposalContentToJson(proposalContent(p)))
        return;
    throw std::runtime_error(
        QCoreApplication::translate("clientele::Proposal",
                                    "Version %1 of %2 was sent and cannot change.")
            .arg(stored.version)
            .arg(stored.number)
            .toStdString());
}

} // namespace

QList<Proposal> ProposalRepository::all() const
{
    QList<Proposal> proposals;
    SQLite::Statement query(m_db, std::string(kSelectProposal) + " ORDER BY id");
    while (query.executeStep())
        proposals.append(readProposal(query));
    for (Proposal &proposal : proposals)
        loadParts(proposal);
    return proposals;
}

std::optional<Proposal> ProposalRepository::find(qint64 id) const
{
    SQLite::Statement query(m_db, std::string(kSelectProposal) + " WHERE id = ?");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    Proposal proposal = readProposal(query);
    loadParts(proposal);
    return proposal;
}

int ProposalRepository::count() const
{
    return m_db.execAndGet("SELECT count(*) FROM proposal").getInt();
}

void ProposalRepository::loadParts(Proposal &p) const
{
    const auto id = static_cast<int64_t>(p.id);
    SQLite::Statement points(m_db, "SELECT kind, text FROM proposal_point WHERE proposal_id = ? "
                                   "ORDER BY kind, position");
    points.bind(1, id);
    while (points.executeStep())
        (sql::text(points.getColumn(0)) == QStringLiteral("need") ? p.needs : p.wants)
            .append(sql::text(points.getColumn(1)));

    SQLite::Statement lines(m_db, "SELECT offer_id, description, quantity, unit_price_minor, "
                                  "billing, uuid FROM proposal_line WHERE proposal_id = ? "
                                  "ORDER BY position");
    lines.bind(1, id);
    while (lines.executeStep()) {
        ProposalLine line;
        line.offerId = lines.getColumn(0).isNull() ? 0 : lines.getColumn(0).getInt64();
        line.description = sql::text(lines.getColumn(1));
        line.quantity = lines.getColumn(2).getInt();
        line.unitPrice = Money(lines.getColumn(3).getInt64(), p.currency);
        line.billing = billingFromKey(sql::text(lines.getColumn(4))).value_or(Billing::OneOff);
        line.uuid = sql::uuidFrom(lines.getColumn(5));
        p.lines.append(line);
    }

    SQLite::Statement risks(m_db, "SELECT risk, likelihood, impact, mitigation FROM "
                                  "proposal_risk WHERE proposal_id = ? ORDER BY position");
    risks.bind(1, id);
    while (risks.executeStep())
        p.risks.append({sql::text(risks.getColumn(0)),
                        riskLevelFromKey(sql::text(risks.getColumn(1))).value_or(RiskLevel::Medium),
                        riskLevelFromKey(sql::text(risks.getColumn(2))).value_or(RiskLevel::Medium),
                        sql::text(risks.getColumn(3))});

    SQLite::Statement milestones(m_db, "SELECT name, due, owner FROM proposal_milestone "
                                       "WHERE proposal_id = ? ORDER BY position");
    milestones.bind(1, id);
    while (milestones.executeStep())
        p.milestones.append({sql::text(milestones.getColumn(0)), dateFrom(milestones.getColumn(1)),
                             sql::text(milestones.getColumn(2))});

    SQLite::Statement benefits(m_db, "SELECT description, amount_minor, billing FROM "
                                     "proposal_benefit WHERE proposal_id = ? ORDER BY position");
    benefits.bind(1, id);
    while (benefits.executeStep())
        p.benefits.append(
            {sql::text(benefits.getColumn(0)), Money(benefits.getColumn(1).getInt64(), p.currency),
             billingFromKey(sql::text(benefits.getColumn(2))).value_or(Billing::Monthly)});

    SQLite::Statement versions(m_db, "SELECT version, sent_at, valid_until, pdf, sha256, "
                                     "approved_by, approved_at, content FROM proposal_version "
                                     "WHERE proposal_id = ? ORDER BY version");
    versions.bind(1, id);
    while (versions.executeStep()) {
        ProposalVersion v;
        v.version = versions.getColumn(0).getInt();
        v.sentAt = sql::timestampFrom(versions.getColumn(1));
        v.validUntil = dateFrom(versions.getColumn(2));
        v.pdf = sql::bytes(versions.getColumn(3));
        v.sha256 = sql::text(versions.getColumn(4));
        v.approvedBy = sql::text(versions.getColumn(5));
        v.approvedAt = sql::timestampFrom(versions.getColumn(6));
        v.content = contentFrom(versions.getColumn(7));
        p.sent.append(v);
    }
}

QList<int> ProposalRepository::storedVersions(qint64 id) const
{
    QList<int> versions;
    SQLite::Statement query(m_db, "SELECT version FROM proposal_version WHERE proposal_id = ?");
    query.bind(1, static_cast<int64_t>(id));
    while (query.executeStep())
        versions << query.getColumn(0).getInt();
    return versions;
}

void ProposalRepository::saveVersions(const Proposal &p, const QList<int> &stored)
{
    const auto id = static_cast<int64_t>(p.id);
    // Versions only come and go (sent, or sending undone); one that exists is never rewritten,
    // so only a version new to the file is written.
    SQLite::Statement insert(m_db, "INSERT INTO proposal_version(proposal_id, version, sent_at, "
                                   "valid_until, pdf, sha256, approved_by, approved_at, content) "
                                   "VALUES(?,?,?,?,?,?,?,?,?)");
    QList<int> kept;
    for (const ProposalVersion &v : p.sent) {
        kept << v.version;
        if (stored.contains(v.version))
            continue;
        insert.reset();
        insert.bind(1, id);
        insert.bind(2, v.version);
        insert.bind(3, sql::timestamp(v.sentAt));
        insert.bind(4, dateText(v.validUntil));
        insert.bind(5, v.pdf.constData(), static_cast<int>(v.pdf.size()));
        insert.bind(6, sql::utf8(v.sha256));
        insert.bind(7, sql::utf8(v.approvedBy));
        insert.bind(8, v.approvedAt.isValid() ? sql::timestamp(v.approvedAt) : std::string());
        insert.bind(9, v.content ? proposalContentToJson(*v.content).dump() : std::string("{}"));
        insert.exec();
    }
    SQLite::Statement erase(m_db,
                            "DELETE FROM proposal_version WHERE proposal_id = ? AND version = ?");
    for (int version : stored) {
        if (kept.contains(version))
            continue;
        erase.reset();
        erase.bind(1, id);
        erase.bind(2, version);
        erase.exec();
    }
}

Proposal ProposalRepository::save(const Proposal &input)
{
    Proposal p = input;
    const QList<int> versions = p.id > 0 ? storedVersions(p.id) : QList<int>();
    // Only a proposal whose current version the file holds as sent is read back to compare.
    if (versions.contains(p.version) && p.sentVersion(p.version))
        if (const auto stored = find(p.id))
            refuseFrozenChange(*stored, p);
    SQLite::Statement upsert(
        m_db,
        "INSERT INTO proposal(id, number, status, company, contact, staff, industry, "
        "current_systems, profile_id, currency, issued, valid_until, style_override, terms, "
        "next_step, executive_summary, uuid, prospect_id, version, print_changes, approved_by, "
        "approved_at, outcome_date, accepted_by, outcome_reference, lost_reason) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,(SELECT id FROM prospect WHERE id = ?),"
        "?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET number=excluded.number, status=excluded.status, "
        "company=excluded.company, contact=excluded.contact, staff=excluded.staff, "
        "industry=excluded.industry, current_systems=excluded.current_systems, "
        "profile_id=excluded.profile_id, currency=excluded.currency, "
        "issued=excluded.issued, valid_until=excluded.valid_until, "
        "style_override=excluded.style_override, terms=excluded.terms, "
        "next_step=excluded.next_step, executive_summary=excluded.executive_summary, "
        "uuid=coalesce(proposal.uuid, excluded.uuid), prospect_id=excluded.prospect_id, "
        "version=excluded.version, print_changes=excluded.print_changes, "
        "approved_by=excluded.approved_by, approved_at=excluded.approved_at, "
        "outcome_date=excluded.outcome_date, accepted_by=excluded.accepted_by, "
        "outcome_reference=excluded.outcome_reference, lost_reason=excluded.lost_reason");
    bindId(upsert, 1, p.id);
    upsert.bind(2, sql::utf8(p.number));
    upsert.bind(3, sql::utf8(proposalStatusKey(p.status)));
    upsert.bind(4, sql::utf8(p.prospect.company));
    upsert.bind(5, sql::utf8(p.prospect.contact));
    upsert.bind(6, p.prospect.staff);
    upsert.bind(7, sql::utf8(p.prospect.industry));
    upsert.bind(8, sql::utf8(p.prospect.currentSystems));
    bindId(upsert, 9, p.profileId);
    upsert.bind(10, sql::utf8(p.currency));
    upsert.bind(11, dateText(p.issued));
    upsert.bind(12, dateText(p.validUntil));
    if (p.styleOverride)
        upsert.bind(13, sql::utf8(proposalStyleKey(*p.styleOverride)));
    else
        upsert.bind(13);
    upsert.bind(14, sql::utf8(p.terms));
    upsert.bind(15, sql::utf8(p.nextStep));
    upsert.bind(16, sql::utf8(p.executiveSummary));
    // A stored proposal keeps the uuid it was stored with; a new one takes this.
    upsert.bind(17, sql::uuidText(sql::uuidForNewRow(m_db, "proposal", p.uuid)));
    // A prospect deleted since is forgotten, as the file forgets it (ON DELETE SET NULL).
    bindId(upsert, 18, p.prospectId);
    upsert.bind(19, p.version);
    upsert.bind(20, p.printChanges ? 1 : 0);
    upsert.bind(21, sql::utf8(p.approvedBy));
    upsert.bind(22, p.approvedAt.isValid() ? sql::timestamp(p.approvedAt) : std::string());
    upsert.bind(23, dateText(p.outcome.date));
    upsert.bind(24, sql::utf8(p.outcome.acceptedBy));
    upsert.bind(25, sql::utf8(p.outcome.reference));
    upsert.bind(26, sql::utf8(p.outcome.lostReason));
    upsert.exec();
    if (p.id <= 0)
        p.id = m_db.getLastInsertRowid();
    p.uuid = sql::storedUuid(m_db, "proposal", p.id);
    const auto id = static_cast<int64_t>(p.id);

    for (const char *table : {"proposal_point", "proposal_line", "proposal_risk",
                              "proposal_milestone", "proposal_benefit"}) {
        SQLite::Statement clear(m_db,
                                std::string("DELETE FROM ") + table + " WHERE proposal_id = ?");
        clear.bind(1, id);
        clear.exec();
    }

    SQLite::Statement point(m_db, "INSERT INTO proposal_point(proposal_id, kind, position, text) "
                                  "VALUES(?,?,?,?)");
    for (const auto &[kind, texts] : {std::pair("need", &p.needs), std::pair("want", &p.wants)}) {
        for (int position = 0; position < texts->size(); ++position) {
            point.reset();
            point.bind(1, id);
            point.bind(2, kind);
            point.bind(3, position);
            point.bind(4, sql::utf8(texts->at(position)));
            point.exec();
        }
    }

    // Lines keep the uuids they come with: the rewrite has just freed them.
    SQLite::Statement line(m_db, "INSERT INTO proposal_line(proposal_id, position, offer_id, "
                                 "description, quantity, unit_price_minor, billing, uuid) "
                                 "VALUES(?,?,?,?,?,?,?,?)");
    for (int position = 0; position < p.lines.size(); ++position) {
        ProposalLine &l = p.lines[position];
        l.uuid = sql::uuidForNewRow(m_db, "proposal_line", l.uuid);
        line.reset();
        line.bind(1, id);
        line.bind(2, position);
        bindId(line, 3, l.offerId);
        line.bind(4, sql::utf8(l.description));
        line.bind(5, l.quantity);
        line.bind(6, static_cast<int64_t>(l.unitPrice.minorUnits()));
        line.bind(7, sql::utf8(billingKey(l.billing)));
        line.bind(8, sql::uuidText(l.uuid));
        line.exec();
    }

    SQLite::Statement risk(m_db, "INSERT INTO proposal_risk(proposal_id, position, risk, "
                                 "likelihood, impact, mitigation) VALUES(?,?,?,?,?,?)");
    for (int position = 0; position < p.risks.size(); ++position) {
        const ProposalRisk &r = p.risks.at(position);
        risk.reset();
        risk.bind(1, id);
        risk.bind(2, position);
        risk.bind(3, sql::utf8(r.risk));
        risk.bind(4, sql::utf8(riskLevelKey(r.likelihood)));
        risk.bind(5, sql::utf8(riskLevelKey(r.impact)));
        risk.bind(6, sql::utf8(r.mitigation));
        risk.exec();
    }

    SQLite::Statement milestone(m_db, "INSERT INTO proposal_milestone(proposal_id, position, "
                                      "name, due, owner) VALUES(?,?,?,?,?)");
    for (int position = 0; position < p.milestones.size(); ++position) {
        const ProposalMilestone &m = p.milestones.at(position);
        milestone.reset();
        milestone.bind(1, id);
        milestone.bind(2, position);
        milestone.bind(3, sql::utf8(m.name));
        milestone.bind(4, dateText(m.date));
        milestone.bind(5, sql::utf8(m.owner));
        milestone.exec();
    }

    SQLite::Statement benefit(m_db, "INSERT INTO proposal_benefit(proposal_id, position, "
                                    "description, amount_minor, billing) VALUES(?,?,?,?,?)");
    for (int position = 0; position < p.benefits.size(); ++position) {
        const ProposalBenefit &b = p.benefits.at(position);
        benefit.reset();
        benefit.bind(1, id);
        benefit.bind(2, position);
        benefit.bind(3, sql::utf8(b.description));
        benefit.bind(4, static_cast<int64_t>(b.amount.minorUnits()));
        benefit.bind(5, sql::utf8(billingKey(b.billing)));
        benefit.exec();
    }
    saveVersions(p, versions);
    return p;
}

void ProposalRepository::remove(qint64 id)
{
    SQLite::Statement erase(m_db, "DELETE FROM proposal WHERE id = ?");
    erase.bind(1, static_cast<int64_t>(id));
    erase.exec();
}

void ProposalRepository::removeAll()
{
    m_db.exec("DELETE FROM proposal");
}

} // namespace clientele
