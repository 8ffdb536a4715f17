#include "teamsyncing.h"

namespace clientele::cli {

CliCommand syncCommand()
{
    return {
        QStringLiteral("sync"),
        Cli::tr("Push this workspace's changes to its hub and take in the team's."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"),
                                         Cli::tr("A workspace linked to a hub."));
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, QStringLiteral("sync FILE")))
                return int(Usage);
            const QString path = parser.positionalArguments().at(0);
            const auto synced = teamSyncOf(path).sync();
            if (!synced)
                return fail(synced.errorMessage());
            print(outcomeText(*synced, path));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
