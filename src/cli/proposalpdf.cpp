#include "proposalpdf.h"

#include "clicommand.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/proposaldocument.h"

namespace clientele::cli {

Result<QByteArray> renderProposalPdf(const Workspace &workspace, const Proposal &proposal)
{
    const ProposalDocument document(workspace.settings(), workspace.offers()->all(),
                                    workspace.profiles()->all());
    return renderPdf(document.document(proposal));
}

Result<QByteArray> proposalPdfToExport(const Workspace &workspace, const Proposal &proposal,
                                       std::optional<int> version)
{
    const int wanted = version.value_or(proposal.version);
    if (const ProposalVersion *sent = proposal.sentVersion(wanted))
        return sent->pdf;
    if (wanted == proposal.version)
        return renderProposalPdf(workspace, proposal);
    QStringList sent;
    for (const ProposalVersion &v : proposal.sent)
        sent << QString::number(v.version);
    if (sent.isEmpty())
        return Error{Cli::tr("Proposal %1 has no version %2: it is at version %3 and none has "
                             "been sent.")
                         .arg(proposal.number)
                         .arg(wanted)
                         .arg(proposal.version)};
    return Error{Cli::tr("Proposal %1 has no version %2: it is at version %3, and the versions "
                         "sent are %4.")
                     .arg(proposal.number)
                     .arg(wanted)
                     .arg(proposal.version)
                     .arg(QLocale().createSeparatedList(sent))};
}

} // namespace clientele::cli
