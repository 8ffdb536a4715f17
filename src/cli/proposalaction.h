#pragma once

// What send-proposal, revise-proposal and close-proposal share: `FILE NUMBER`, the workspace
// opened to write, the proposal found by number or id, and a refusal or a failed write reported
// with `error:` and exit 2.

#include "clicommand.h"

#include "clientele/domain/proposal.h"

namespace clientele::cli {

void declareProposalArguments(QCommandLineParser &parser);

// The proposal by number or id; else the error naming what was asked for and the file.
Result<Proposal> findProposal(const Workspace &workspace, const QString &numberOrId);

struct ProposalAction {
    // The change; a refusal's reason is printed and nothing is written.
    std::function<Status(Workspace &workspace, const Proposal &before)> change;
    // What to print once the change is written.
    std::function<QString(const Proposal &after)> report;
};

// Checks for FILE and NUMBER, opens FILE to write and runs the action; returns the exit code.
int runProposalAction(const QCommandLineParser &parser, const QString &usage,
                      const ProposalAction &action);

} // namespace clientele::cli
