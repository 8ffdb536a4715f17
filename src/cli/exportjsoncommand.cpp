#include "clicommand.h"

#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <QFile>
#include <QFileInfo>

namespace clientele::cli {

CliCommand exportJsonCommand()
{
    static const QString usage = QStringLiteral("export-json FILE OUT.json");
    return {
        QStringLiteral("export-json"),
        Cli::tr("Write the whole workspace as JSON."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(QStringLiteral("OUT.json"),
                                         Cli::tr("The JSON file to write."));
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            auto file = WorkspaceFile::open(parser.positionalArguments().at(0),
                                            WorkspaceFile::Access::ReadOnly);
            if (!file)
                return fail(file.errorMessage());
            if (auto written = exportWorkspaceJsonFile(**file, parser.positionalArguments().at(1));
                !written)
                return fail(written.errorMessage());
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
