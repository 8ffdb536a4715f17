#include "clientele/domain/offer.h"

namespace clientele {

QList<OfferKind> allOfferKinds()
{
    return {OfferKind::FreeAssessment, OfferKind::FixedPriceProject, OfferKind::MonthlyRetainer,
            OfferKind::Product, OfferKind::Other};
}

QList<LadderStage> allLadderStages()
{
    return {LadderStage::Entry, LadderStage::Core, LadderStage::Continuing};
}

QString offerKindKey(OfferKind kind)
{
    switch (kind) {
    case OfferKind::FreeAssessment: return QStringLiteral("assessment");
    case OfferKind::FixedPriceProject: return QStringLiteral("project");
    case OfferKind::MonthlyRetainer: return QStringLiteral("retainer");
    case OfferKind::Product: return QStringLiteral("product");
    case OfferKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<OfferKind> offerKindFromKey(const QString &key)
{
    for (OfferKind kind : allOfferKinds())
        if (offerKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString offerKindLabel(OfferKind kind)
{
    switch (kind) {
    case OfferKind::FreeAssessment: return QStringLiteral("Free assessment");
    case OfferKind::FixedPriceProject: return QStringLiteral("Fixed-price project");
    case OfferKind::MonthlyRetainer: return QStringLiteral("Monthly retainer");
    case OfferKind::Product: return QStringLiteral("Product or licence");
    case OfferKind::Other: return QStringLiteral("Other");
    }
    return {};
}

QString ladderStageKey(LadderStage stage)
{
    switch (stage) {
    case LadderStage::Entry: return QStringLiteral("entry");
    case LadderStage::Core: return QStringLiteral("core");
    case LadderStage::Continuing: return QStringLiteral("continuing");
    }
    return {};
}

std::optional<LadderStage> ladderStageFromKey(const QString &key)
{
    for (LadderStage stage : allLadderStages())
        if (ladderStageKey(stage) == key)
            return stage;
    return std::nullopt;
}

QString ladderStageLabel(LadderStage stage)
{
    switch (stage) {
    case LadderStage::Entry: return QStringLiteral("Entry");
    case LadderStage::Core: return QStringLiteral("Core");
    case LadderStage::Continuing: return QStringLiteral("Continuing");
    }
    return {};
}

QList<OfferList> allOfferLists()
{
    return {OfferList::Included,    OfferList::Excluded,  OfferList::FeeIncludes,
            OfferList::FeeExcludes, OfferList::Questions, OfferList::Findings};
}

QString offerListKey(OfferList list)
{
    switch (list) {
    case OfferList::Included: return QStringLiteral("included");
    case OfferList::Excluded: return QStringLiteral("excluded");
    case OfferList::FeeIncludes: return QStringLiteral("feeIncludes");
    case OfferList::FeeExcludes: return QStringLiteral("feeExcludes");
    case OfferList::Questions: return QStringLiteral("questions");
    case OfferList::Findings: return QStringLiteral("findings");
    }
    return {};
}

QString offerListLabel(OfferList list)
{
    switch (list) {
    case OfferList::Included: return QStringLiteral("Included");
    case OfferList::Excluded: return QStringLiteral("Not included");
    case OfferList::FeeIncludes: return QStringLiteral("The fee also covers");
    case OfferList::FeeExcludes: return QStringLiteral("The fee does not cover");
    case OfferList::Questions: return QStringLiteral("Questions we ask");
    case OfferList::Findings: return QStringLiteral("What you keep");
    }
    return {};
}

const QStringList &offerList(const Offer &offer, OfferList list)
{
    return offerList(const_cast<Offer &>(offer), list);
}

QStringList &offerList(Offer &offer, OfferList list)
{
    switch (list) {
    case OfferList::Included: return offer.included;
    case OfferList::Excluded: return offer.excluded;
    case OfferList::FeeIncludes: return offer.retainer.feeIncludes;
    case OfferList::FeeExcludes: return offer.retainer.feeExcludes;
    case OfferList::Questions: return offer.assessment.questions;
    case OfferList::Findings: return offer.assessment.findings;
    }
    return offer.included;
}

Offer normalisedOffer(Offer offer)
{
    if (offer.kind == OfferKind::MonthlyRetainer)
        offer.retainer.monthlyFee = offer.price;
    else
        offer.retainer = {};
    if (offer.kind != OfferKind::FreeAssessment)
        offer.assessment = {};
    return offer;
}

Status validateOffer(const Offer &offer)
{
    if (offer.name.trimmed().isEmpty())
        return Error{QStringLiteral("An offer needs a name.")};
    if (offer.price.isNegative())
        return Error{QStringLiteral("A price cannot be negative; a free offer costs 0.")};
    const RetainerTerms &terms = offer.retainer;
    if (terms.hoursPerMonth < 0 || terms.minimumTermMonths < 0 || terms.noticeDays < 0)
        return Error{QStringLiteral("Hours, minimum term and notice cannot be negative.")};
    return success();
}

} // namespace clientele
