#include "clientele/domain/offer.h"

#include <QCoreApplication>

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
    case OfferKind::FreeAssessment:
        return QCoreApplication::translate("clientele::Offer", "Free assessment");
    case OfferKind::FixedPriceProject:
        return QCoreApplication::translate("clientele::Offer", "Fixed-price project");
    case OfferKind::MonthlyRetainer:
        return QCoreApplication::translate("clientele::Offer", "Monthly retainer");
    case OfferKind::Product:
        return QCoreApplication::translate("clientele::Offer", "Product or licence");
    case OfferKind::Other: return QCoreApplication::translate("clientele::Offer", "Other");
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
    case LadderStage::Entry: return QCoreApplication::translate("clientele::Offer", "Entry");
    case LadderStage::Core: return QCoreApplication::translate("clientele::Offer", "Core");
    case LadderStage::Continuing:
        return QCoreApplication::translate("clientele::Offer", "Continuing");
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
    case OfferList::Included: return QCoreApplication::translate("clientele::Offer", "Included");
    case OfferList::Excluded:
        return QCoreApplication::translate("clientele::Offer", "Not included");
    case OfferList::FeeIncludes:
        return QCoreApplication::translate("clientele::Offer", "The fee also covers");
    case OfferList::FeeExcludes:
        return QCoreApplication::translate("clientele::Offer", "The fee does not cover");
    case OfferList::Questions:
        return QCoreApplication::translate("clientele::Offer", "Questions we ask");
    case OfferList::Findings:
        return QCoreApplication::translate("clientele::Offer", "What you keep");
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
        return Error{QCoreApplication::translate("clientele::Offer", "An offer needs a name.")};
    if (offer.price.isNegative())
        return Error{QCoreApplication::translate(
            "clientele::Offer", "A price cannot be negative; a free offer costs 0.")};
    const RetainerTerms &terms = offer.retainer;
    if (terms.hoursPerMonth < 0 || terms.minimumTermMonths < 0 || terms.noticeDays < 0)
        return Error{QCoreApplication::translate(
            "clientele::Offer", "Hours, minimum term and notice cannot be negative.")};
    return success();
}

} // namespace clientele
