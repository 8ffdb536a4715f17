#include "clicommand.h"
#include "reviewroundoption.h"

#include "clientele/core/reviewrounds.h"

namespace clientele::cli {

CliCommand signOffReviewCommand()
{
    static const QString usage = QStringLiteral("sign-off-review FILE [--round N] --by NAME");
    return {
        QStringLiteral("sign-off-review"),
        Cli::tr("Record that the owner signed a review round off (the latest unless --round "
                "names one)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            declareRoundOption(parser);
            parser.addOption({QStringLiteral("by"), Cli::tr("Who signed it off (required)."),
                              QStringLiteral("NAME")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            if (!roundOptionIsValid(parser))
                return usageError(Cli::tr("--round takes a round number (1 or more)."), usage);
            const QString by = parser.value(QStringLiteral("by")).trimmed();
            if (by.isEmpty())
                return usageError(Cli::tr("Say who signed the round off: --by NAME."), usage);
            auto workspace = openToWrite(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            Workspace &open = **workspace;
            const auto round = findReviewRound(open, roundOption(parser));
            if (!round)
                return fail(round.errorMessage());
            if (const Status signedOff =
                    writeChange(open, [&] { return open.reviews()->signOff(round->id, by); });
                !signedOff)
                return fail(signedOff.errorMessage());
            const ReviewRound after = *open.reviews()->find(round->id);
            print(Cli::tr("Review round %1 (%2) signed off by %3 on %4.")
                      .arg(after.number)
                      .arg(after.name, after.signedOffBy,
                           after.signedOffAt.toLocalTime().date().toString(Qt::ISODate)));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
