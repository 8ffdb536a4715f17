#pragma once

#include "clientele/domain/offer.h"
#include "clientele/domain/proposal.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace clientele {

class Workspace;

// The workspace's offer catalogue, its up-sell ladder and its proposals, kept in memory and
// written through on every edit. Every edit is one command on the workspace's undo stack.
// Owned by the Workspace (Workspace::offerStore()).
class OfferStore : public QObject {
    Q_OBJECT
public:
    explicit OfferStore(Workspace *workspace);

    // Offers in id order; ladder() gives the climbing order.
    QList<Offer> offers() const { return m_offers.values(); }
    std::optional<Offer> offer(qint64 id) const;
    int offerCount() const { return static_cast<int>(m_offers.size()); }
    QList<Offer> ladder() const;

    QList<Proposal> proposals() const { return m_proposals.values(); }
    std::optional<Proposal> proposal(qint64 id) const;
    int proposalCount() const { return static_cast<int>(m_proposals.size()); }
    // By number ("P-2026-001", case-insensitive) or by id.
    std::optional<Proposal> findProposal(const QString &idOrNumber) const;
    // The workspace's threshold applied to the proposal (or its override).
    ProposalStyle styleOf(const Proposal &proposal) const;

    // --- Offer edits. Refused edits return the reason and change nothing. ---
    // A new offer in the workspace currency; a free assessment starts with the standard
    // identification questions. Returns the new id.
    Result<qint64> addOffer(const Offer &offer);
    void removeOffer(qint64 id);
    qint64 duplicateOffer(qint64 id);
    // Replaces the whole offer. Edits with the same non-zero mergeKey in a row are one undo step
    // (typing into one field).
    Status updateOffer(const Offer &after, const QString &text, int mergeKey = 0);
    Status setOfferName(qint64 id, const QString &name);
    Status setOfferKind(qint64 id, OfferKind kind);
    Status setOfferPromise(qint64 id, const QString &promise);
    Status setOfferPrice(qint64 id, const Money &price);
    Status setOfferList(qint64 id, OfferList list, const QStringList &texts);
    Status setOfferAnswers(qint64 id, const QList<qint64> &profileItemIds);
    // Terms other than the fee (the fee is the offer's price).
    Status setRetainerTerms(qint64 id, const RetainerTerms &terms);
    // Puts the offer on the ladder at the end of `stage`, or takes it off (nullopt).
    Status setLadderStage(qint64 id, std::optional<LadderStage> stage);
    Status setStepToNext(qint64 id, const QString &step);
    // Swaps the offer with its neighbour on the ladder (-1 down, +1 up); one undo step.
    Status moveOnLadder(qint64 id, int direction);

    // --- Proposal edits. ---
    // A new proposal; an empty number gets the next "P-<year>-NNN", a missing issue date today,
    // a missing validity 30 days after it, the currency the workspace's. Returns the new id.
    Result<qint64> addProposal(const Proposal &proposal);
    void removeProposal(qint64 id);
    // A copy as a new draft with the next number, issued today.
    qint64 duplicateProposal(qint64 id);
    Status updateProposal(const Proposal &after, const QString &text, int mergeKey = 0);
    Status setProposalStatus(qint64 id, ProposalStatus status);
    // nullopt: let the prospect's size decide again.
    Status setProposalStyle(qint64 id, std::optional<ProposalStyle> style);
    Status setProspect(qint64 id, const Prospect &prospect);
    Status setProposalNeeds(qint64 id, const QStringList &needs);
    Status setProposalWants(qint64 id, const QStringList &wants);
    Status setProposalLines(qint64 id, const QList<ProposalLine> &lines);
    // Appends a line copied from the offer: its name, price and billing.
    Status addOfferLine(qint64 proposalId, qint64 offerId, int quantity = 1);
    Status setProposalRisks(qint64 id, const QList<ProposalRisk> &risks);
    Status setProposalMilestones(qint64 id, const QList<ProposalMilestone> &milestones);
    Status setProposalBenefits(qint64 id, const QList<ProposalBenefit> &benefits);
    Status setProposalTerms(qint64 id, const QString &terms);
    Status setProposalNextStep(qint64 id, const QString &nextStep);
    Status setExecutiveSummary(qint64 id, const QString &summary);
    Status setValidUntil(qint64 id, const QDate &date);
    Status setProposalProfile(qint64 id, qint64 profileId);

    // Used by commands: write through to the file, then update memory and announce it. New
    // offers and proposals get their ids. A failure is reported through Workspace::writeFailed.
    bool storeOffers(QList<Offer> &offers);
    bool eraseOffers(const QList<qint64> &ids);
    bool storeProposal(Proposal &proposal);
    bool eraseProposal(qint64 id);

    // Re-reads everything from the file (after a JSON import into the open workspace).
    void reload();

Q_SIGNALS:
    void offerAdded(qint64 id);
    void offerChanged(qint64 id);
    void offerRemoved(qint64 id);
    void proposalAdded(qint64 id);
    void proposalChanged(qint64 id);
    void proposalRemoved(qint64 id);
    // The threshold or another setting that decides how proposals read changed.
    void proposalStylesChanged();

private:
    Status editOffer(qint64 id, const QString &text, int mergeKey,
                     const std::function<Status(Offer &)> &change);
    Status editProposal(qint64 id, const QString &text, int mergeKey,
                        const std::function<Status(Proposal &)> &change);
    QString currency() const;

    Workspace *m_workspace;
    QMap<qint64, Offer> m_offers;
    QMap<qint64, Proposal> m_proposals;
    qint64 m_lastAddedId = 0;
};

} // namespace clientele
