#include "clicommand.h"

#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <QFile>
#include <QFileInfo>

namespace clientele::cli {

CliCommand importJsonCommand()
{
    static const QString usage = QStringLiteral("import-json IN.json FILE");
    return {
        QStringLiteral("import-json"),
        Cli::tr("Load a JSON export into a workspace, creating it if needed and replacing its "
                "content."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("IN.json"),
                                         Cli::tr("A JSON export of a workspace."));
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The workspace to fill."));
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            const QString json = parser.positionalArguments().at(0);
            const QString path = parser.positionalArguments().at(1);
            if (!QFileInfo::exists(json))
                return fail(Cli::tr("\"%1\" does not exist.").arg(json));
            const bool created = !QFileInfo::exists(path);
            auto file = created ? WorkspaceFile::create(path) : WorkspaceFile::open(path);
            if (!file)
                return fail(file.errorMessage());
            if (auto imported = importWorkspaceJsonFile(**file, json); !imported) {
                // A workspace made only for this import does not outlive its failure.
                if (created) {
                    file->reset();
                    for (const char *suffix : {"", "-wal", "-shm"})
                        QFile::remove(path + QString::fromLatin1(suffix));
                }
                return fail(imported.errorMessage());
            }
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
