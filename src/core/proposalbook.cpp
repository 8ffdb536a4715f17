#include "clientele/core/proposalbook.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/prospectbook.h"
#include "clientele/domain/attributeset.h"

#include <QUndoStack>

#include <QCoreApplication>

namespace clientele {

Error ProposalBook::gone()
{
    return Error{tr("That proposal no longer exists.")};
}

ProposalBook::ProposalBook(Workspace *workspace)
    : SnapshotStore(workspace)
{
    connect(workspace, &Workspace::settingsChanged, this, &ProposalBook::stylesChanged);
}

std::optional<Proposal> ProposalBook::findByNumber(const QString &idOrNumber) const
{
    const QString wanted = idOrNumber.trimmed();
    for (const Proposal &p : loaded())
        if (p.number.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        return find(id);
    return std::nullopt;
}

ProposalStyle ProposalBook::styleOf(const Proposal &proposal) const
{
    return proposal.style(m_workspace->settings().formalStaffThreshold);
}

Result<qint64> ProposalBook::add(const Proposal &input)
{
    // A new proposal starts its own life: a first version, never sent, approved or closed.
    Proposal p = proposalContent(input);
    p.status = input.status == ProposalStatus::Sent ? ProposalStatus::Draft : input.status;
    p.id = 0;
    p.uuid = {};
    for (ProposalLine &line : p.lines)
        line.uuid = {};
    if (!p.issued.isValid())
        p.issued = QDate::currentDate();
    if (!p.validUntil.isValid())
        p.validUntil = p.issued.addDays(kDefaultValidityDays);
    if (p.currency.isEmpty())
        p.currency = m_workspace->settings().currency;
    QStringList taken;
    for (const Proposal &other : loaded())
        taken << other.number;
    if (p.number.trimmed().isEmpty())
        p.number = nextProposalNumber(p.issued.year(), taken);
    else if (taken.contains(p.number.trimmed(), Qt::CaseInsensitive))
        return Error{tr("Another proposal is numbered %1.").arg(p.number.trimmed())};
    p.number = p.number.trimmed();
    if (auto valid = validateProposal(p); !valid)
        return valid.error();
    push({std::nullopt}, {p}, tr("Add proposal %1").arg(p.number));
    if (lastAdded() == 0)
        return Error{tr("The proposal could not be saved.")};
    return lastAdded();
}

Result<qint64> ProposalBook::addFromProspect(qint64 prospectId)
{
    const auto prospect = m_workspace->prospects()->find(prospectId);
    if (!prospect)
        return Error{tr("That prospect no longer exists.")};
    const IcpChart &chart = m_workspace->chart()->chart();
    auto valueOf = [&](StandardAttribute which) {
        const Attribute *attribute = chart.attribute(which);
        return attribute ? prospect->value(attribute->id) : ChartValue();
    };
    Proposal p;
    p.prospectId = prospect->id;
    p.prospect.company = prospect->company;
    p.prospect.contact = prospect->contact;
    p.prospect.currentSystems = prospect->systems;
    const ChartValue staff = valueOf(StandardAttribute::Employees);
    if (const NumberRange *range = staff.number())
        p.prospect.staff = static_cast<int>(qMax(0.0, range->minimum));
    const ChartValue industry = valueOf(StandardAttribute::Industry);
    if (const QString *name = industry.text())
        p.prospect.industry = *name;
    return add(p);
}

void ProposalBook::remove(qint64 id)
{
    if (const auto before = find(id))
        push({before}, {std::nullopt}, tr("Remove proposal %1").arg(before->number));
}

qint64 ProposalBook::duplicate(qint64 id)
{
    const auto original = find(id);
    if (!original)
        return 0;
    Proposal copy = *original;
    copy.number.clear();
    copy.status = ProposalStatus::Draft;
    copy.issued = QDate::currentDate();
    copy.validUntil = copy.issued.addDays(original->validityDays());
    auto added = add(copy);
    return added ? *added : 0;
}

Status ProposalBook::update(const Proposal &input, const QString &text, MergeId merge)
{
    const auto before = find(input.id);
    if (!before)
        return gone();
    Proposal after = input;
    if (auto open = checkNotFrozen(*before, after); !open)
        return open;
    // Versions come and go only by sending and revising.
    if (after.sent != before->sent || after.version != before->version)
        return Error{
            tr("Proposal %1: send or revise it to change its versions.").arg(before->number)};
    if (auto valid = validateProposal(after); !valid)
        return valid;
    for (const Proposal &other : loaded())
        if (other.id != after.id
            && other.number.compare(after.number.trimmed(), Qt::CaseInsensitive) == 0)
            return Error{tr("Another proposal is numbered %1.").arg(other.number)};
    // An approval is of what was approved: changing the content asks for it again.
    if (!sameContent(*before, after) && after.version == before->version) {
        after.approvedBy.clear();
        after.approvedAt = {};
    }
    if (after == *before)
        return success();
    push({before}, {after}, text, merge);
    return success();
}

Status ProposalBook::edit(qint64 id, const QString &text,
                          const std::function<Status(Proposal &)> &change)
{
    const auto before = find(id);
    if (!before)
        return gone();
    Proposal after = *before;
    if (auto changed = change(after); !changed)
        return changed;
    return update(after, text);
}

Status ProposalBook::setStyle(qint64 id, std::optional<ProposalStyle> style)
{
    return edit(id, tr("Change proposal style"), [&](Proposal &p) {
        p.styleOverride = style;
        return success();
    });
}

Status ProposalBook::setNeeds(qint64 id, const QStringList &needs)
{
    return edit(id, tr("Edit needs"), [&](Proposal &p) {
        p.needs = needs;
        return success();
    });
}

Status ProposalBook::setWants(qint64 id, const QStringList &wants)
{
    return edit(id, tr("Edit wants"), [&](Proposal &p) {
        p.wants = wants;
        return success();
    });
}

Status ProposalBook::setLines(qint64 id, const QList<ProposalLine> &lines)
{
    return edit(id, tr("Edit recommended offers"), [&](Proposal &p) {
        p.lines = lines;
        for (ProposalLine &line : p.lines)
            line.unitPrice = Money(line.unitPrice.minorUnits(), p.currency);
        return success();
    });
}

Status ProposalBook::addOfferLine(qint64 proposalId, const Offer &offer, int quantity)
{
    return edit(proposalId, tr("Recommend %1").arg(offer.name), [&](Proposal &p) {
        ProposalLine line;
        line.offerId = offer.id;
        line.description = offer.name;
        line.quantity = quantity;
        line.unitPrice = Money(offer.price.minorUnits(), p.currency);
        line.billing = offer.isMonthly() ? Billing::Monthly : Billing::OneOff;
        p.lines.append(line);
        return success();
    });
}

int ProposalBook::lineOfOffer(const Proposal &proposal, qint64 offerId)
{
    if (offerId == 0)
        return -1;
    for (int i = 0; i < proposal.lines.size(); ++i)
        if (proposal.lines.at(i).offerId == offerId)
            return i;
    return -1;
}

QList<int> ProposalBook::stalePriceLines(const Proposal &proposal) const
{
    QList<int> stale;
    for (int i = 0; i < proposal.lines.size(); ++i) {
        const ProposalLine &line = proposal.lines.at(i);
        if (line.offerId == 0)
            continue;
        // Lines take the offer's amount in the proposal's currency (see addOfferLine).
        if (const auto offer = m_workspace->offers()->find(line.offerId);
            offer && offer->price.minorUnits() != line.unitPrice.minorUnits())
            stale << i;
    }
    return stale;
}

Status ProposalBook::useCurrentPrices(qint64 id)
{
    const auto before = find(id);
    if (!before)
        return gone();
    const QList<int> stale = stalePriceLines(*before);
    if (stale.isEmpty())
        return success();
    return edit(id, tr("Use the catalogue's current prices"), [&](Proposal &p) {
        for (int i : stale) {
            ProposalLine &line = p.lines[i];
            const Money price = m_workspace->offers()->find(line.offerId)->price;
            line.unitPrice = Money(price.minorUnits(), p.currency);
        }
        return success();
    });
}

Status ProposalBook::setRisks(qint64 id, const QList<ProposalRisk> &risks)
{
    return edit(id, tr("Edit risks"), [&](Proposal &p) {
        p.risks = risks;
        return success();
    });
}

Status ProposalBook::setMilestones(qint64 id, const QList<ProposalMilestone> &milestones)
{
    return edit(id, tr("Edit project plan"), [&](Proposal &p) {
        p.milestones = milestones;
        return success();
    });
}

Status ProposalBook::setBenefits(qint64 id, const QList<ProposalBenefit> &benefits)
{
    return edit(id, tr("Edit benefits"), [&](Proposal &p) {
        p.benefits = benefits;
        for (ProposalBenefit &benefit : p.benefits) {
            if (benefit.amount.isNegative())
                return Status(Error{tr("A benefit cannot be negative.")});
            benefit.amount = Money(benefit.amount.minorUnits(), p.currency);
        }
        return success();
    });
}

Status ProposalBook::setValidUntil(qint64 id, const QDate &date)
{
    return edit(id, tr("Change validity"), [&](Proposal &p) {
        p.validUntil = date;
        return success();
    });
}

Status ProposalBook::setPrintChanges(qint64 id, bool print)
{
    return edit(id, print ? tr("Print the changes") : tr("Leave out the changes"),
                [&](Proposal &p) {
                    p.printChanges = print;
                    return success();
                });
}

Status ProposalBook::setProfile(qint64 id, qint64 profileId)
{
    return edit(id, tr("Change customer profile"), [&](Proposal &p) {
        p.profileId = profileId;
        return success();
    });
}

Status ProposalBook::restoreField(qint64 id, const QString &key, const QString &text)
{
    const auto before = find(id);
    if (!before)
        return gone();
    Proposal after = *before;
    if (Status set = setFieldFromText(proposalFields(), after, key, text); !set)
        return set;
    return update(after, tr("Restore an earlier value"));
}

} // namespace clientele
