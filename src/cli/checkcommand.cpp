#include "clicommand.h"

#include "clientele/storage/workspacefile.h"

namespace clientele::cli {

CliCommand checkCommand()
{
    static const QString usage = QStringLiteral("check FILE");
    return {
        QStringLiteral("check"),
        Cli::tr("Check a workspace's integrity and schema; exit 0 when healthy."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto file = WorkspaceFile::open(parser.positionalArguments().at(0),
                                            WorkspaceFile::Access::ReadOnly);
            if (!file)
                return fail(file.errorMessage());
            const QStringList problems = (*file)->problems();
            if (!problems.isEmpty())
                return fail(Cli::tr("%1 is not healthy:\n  %2")
                                .arg((*file)->path(), problems.join(QStringLiteral("\n  "))));
            print(Cli::tr("%1: ok (schema %2)")
                      .arg((*file)->path(), QString::number((*file)->schemaVersion())));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
