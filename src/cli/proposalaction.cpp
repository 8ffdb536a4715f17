#include "proposalaction.h"

#include "clientele/core/proposalbook.h"

namespace clientele::cli {

void declareProposalArguments(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 Cli::tr("The proposal's number (such as P-2026-001) or id."));
}

Result<Proposal> findProposal(const Workspace &workspace, const QString &numberOrId)
{
    if (auto proposal = workspace.proposals()->findByNumber(numberOrId))
        return *proposal;
    return Error{Cli::tr("No proposal with the number or id \"%1\" in %2.")
                     .arg(numberOrId, workspace.path())};
}

int runProposalAction(const QCommandLineParser &parser, const QString &usage,
                      const ProposalAction &action)
{
    if (!expectArguments(parser, 2, usage))
        return int(Usage);
    auto workspace = openToWrite(parser.positionalArguments().at(0));
    if (!workspace)
        return fail(workspace.errorMessage());
    Workspace &open = **workspace;
    const auto before = findProposal(open, parser.positionalArguments().at(1));
    if (!before)
        return fail(before.errorMessage());
    if (const Status changed = writeChange(open, [&] { return action.change(open, *before); });
        !changed)
        return fail(changed.errorMessage());
    print(action.report(*open.proposals()->find(before->id)));
    return int(Ok);
}

} // namespace clientele::cli
