#pragma once

#include "clientele/domain/offer.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace clientele {

class OfferStore;

// Moves one or more offers between two whole states; an absent state means "no such offer",
// so adding and removing run in opposite directions. Several offers change together when a
// ladder move renumbers them. Consecutive edits with the same non-zero merge key on the same
// offer merge into one undo step.
class OfferSnapshotCommand : public QUndoCommand {
public:
    struct Change {
        std::optional<Offer> before;
        std::optional<Offer> after;
    };
    static constexpr int kId = 2001;

    OfferSnapshotCommand(OfferStore *store, QList<Change> changes, const QString &text,
                         int mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey != 0 ? kId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    // The first offer's id once stored (a new offer's assigned id after the first redo).
    qint64 offerId() const;

private:
    bool apply(bool forward);

    OfferStore *m_store;
    QList<Change> m_changes;
    int m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace clientele
