#include "clientele/core/offerstore.h"

#include "clientele/core/commands/offersnapshotcommand.h"
#include "clientele/core/commands/proposalsnapshotcommand.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/ladder.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/proposalrepository.h"

#include "offerstorekeys.h"

#include <QUndoStack>

#include <limits>

namespace clientele {

using namespace offerstore;

// --- Proposals ----------------------------------------------------------------------------

Result<qint64> OfferStore::addProposal(const Proposal &input)
{
    Proposal p = input;
    p.id = 0;
    if (!p.issued.isValid())
        p.issued = QDate::currentDate();
    if (!p.validUntil.isValid())
        p.validUntil = p.issued.addDays(kDefaultValidityDays);
    if (p.currency.isEmpty())
        p.currency = currency();
    QStringList taken;
    for (const Proposal &other : m_proposals)
        taken << other.number;
    if (p.number.trimmed().isEmpty())
        p.number = nextProposalNumber(p.issued.year(), taken);
    else if (taken.contains(p.number.trimmed(), Qt::CaseInsensitive))
        return Error{QStringLiteral("Another proposal is numbered %1.").arg(p.number.trimmed())};
    p.number = p.number.trimmed();
    if (auto valid = validateProposal(p); !valid)
        return valid.error();
    m_lastAddedId = 0;
    m_workspace->push(new ProposalSnapshotCommand(this, std::nullopt, p,
                                                  QStringLiteral("Add proposal %1").arg(p.number)));
    if (m_lastAddedId == 0)
        return Error{QStringLiteral("The proposal could not be saved.")};
    return m_lastAddedId;
}

void OfferStore::removeProposal(qint64 id)
{
    if (const auto before = proposal(id))
        m_workspace->push(new ProposalSnapshotCommand(
            this, before, std::nullopt, QStringLiteral("Remove proposal %1").arg(before->number)));
}

qint64 OfferStore::duplicateProposal(qint64 id)
{
    const auto original = proposal(id);
    if (!original)
        return 0;
    Proposal copy = *original;
    copy.number.clear();
    copy.status = ProposalStatus::Draft;
    copy.issued = QDate::currentDate();
    copy.validUntil =
        copy.issued.addDays(original->issued.isValid() && original->validUntil.isValid()
                                ? original->issued.daysTo(original->validUntil)
                                : kDefaultValidityDays);
    auto added = addProposal(copy);
    return added ? *added : 0;
}

Status OfferStore::updateProposal(const Proposal &after, const QString &text, int mergeKey)
{
    const auto before = proposal(after.id);
    if (!before)
        return Error{QStringLiteral("That proposal no longer exists.")};
    if (auto valid = validateProposal(after); !valid)
        return valid;
    for (const Proposal &other : m_proposals)
        if (other.id != after.id
            && other.number.compare(after.number.trimmed(), Qt::CaseInsensitive) == 0)
            return Error{QStringLiteral("Another proposal is numbered %1.").arg(other.number)};
    if (after == *before)
        return success();
    m_workspace->push(new ProposalSnapshotCommand(this, before, after, text, mergeKey));
    return success();
}

Status OfferStore::editProposal(qint64 id, const QString &text, int mergeKey,
                                const std::function<Status(Proposal &)> &change)
{
    const auto before = proposal(id);
    if (!before)
        return Error{QStringLiteral("That proposal no longer exists.")};
    Proposal after = *before;
    if (auto changed = change(after); !changed)
        return changed;
    return updateProposal(after, text, mergeKey);
}

Status OfferStore::setProposalStatus(qint64 id, ProposalStatus status)
{
    return editProposal(
        id, QStringLiteral("Mark proposal %1").arg(proposalStatusLabel(status).toLower()), kNoMerge,
        [&](Proposal &p) {
            p.status = status;
            return success();
        });
}

Status OfferStore::setProposalStyle(qint64 id, std::optional<ProposalStyle> style)
{
    return editProposal(id, QStringLiteral("Change proposal style"), kNoMerge, [&](Proposal &p) {
        p.styleOverride = style;
        return success();
    });
}

Status OfferStore::setProspect(qint64 id, const Prospect &prospect)
{
    return editProposal(id, QStringLiteral("Edit prospect"), kProposalProspect, [&](Proposal &p) {
        p.prospect = prospect;
        return success();
    });
}

Status OfferStore::setProposalNeeds(qint64 id, const QStringList &needs)
{
    return editProposal(id, QStringLiteral("Edit needs"), kNoMerge, [&](Proposal &p) {
        p.needs = needs;
        return success();
    });
}

Status OfferStore::setProposalWants(qint64 id, const QStringList &wants)
{
    return editProposal(id, QStringLiteral("Edit wants"), kNoMerge, [&](Proposal &p) {
        p.wants = wants;
        return success();
    });
}

Status OfferStore::setProposalLines(qint64 id, const QList<ProposalLine> &lines)
{
    return editProposal(id, QStringLiteral("Edit recommended offers"), kNoMerge, [&](Proposal &p) {
        p.lines = lines;
        for (ProposalLine &line : p.lines)
            line.unitPrice = Money(line.unitPrice.minorUnits(), p.currency);
        return success();
    });
}

Status OfferStore::addOfferLine(qint64 proposalId, qint64 offerId, int quantity)
{
    const auto source = offer(offerId);
    if (!source)
        return Error{QStringLiteral("That offer no longer exists.")};
    return editProposal(proposalId, QStringLiteral("Recommend %1").arg(source->name), kNoMerge,
                        [&](Proposal &p) {
                            ProposalLine line;
                            line.offerId = source->id;
                            line.description = source->name;
                            line.quantity = quantity;
                            line.unitPrice = Money(source->price.minorUnits(), p.currency);
                            line.billing = source->isMonthly() ? Billing::Monthly : Billing::OneOff;
                            p.lines.append(line);
                            return success();
                        });
}

Status OfferStore::setProposalRisks(qint64 id, const QList<ProposalRisk> &risks)
{
    return editProposal(id, QStringLiteral("Edit risks"), kNoMerge, [&](Proposal &p) {
        p.risks = risks;
        return success();
    });
}

Status OfferStore::setProposalMilestones(qint64 id, const QList<ProposalMilestone> &milestones)
{
    return editProposal(id, QStringLiteral("Edit project plan"), kNoMerge, [&](Proposal &p) {
        p.milestones = milestones;
        return success();
    });
}

Status OfferStore::setProposalBenefits(qint64 id, const QList<ProposalBenefit> &benefits)
{
    return editProposal(id, QStringLiteral("Edit benefits"), kNoMerge, [&](Proposal &p) {
        p.benefits = benefits;
        for (ProposalBenefit &benefit : p.benefits) {
            if (benefit.amount.isNegative())
                return Status(Error{QStringLiteral("A benefit cannot be negative.")});
            benefit.amount = Money(benefit.amount.minorUnits(), p.currency);
        }
        return success();
    });
}

Status OfferStore::setProposalTerms(qint64 id, const QString &terms)
{
    return editProposal(id, QStringLiteral("Edit terms"), kProposalTerms, [&](Proposal &p) {
        p.terms = terms;
        return success();
    });
}

Status OfferStore::setProposalNextStep(qint64 id, const QString &nextStep)
{
    return editProposal(id, QStringLiteral("Edit next step"), kProposalNextStep, [&](Proposal &p) {
        p.nextStep = nextStep;
        return success();
    });
}

Status OfferStore::setExecutiveSummary(qint64 id, const QString &summary)
{
    return editProposal(id, QStringLiteral("Edit executive summary"), kProposalSummary,
                        [&](Proposal &p) {
                            p.executiveSummary = summary;
                            return success();
                        });
}

Status OfferStore::setValidUntil(qint64 id, const QDate &date)
{
    return editProposal(id, QStringLiteral("Change validity"), kNoMerge, [&](Proposal &p) {
        p.validUntil = date;
        return success();
    });
}

Status OfferStore::setProposalProfile(qint64 id, qint64 profileId)
{
    return editProposal(id, QStringLiteral("Change customer profile"), kNoMerge, [&](Proposal &p) {
        p.profileId = profileId;
        return success();
    });
}

bool OfferStore::storeProposal(Proposal &proposal)
{
    Proposal stored;
    const bool isNew = !m_proposals.contains(proposal.id);
    const Status written = m_workspace->file().transaction(
        [&] { stored = ProposalRepository(m_workspace->file().database()).save(proposal); });
    if (!written) {
        Q_EMIT m_workspace->writeFailed(written.errorMessage());
        return false;
    }
    proposal = stored;
    m_proposals.insert(stored.id, stored);
    if (isNew) {
        m_lastAddedId = stored.id;
        Q_EMIT proposalAdded(stored.id);
    } else {
        Q_EMIT proposalChanged(stored.id);
    }
    Q_EMIT m_workspace->saved();
    return true;
}

bool OfferStore::eraseProposal(qint64 id)
{
    const Status written = m_workspace->file().transaction(
        [&] { ProposalRepository(m_workspace->file().database()).remove(id); });
    if (!written) {
        Q_EMIT m_workspace->writeFailed(written.errorMessage());
        return false;
    }
    m_proposals.remove(id);
    Q_EMIT proposalRemoved(id);
    Q_EMIT m_workspace->saved();
    return true;
}

} // namespace clientele
