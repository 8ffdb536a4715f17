#include "clientele/core/offercatalogue.h"

#include "clientele/domain/ladder.h"

#include <QCoreApplication>

#include <limits>

namespace clientele {

namespace {

Error gone()
{
    return Error{
        QCoreApplication::translate("clientele::OfferCatalogue", "That offer no longer exists.")};
}

// One whole sentence per list, so a translation can inflect each name.
QString listEditText(OfferList list)
{
    switch (list) {
    case OfferList::Included:
        return QCoreApplication::translate("clientele::OfferCatalogue", "Edit what is included");
    case OfferList::Excluded:
        return QCoreApplication::translate("clientele::OfferCatalogue",
                                           "Edit what is not included");
    case OfferList::FeeIncludes:
        return QCoreApplication::translate("clientele::OfferCatalogue",
                                           "Edit what the fee also covers");
    case OfferList::FeeExcludes:
        return QCoreApplication::translate("clientele::OfferCatalogue",
                                           "Edit what the fee does not cover");
    case OfferList::Questions:
        return QCoreApplication::translate("clientele::OfferCatalogue",
                                           "Edit the questions we ask");
    case OfferList::Findings:
        return QCoreApplication::translate("clientele::OfferCatalogue",
                                           "Edit what the client keeps");
    }
    return {};
}

} // namespace

OfferCatalogue::OfferCatalogue(Workspace *workspace)
    : SnapshotStore(workspace)
{
}

QList<Offer> OfferCatalogue::ladder() const
{
    return ladderOf(all());
}

Result<qint64> OfferCatalogue::add(const Offer &input)
{
    Offer offer = input;
    offer.id = 0;
    offer.uuid = {};
    if (offer.price.currency().isEmpty())
        offer.price = Money(offer.price.minorUnits(), m_workspace->settings().currency);
    if (offer.kind == OfferKind::FreeAssessment && offer.assessment == AssessmentDeliverable{})
        offer.assessment = AssessmentDeliverable::standard();
    if (offer.ladder && offer.ladder->position == 0) {
        int last = 0;
        for (const Offer &other : all())
            if (other.ladder)
                last = std::max(last, other.ladder->position);
        offer.ladder->position = last + 1;
    }
    offer = normalisedOffer(offer);
    if (auto valid = validateOffer(offer); !valid)
        return valid.error();
    push({std::nullopt}, {offer}, tr("Add offer \u201c%1\u201d").arg(offer.name));
    if (lastAdded() == 0)
        return Error{tr("The offer could not be saved.")};
    return lastAdded();
}

void OfferCatalogue::remove(qint64 id)
{
    if (const auto before = find(id))
        push({before}, {std::nullopt}, tr("Remove offer \u201c%1\u201d").arg(before->name));
}

qint64 OfferCatalogue::duplicate(qint64 id)
{
    const auto original = find(id);
    if (!original)
        return 0;
    Offer copy = *original;
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.ladder.reset(); // a copy is a variant to work on, not a second rung
    auto added = add(copy);
    return added ? *added : 0;
}

Status OfferCatalogue::update(const Offer &input, const QString &text, MergeId merge)
{
    const auto before = find(input.id);
    if (!before)
        return gone();
    const Offer after = normalisedOffer(input);
    if (auto valid = validateOffer(after); !valid)
        return valid;
    if (after != *before)
        push({before}, {after}, text, merge);
    return success();
}

Status OfferCatalogue::edit(qint64 id, const QString &text, MergeId merge,
                            const std::function<Status(Offer &)> &change)
{
    const auto before = find(id);
    if (!before)
        return gone();
    Offer after = *before;
    if (auto changed = change(after); !changed)
        return changed;
    return update(after, text, merge);
}

Status OfferCatalogue::setName(qint64 id, const QString &name)
{
    return edit(id, tr("Rename offer"), MergeId::OfferName, [&](Offer &o) {
        o.name = name;
        return success();
    });
}

Status OfferCatalogue::setKind(qint64 id, OfferKind kind)
{
    return edit(id, tr("Change offer kind"), MergeId::None, [&](Offer &o) {
        o.kind = kind;
        if (kind == OfferKind::FreeAssessment && o.assessment == AssessmentDeliverable{})
            o.assessment = AssessmentDeliverable::standard();
        return success();
    });
}

Status OfferCatalogue::setPromise(qint64 id, const QString &promise)
{
    return edit(id, tr("Edit promise"), MergeId::OfferPromise, [&](Offer &o) {
        o.promise = promise;
        return success();
    });
}

Status OfferCatalogue::setPrice(qint64 id, const Money &price)
{
    return edit(id, tr("Change price"), MergeId::OfferPrice, [&](Offer &o) {
        o.price =
            price.currency().isEmpty() ? Money(price.minorUnits(), o.price.currency()) : price;
        return success();
    });
}

Status OfferCatalogue::setList(qint64 id, OfferList list, const QStringList &texts)
{
    return edit(id, listEditText(list), MergeId::None, [&](Offer &o) {
        offerList(o, list) = texts;
        return success();
    });
}

Status OfferCatalogue::setAnswers(qint64 id, const QList<qint64> &profileItemIds)
{
    return edit(id, tr("Change what the offer answers"), MergeId::None, [&](Offer &o) {
        o.answers.clear();
        for (qint64 item : profileItemIds)
            if (item > 0 && !o.answers.contains(item))
                o.answers.append(item);
        return success();
    });
}

void OfferCatalogue::changeAll(const QList<Offer> &offers, const QString &text)
{
    Slots before;
    Slots after;
    for (const Offer &o : offers) {
        const auto stored = find(o.id);
        if (stored && *stored != o) {
            before << stored;
            after << o;
        }
    }
    if (!after.isEmpty())
        push(before, after, text);
}

Status OfferCatalogue::setLadderStage(qint64 id, std::optional<LadderStage> stage)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if ((!stage && !before->ladder) || (stage && before->ladder && before->ladder->stage == *stage))
        return success();
    // Place it after the last rung of its stage, then renumber the whole ladder.
    QList<Offer> offers = all();
    for (Offer &o : offers) {
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
    changeAll(renumberedLadder(offers),
              stage ? tr("Put offer on the ladder") : tr("Take offer off the ladder"));
    return success();
}

Status OfferCatalogue::setStepToNext(qint64 id, const QString &step)
{
    return edit(id, tr("Edit the step to the next rung"), MergeId::OfferStepToNext, [&](Offer &o) {
        if (!o.ladder)
            return Status(Error{tr("The offer is not on the ladder.")});
        o.ladder->stepToNext = step;
        return success();
    });
}

Status OfferCatalogue::moveOnLadder(qint64 id, int direction)
{
    QList<Offer> rungs = ladder();
    qsizetype row = -1;
    for (qsizetype i = 0; i < rungs.size(); ++i)
        if (rungs.at(i).id == id)
            row = i;
    if (row < 0)
        return Error{tr("The offer is not on the ladder.")};
    const qsizetype other = row + (direction < 0 ? -1 : 1);
    if (other < 0 || other >= rungs.size())
        return success();
    // Within a stage the offer swaps with its neighbour; at a stage boundary it first joins
    // the neighbouring stage, keeping its place in the climbing order.
    if (rungs.at(row).ladder->stage != rungs.at(other).ladder->stage)
        rungs[row].ladder->stage = rungs.at(other).ladder->stage;
    else
        rungs.swapItemsAt(row, other);
    for (qsizetype i = 0; i < rungs.size(); ++i)
        rungs[i].ladder->position = static_cast<int>(i + 1);
    changeAll(rungs,
              direction < 0 ? tr("Move offer down the ladder") : tr("Move offer up the ladder"));
    return success();
}

Status OfferCatalogue::restoreField(qint64 id, const QString &key, const QString &text)
{
    const auto before = find(id);
    if (!before)
        return gone();
    Offer after = *before;
    if (Status set = setFieldFromText(offerFields(), after, key, text); !set)
        return set;
    return update(after, tr("Restore an earlier value"));
}

} // namespace clientele
