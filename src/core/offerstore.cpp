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

OfferStore::OfferStore(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    reload();
    connect(workspace, &Workspace::settingsChanged, this, &OfferStore::proposalStylesChanged);
}

void OfferStore::reload()
{
    m_offers.clear();
    m_proposals.clear();
    auto &db = m_workspace->file().database();
    for (const Offer &offer : OfferRepository(db).all())
        m_offers.insert(offer.id, offer);
    for (const Proposal &proposal : ProposalRepository(db).all())
        m_proposals.insert(proposal.id, proposal);
}

std::optional<Offer> OfferStore::offer(qint64 id) const
{
    const auto found = m_offers.constFind(id);
    if (found == m_offers.constEnd())
        return std::nullopt;
    return *found;
}

QList<Offer> OfferStore::ladder() const
{
    return ladderOf(offers());
}

std::optional<Proposal> OfferStore::proposal(qint64 id) const
{
    const auto found = m_proposals.constFind(id);
    if (found == m_proposals.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<Proposal> OfferStore::findProposal(const QString &idOrNumber) const
{
    const QString wanted = idOrNumber.trimmed();
    for (const Proposal &p : m_proposals)
        if (p.number.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        return proposal(id);
    return std::nullopt;
}

ProposalStyle OfferStore::styleOf(const Proposal &proposal) const
{
    return proposal.style(m_workspace->settings().formalStaffThreshold);
}

QString OfferStore::currency() const
{
    return m_workspace->settings().currency;
}

// --- Offers -------------------------------------------------------------------------------

Result<qint64> OfferStore::addOffer(const Offer &input)
{
    Offer offer = input;
    offer.id = 0;
    if (offer.price.currency().isEmpty())
        offer.price = Money(offer.price.minorUnits(), currency());
    if (offer.kind == OfferKind::FreeAssessment && offer.assessment == AssessmentDeliverable{})
        offer.assessment = AssessmentDeliverable::standard();
    if (offer.ladder && offer.ladder->position == 0) {
        int last = 0;
        for (const Offer &other : m_offers)
            if (other.ladder)
                last = std::max(last, other.ladder->position);
        offer.ladder->position = last + 1;
    }
    offer = normalisedOffer(offer);
    if (auto valid = validateOffer(offer); !valid)
        return valid.error();
    m_lastAddedId = 0;
    m_workspace->push(new OfferSnapshotCommand(
        this, {{std::nullopt, offer}}, QStringLiteral("Add offer \u201c%1\u201d").arg(offer.name)));
    if (m_lastAddedId == 0)
        return Error{QStringLiteral("The offer could not be saved.")};
    return m_lastAddedId;
}

void OfferStore::removeOffer(qint64 id)
{
    if (const auto before = offer(id))
        m_workspace->push(new OfferSnapshotCommand(
            this, {{before, std::nullopt}},
            QStringLiteral("Remove offer \u201c%1\u201d").arg(before->name)));
}

qint64 OfferStore::duplicateOffer(qint64 id)
{
    const auto original = offer(id);
    if (!original)
        return 0;
    Offer copy = *original;
    copy.name = QStringLiteral("%1 (copy)").arg(original->name);
    copy.ladder.reset(); // a copy is a variant to work on, not a second rung
    auto added = addOffer(copy);
    return added ? *added : 0;
}

Status OfferStore::updateOffer(const Offer &input, const QString &text, int mergeKey)
{
    const auto before = offer(input.id);
    if (!before)
        return Error{QStringLiteral("That offer no longer exists.")};
    const Offer after = normalisedOffer(input);
    if (auto valid = validateOffer(after); !valid)
        return valid;
    if (after == *before)
        return success();
    m_workspace->push(new OfferSnapshotCommand(this, {{before, after}}, text, mergeKey));
    return success();
}

Status OfferStore::editOffer(qint64 id, const QString &text, int mergeKey,
                             const std::function<Status(Offer &)> &change)
{
    const auto before = offer(id);
    if (!before)
        return Error{QStringLiteral("That offer no longer exists.")};
    Offer after = *before;
    if (auto changed = change(after); !changed)
        return changed;
    return updateOffer(after, text, mergeKey);
}

Status OfferStore::setOfferName(qint64 id, const QString &name)
{
    return editOffer(id, QStringLiteral("Rename offer"), kOfferName, [&](Offer &o) {
        o.name = name;
        return success();
    });
}

Status OfferStore::setOfferKind(qint64 id, OfferKind kind)
{
    return editOffer(id, QStringLiteral("Change offer kind"), kNoMerge, [&](Offer &o) {
        o.kind = kind;
        if (kind == OfferKind::FreeAssessment && o.assessment == AssessmentDeliverable{})
            o.assessment = AssessmentDeliverable::standard();
        return success();
    });
}

Status OfferStore::setOfferPromise(qint64 id, const QString &promise)
{
    return editOffer(id, QStringLiteral("Edit promise"), kOfferPromise, [&](Offer &o) {
        o.promise = promise;
        return success();
    });
}

Status OfferStore::setOfferPrice(qint64 id, const Money &price)
{
    return editOffer(id, QStringLiteral("Change price"), kOfferPrice, [&](Offer &o) {
        o.price =
            price.currency().isEmpty() ? Money(price.minorUnits(), o.price.currency()) : price;
        return success();
    });
}

Status OfferStore::setOfferList(qint64 id, OfferList list, const QStringList &texts)
{
    return editOffer(id, QStringLiteral("Edit %1").arg(offerListLabel(list).toLower()), kNoMerge,
                     [&](Offer &o) {
                         offerList(o, list) = texts;
                         return success();
                     });
}

Status OfferStore::setOfferAnswers(qint64 id, const QList<qint64> &profileItemIds)
{
    return editOffer(id, QStringLiteral("Change what the offer answers"), kNoMerge, [&](Offer &o) {
        o.answers.clear();
        for (qint64 item : profileItemIds)
            if (item > 0 && !o.answers.contains(item))
                o.answers.append(item);
        return success();
    });
}

Status OfferStore::setRetainerTerms(qint64 id, const RetainerTerms &terms)
{
    return editOffer(id, QStringLiteral("Change retainer terms"), kNoMerge, [&](Offer &o) {
        if (o.kind != OfferKind::MonthlyRetainer)
            return Status(Error{QStringLiteral("Only a monthly retainer has retainer terms.")});
        o.retainer = terms;
        return success();
    });
}

Status OfferStore::setLadderStage(qint64 id, std::optional<LadderStage> stage)
{
    const auto before = offer(id);
    if (!before)
        return Error{QStringLiteral("That offer no longer exists.")};
    if ((!stage && !before->ladder) || (stage && before->ladder && before->ladder->stage == *stage))
        return success();
    // Place it after the last rung of its stage, then renumber the whole ladder.
    QList<Offer> all = offers();
    for (Offer &o : all) {
        if (o.id != id)
            continue;
        if (!stage) {
            o.ladder.reset();
            break;
        }
        LadderPlace place = before->ladder.value_or(LadderPlace{});
        place.stage = *stage;
        place.position = std::numeric_limits<int>::max();
        o.ladder = place;
    }
    all = renumberedLadder(all);
    QList<OfferSnapshotCommand::Change> changes;
    for (const Offer &o : all)
        if (o != m_offers.value(o.id))
            changes.append({m_offers.value(o.id), o});
    m_workspace->push(new OfferSnapshotCommand(this, changes,
                                               stage
                                                   ? QStringLiteral("Put offer on the ladder")
                                                   : QStringLiteral("Take offer off the ladder")));
    return success();
}

Status OfferStore::setStepToNext(qint64 id, const QString &step)
{
    return editOffer(
        id, QStringLiteral("Edit the step to the next rung"), kOfferStep, [&](Offer &o) {
            if (!o.ladder)
                return Status(Error{QStringLiteral("The offer is not on the ladder.")});
            o.ladder->stepToNext = step;
            return success();
        });
}

Status OfferStore::moveOnLadder(qint64 id, int direction)
{
    QList<Offer> rungs = ladder();
    qsizetype row = -1;
    for (qsizetype i = 0; i < rungs.size(); ++i)
        if (rungs.at(i).id == id)
            row = i;
    if (row < 0)
        return Error{QStringLiteral("The offer is not on the ladder.")};
    const qsizetype other = row + (direction < 0 ? -1 : 1);
    if (other < 0 || other >= rungs.size())
        return success();
    // Within a stage the offer swaps with its neighbour; at a stage boundary it first joins
    // the neighbouring stage, keeping its place in the climbing order.
    if (rungs.at(row).ladder->stage != rungs.at(other).ladder->stage)
        rungs[row].ladder->stage = rungs.at(other).ladder->stage;
    else
        rungs.swapItemsAt(row, other);
    QList<OfferSnapshotCommand::Change> changes;
    for (qsizetype i = 0; i < rungs.size(); ++i) {
        Offer &rung = rungs[i];
        rung.ladder->position = static_cast<int>(i + 1);
        const Offer &before = m_offers[rung.id];
        if (rung != before)
            changes.append({before, rung});
    }
    if (changes.isEmpty())
        return success();
    m_workspace->push(new OfferSnapshotCommand(this, changes,
                                               direction < 0
                                                   ? QStringLiteral("Move offer down the ladder")
                                                   : QStringLiteral("Move offer up the ladder")));
    return success();
}

bool OfferStore::storeOffers(QList<Offer> &offers)
{
    QList<Offer> stored;
    const Status written = m_workspace->file().transaction([&] {
        OfferRepository repository(m_workspace->file().database());
        stored.clear();
        for (const Offer &o : offers)
            stored.append(repository.save(o));
    });
    if (!written) {
        Q_EMIT m_workspace->writeFailed(written.errorMessage());
        return false;
    }
    offers = stored;
    for (const Offer &o : stored) {
        const bool isNew = !m_offers.contains(o.id);
        m_offers.insert(o.id, o);
        if (isNew) {
            m_lastAddedId = o.id;
            Q_EMIT offerAdded(o.id);
        } else
            Q_EMIT offerChanged(o.id);
    }
    Q_EMIT m_workspace->saved();
    return true;
}

bool OfferStore::eraseOffers(const QList<qint64> &ids)
{
    const Status written = m_workspace->file().transaction([&] {
        OfferRepository repository(m_workspace->file().database());
        for (qint64 id : ids)
            repository.remove(id);
    });
    if (!written) {
        Q_EMIT m_workspace->writeFailed(written.errorMessage());
        return false;
    }
    for (qint64 id : ids) {
        m_offers.remove(id);
        Q_EMIT offerRemoved(id);
    }
    Q_EMIT m_workspace->saved();
    return true;
}

} // namespace clientele
