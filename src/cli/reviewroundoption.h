#pragma once

// What start-review, sign-off-review and `export-pdf --review-pack` share: `--round N` and the
// round it names, the latest when it is left out.

#include "clicommand.h"

#include "clientele/domain/reviewround.h"

#include <optional>

namespace clientele::cli {

void declareRoundOption(QCommandLineParser &parser);

// Whether `--round` is absent or a round number (1 or more).
bool roundOptionIsValid(const QCommandLineParser &parser);
// The number `--round` gives; none when it is left out.
std::optional<int> roundOption(const QCommandLineParser &parser);

// Round `number`, or the latest; else why not, naming the file and what there is.
Result<ReviewRound> findReviewRound(const Workspace &workspace, std::optional<int> number);

} // namespace clientele::cli
