#pragma once

#include "clientele/domain/assessmentdeliverable.h"
#include "clientele/domain/money.h"
#include "clientele/domain/retainerterms.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace clientele {

enum class OfferKind { FreeAssessment, FixedPriceProject, MonthlyRetainer, Product, Other };

// The rungs of the up-sell ladder: start small, then the core work, then the continuing
// relationship once the client trusts us.
enum class LadderStage { Entry, Core, Continuing };

QList<OfferKind> allOfferKinds();
QList<LadderStage> allLadderStages();
// Stable keys for storage and JSON ("assessment", "project", "retainer", "product", "other";
// "entry", "core", "continuing") and words a user reads.
QString offerKindKey(OfferKind kind);
std::optional<OfferKind> offerKindFromKey(const QString &key);
QString offerKindLabel(OfferKind kind);
QString ladderStageKey(LadderStage stage);
std::optional<LadderStage> ladderStageFromKey(const QString &key);
QString ladderStageLabel(LadderStage stage);

// Where an offer stands on the ladder and what leads the client from it to the next rung.
struct LadderPlace {
    LadderStage stage = LadderStage::Entry;
    // Order within the whole ladder; smaller climbs first.
    int position = 0;
    QString stepToNext;

    friend bool operator==(const LadderPlace &, const LadderPlace &) = default;
};

// The ordered lists of an offer, addressed uniformly so one edit serves them all.
enum class OfferList { Included, Excluded, FeeIncludes, FeeExcludes, Questions, Findings };
QList<OfferList> allOfferLists();
QString offerListKey(OfferList list);
QString offerListLabel(OfferList list);

// One thing the consultancy sells. Free is a price of zero. For a monthly retainer the price is
// the monthly fee and `retainer.monthlyFee` always equals it (see normalisedOffer()).
struct Offer {
    qint64 id = 0;
    QString name;
    OfferKind kind = OfferKind::FixedPriceProject;
    QString promise;
    QStringList included;
    QStringList excluded;
    Money price;
    // The profile obstacles and needs (ProfileItem ids) this offer answers, in reading order.
    // A link whose item was deleted stays, unused, and counts again if the deletion is undone.
    QList<qint64> answers;
    // Absent: in the catalogue but not on the ladder.
    std::optional<LadderPlace> ladder;
    // Meaningful for a monthly retainer only.
    RetainerTerms retainer;
    // Meaningful for a free assessment only.
    AssessmentDeliverable assessment;
    // The offer's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    bool isMonthly() const { return kind == OfferKind::MonthlyRetainer; }
    bool isFree() const { return price.isZero(); }

    friend bool operator==(const Offer &, const Offer &) = default;
};

const QStringList &offerList(const Offer &offer, OfferList list);
QStringList &offerList(Offer &offer, OfferList list);

// The offer with its parts made consistent: a retainer's fee equals its price, and terms or
// deliverables of another kind are cleared so they are neither stored nor printed.
Offer normalisedOffer(Offer offer);
// Refuses an offer a document could not show sensibly (no name, a negative price, negative
// hours or terms).
Status validateOffer(const Offer &offer);

} // namespace clientele
