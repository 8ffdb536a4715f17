#pragma once

// The PDF of a proposal: rendered for a version being written or sent, the stored bytes for a
// version that went out.

#include "clientele/core/workspace.h"
#include "clientele/domain/proposal.h"

#include <QByteArray>

#include <optional>

namespace clientele::cli {

// The proposal's document as the app prints it, ending with "Changes since version N" (the
// version sent before) when the proposal asks for it. send-proposal freezes exactly this, and
// export-pdf writes it for a version not yet sent.
Result<QByteArray> renderProposalPdf(const Workspace &workspace, const Proposal &proposal);

// What `export-pdf --proposal` writes: the stored bytes of the sent version `version`, or of the
// current version once it has been sent; else the current version rendered now. A `version`
// that was never sent and is not the current one is refused.
Result<QByteArray> proposalPdfToExport(const Workspace &workspace, const Proposal &proposal,
                                       std::optional<int> version);

} // namespace clientele::cli
