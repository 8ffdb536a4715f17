#include "proposalaction.h"

#include "clientele/core/proposalbook.h"

namespace clientele::cli {

CliCommand reviseProposalCommand()
{
    static const QString usage = QStringLiteral("revise-proposal FILE NUMBER");
    return {
        QStringLiteral("revise-proposal"),
        Cli::tr("Start the next version of a sent proposal as a draft."),
        declareProposalArguments,
        [](const QCommandLineParser &parser) {
            return runProposalAction(
                parser, usage,
                {[](Workspace &workspace, const Proposal &before) {
                     return workspace.proposals()->revise(before.id);
                 },
                 [](const Proposal &after) {
                     return Cli::tr("Started version %1 of %2 as a draft; version %3 stays as it "
                                    "was sent.")
                         .arg(after.version)
                         .arg(after.number)
                         .arg(after.version - 1);
                 }});
        },
    };
}

} // namespace clientele::cli
