#pragma once

#include "clientele/core/snapshotstore.h"
#include "clientele/domain/reviewchanges.h"
#include "clientele/domain/reviewround.h"
#include "clientele/storage/reviewroundrepository.h"

#include <QByteArray>

#include <functional>

namespace clientele {

// Renders a round's review pack (the render layer, given by the caller): the round with its
// snapshot, and what changed since the round before (empty for the first).
using ReviewPackRenderer = std::function<Result<QByteArray>(
    const ReviewRound &round, const QList<ReviewChangeGroup> &changes)>;

template <> struct ItemKind<ReviewRound> {
    static QString key() { return History::kReviewRound; }
    static const QList<ItemField<ReviewRound>> &fields() { return reviewRoundFields(); }
    static QString name(const ReviewRound &r) { return r.name; }
};

// The business owner's review rounds: each freezes the profiles with their "not our
// customer" lists, the ICP chart with its ideal, and the offer ladder, and keeps the pack
// printed from them. Owned by the Workspace (Workspace::reviews()).
class ReviewRounds : public SnapshotStore<ReviewRound, ReviewRoundRepository> {
    Q_OBJECT
public:
    explicit ReviewRounds(Workspace *workspace);

    // Oldest first.
    QList<ReviewRound> rounds() const;
    // The latest round, if any.
    std::optional<ReviewRound> latest() const;
    // Round N+1 as the workspace stands: named `name` ("Round N+1" when empty), dated now, its
    // pack rendered once and kept with its SHA-256. One undoable step. Returns the new id.
    Result<qint64> start(const QString &name, const ReviewPackRenderer &render);
    // Records that the owner signed the round off; refused when already signed off.
    Status signOff(qint64 id, const QString &by);
    // The round's frozen profiles, chart and offers.
    Result<ReviewSnapshot> snapshotOf(const ReviewRound &round) const;
    // What changed from the round before `round` to it; empty for the first round.
    Result<QList<ReviewChangeGroup>> changesIn(const ReviewRound &round) const;
};

} // namespace clientele
