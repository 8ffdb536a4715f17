#pragma once

#include "clientele/core/snapshotstore.h"
#include "clientele/domain/offer.h"
#include "clientele/storage/offerrepository.h"

namespace clientele {

// The workspace's offers and their up-sell ladder. Every edit is one undoable change of whole
// offers (several when the ladder is renumbered), written through with its history. Owned by
// the Workspace (Workspace::offers()).
class OfferCatalogue : public SnapshotStore<Offer, OfferRepository> {
    Q_OBJECT
public:
    explicit OfferCatalogue(Workspace *workspace);

    // On the ladder, in climbing order.
    QList<Offer> ladder() const;

    // Edits. Refused edits return the reason and change nothing.
    // A new offer in the workspace currency; a free assessment starts with the standard
    // identification questions. Returns the new id.
    Result<qint64> add(const Offer &offer);
    void remove(qint64 id);
    qint64 duplicate(qint64 id);
    // Replaces the whole offer. Edits with the same merge id in a row are one undo step
    // (typing into one field).
    Status update(const Offer &after, const QString &text, MergeId merge = MergeId::None);
    Status setName(qint64 id, const QString &name);
    Status setKind(qint64 id, OfferKind kind);
    Status setPromise(qint64 id, const QString &promise);
    Status setPrice(qint64 id, const Money &price);
    Status setList(qint64 id, OfferList list, const QStringList &texts);
    Status setAnswers(qint64 id, const QList<qint64> &profileItemIds);
    // Puts the offer on the ladder at the end of `stage`, or takes it off (nullopt).
    Status setLadderStage(qint64 id, std::optional<LadderStage> stage);
    Status setStepToNext(qint64 id, const QString &step);
    // Swaps the offer with its neighbour on the ladder (-1 down, +1 up); one undo step.
    Status moveOnLadder(qint64 id, int direction);
    // Sets a field from the text its history shows ("Restore this value").
    Status restoreField(qint64 id, const QString &key, const QString &text);

private:
    Status edit(qint64 id, const QString &text, MergeId merge,
                const std::function<Status(Offer &)> &change);
    // Pushes the offers that differ from what is stored, as one step.
    void changeAll(const QList<Offer> &offers, const QString &text);
};

} // namespace clientele
