#include "proposalaction.h"
#include "proposalpdf.h"

#include "clientele/core/proposalbook.h"

namespace clientele::cli {

CliCommand sendProposalCommand()
{
    static const QString usage = QStringLiteral("send-proposal FILE NUMBER");
    return {
        QStringLiteral("send-proposal"),
        Cli::tr("Mark a proposal as sent: its current version is frozen with its PDF and "
                "SHA-256."),
        declareProposalArguments,
        [](const QCommandLineParser &parser) {
            return runProposalAction(
                parser, usage,
                {[](Workspace &workspace, const Proposal &before) {
                     return workspace.proposals()->send(before.id, [&](const Proposal &sending) {
                         return renderProposalPdf(workspace, sending);
                     });
                 },
                 [](const Proposal &after) {
                     const ProposalVersion &sent = *after.sentVersion(after.version);
                     QString text =
                         Cli::tr("Sent version %1 of %2.").arg(sent.version).arg(after.number)
                         + u'\n';
                     text += Cli::tr("SHA-256: %1").arg(sent.sha256) + u'\n';
                     text += Cli::tr("Valid until: %1").arg(sent.validUntil.toString(Qt::ISODate))
                             + u'\n';
                     if (!sent.approvedBy.isEmpty())
                         text += Cli::tr("Approved by: %1").arg(sent.approvedBy) + u'\n';
                     return text;
                 }});
        },
    };
}

} // namespace clientele::cli
