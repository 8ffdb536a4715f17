#include "proposalaction.h"
#include "proposalpdf.h"

#include "clientele/core/proposalbook.h"

namespace clientele::cli {

CliCommand sendProposalCommand()
{
    static const QString usage = QStringLiteral("send-proposal FILE NUMBER [--approved-by NAME]");
    return {
        QStringLiteral("send-proposal"),
        Cli::tr("Mark a proposal as sent: its current version is frozen with its PDF and "
                "SHA-256."),
        [](QCommandLineParser &parser) {
            declareProposalArguments(parser);
            parser.addOption({QStringLiteral("approved-by"),
                              Cli::tr("Record the internal approval a formal proposal above the "
                                      "workspace's threshold needs, by NAME, before sending."),
                              QStringLiteral("NAME")});
        },
        [](const QCommandLineParser &parser) {
            const QString approver = parser.value(QStringLiteral("approved-by")).trimmed();
            if (parser.isSet(QStringLiteral("approved-by")) && approver.isEmpty())
                return usageError(Cli::tr("--approved-by needs a name."), usage);
            return runProposalAction(
                parser, usage,
                {[approver](Workspace &workspace, const Proposal &before) {
                     ProposalBook *book = workspace.proposals();
                     if (!approver.isEmpty() && book->awaitsApproval(before))
                         if (Status approved = book->approve(before.id, approver); !approved)
                             return approved;
                     return book->send(before.id, [&](const Proposal &sending) {
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
