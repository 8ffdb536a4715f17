#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/itemfields.h"
#include "clientele/domain/offer.h"
#include "clientele/domain/proposal.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// A proposal as the prospect receives it. Informal (small firms): a one- or two-page letter
// with what we heard (needs and wants), what we suggest, the prices, the next step and how long
// the offer stands. Formal (medium firms): a cover block, executive summary, needs and wants
// analysis, recommended offers with aligned one-off and monthly totals, risk assessment,
// project plan, cost-benefit analysis with payback and 1- and 3-year return, terms, validity
// and acceptance. The style is the proposal's override or follows the workspace threshold.
// A draft prints "DRAFT" across every page.
class ProposalDocument {
    Q_DECLARE_TR_FUNCTIONS(clientele::ProposalDocument)

public:
    // `offers` give the recommended lines their details; `profiles` name what they answer.
    ProposalDocument(const WorkspaceSettings &settings, QList<Offer> offers = {},
                     QList<CustomerProfile> profiles = {});

    // With `changes`, the document ends with a page "Changes since version `sinceVersion`":
    // each changed field as it read in that version beside how it reads in this one
    // (`proposal.version`). Without them, a proposal that asks to print its changes
    // (printChanges) gets that page against the last version sent before this one.
    PagedDocument document(const Proposal &proposal, const QList<FieldChange> &changes = {},
                           int sinceVersion = 0) const;
    ProposalStyle styleOf(const Proposal &proposal) const;
    // The body; every user string in it is escaped.
    QString html(const Proposal &proposal, bool withLogo = false) const;

private:
    QString informalHtml(const Proposal &proposal, bool withLogo) const;
    QString formalHtml(const Proposal &proposal, bool withLogo) const;

    WorkspaceSettings m_settings;
    QList<Offer> m_offers;
    QList<CustomerProfile> m_profiles;
};

} // namespace clientele
