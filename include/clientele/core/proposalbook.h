#pragma once

#include "clientele/core/snapshotstore.h"
#include "clientele/domain/proposal.h"
#include "clientele/storage/proposalrepository.h"

#include <QByteArray>

#include <functional>

namespace clientele {

// Renders the PDF a proposal version is sent as (the render layer, given by the caller).
using ProposalRenderer = std::function<Result<QByteArray>(const Proposal &)>;

// The workspace's proposals and their numbering. Every edit is one undoable change of the whole
// proposal, written through with its history. Owned by the Workspace (Workspace::proposals()).
class ProposalBook : public SnapshotStore<Proposal, ProposalRepository> {
    Q_OBJECT
public:
    explicit ProposalBook(Workspace *workspace);

    // By number ("P-2026-001", case-insensitive) or by id.
    std::optional<Proposal> findByNumber(const QString &idOrNumber) const;
    // The workspace's threshold applied to the proposal (or its override).
    ProposalStyle styleOf(const Proposal &proposal) const;

    // Edits. Refused edits return the reason and change nothing.
    // A new proposal; an empty number gets the next "P-<year>-NNN", a missing issue date today,
    // a missing validity 30 days after it, the currency the workspace's. Returns the new id.
    Result<qint64> add(const Proposal &proposal);
    // A new proposal for the prospect: its company, contact, staff (the lower bound of its
    // number of employees), industry and systems, remembering the prospect so that winning the
    // proposal marks the prospect won. Returns the new id.
    Result<qint64> addFromProspect(qint64 prospectId);
    void remove(qint64 id);
    // A copy as a new draft with the next number, issued today.
    qint64 duplicate(qint64 id);
    // Replaces the whole proposal. Edits with the same merge id in a row are one undo step.
    // Accepting a proposal made from a prospect marks the prospect won in the same step.
    Status update(const Proposal &after, const QString &text, MergeId merge = MergeId::None);

    // The life of a proposal (src/core/proposallifecycle.cpp). A sent version is frozen: every
    // edit of its content is refused until it is revised.
    // Freezes the current version: issued today, valid as long again as the draft said, its
    // PDF rendered once by `render` and kept with its SHA-256. Refused when closed, already
    // sent, or when an approval is needed and missing.
    Status send(qint64 id, const ProposalRenderer &render);
    // Starts the next version as a draft copy of the sent one; the sent versions stay.
    Status revise(qint64 id);
    // Records the internal approval of the current (unsent) version.
    Status approve(qint64 id, const QString &approvedBy);
    // Closes the proposal as won or lost; a lost one needs a reason, and a reason not yet in
    // the list joins the workspace's lost reasons. Winning or losing a proposal made from a
    // prospect moves the prospect (won; lost, or not a fit) in the same undo step.
    Status closeWon(qint64 id, const QDate &date, const QString &acceptedBy,
                    const QString &reference);
    Status closeLost(qint64 id, const QDate &date, const QString &reason);
    // The workspace's approval threshold, in its currency.
    Money approvalThreshold() const;
    // True when the proposal cannot be sent yet for want of an approval.
    bool awaitsApproval(const Proposal &proposal) const;
    // The reasons a lost proposal can give: the defaults and those the user added.
    QStringList lostReasons() const;
    // nullopt: let the prospect's size decide again.
    Status setStyle(qint64 id, std::optional<ProposalStyle> style);
    Status setNeeds(qint64 id, const QStringList &needs);
    Status setWants(qint64 id, const QStringList &wants);
    Status setLines(qint64 id, const QList<ProposalLine> &lines);
    // Appends a line copied from the offer: its name, price and billing.
    Status addOfferLine(qint64 proposalId, const Offer &offer, int quantity = 1);
    // The index of the first line copied from the offer, or -1: adding it again would
    // recommend it twice.
    static int lineOfOffer(const Proposal &proposal, qint64 offerId);
    // The lines copied from an offer whose catalogue price has changed since, in order.
    QList<int> stalePriceLines(const Proposal &proposal) const;
    // Gives those lines the catalogue's price again, as one step.
    Status useCurrentPrices(qint64 id);
    Status setRisks(qint64 id, const QList<ProposalRisk> &risks);
    Status setMilestones(qint64 id, const QList<ProposalMilestone> &milestones);
    Status setBenefits(qint64 id, const QList<ProposalBenefit> &benefits);
    Status setValidUntil(qint64 id, const QDate &date);
    // Whether the current version prints "Changes since version N" as its last page; part of
    // what a sent version froze.
    Status setPrintChanges(qint64 id, bool print);
    Status setProfile(qint64 id, qint64 profileId);
    // Sets a field from the text its history shows ("Restore this value").
    Status restoreField(qint64 id, const QString &key, const QString &text);

Q_SIGNALS:
    // The threshold or another setting that decides how proposals read changed.
    void stylesChanged();

private:
    static Error gone();

    Status edit(qint64 id, const QString &text, const std::function<Status(Proposal &)> &change);
    Status close(Proposal after, const QString &text);
};

} // namespace clientele
