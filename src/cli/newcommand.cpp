#include "clicommand.h"

#include "clientele/core/workspace.h"
#include "clientele/domain/textlanguage.h"
#include "clientele/storage/sampleworkspace.h"

#include <QLocale>

namespace clientele::cli {

CliCommand newCommand()
{
    static const QString usage = QStringLiteral("new FILE [--sample]");
    return {
        QStringLiteral("new"),
        Cli::tr("Create a workspace file (never overwrites an existing file)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"),
                                         Cli::tr("The workspace to create."));
            parser.addOption(
                {QStringLiteral("sample"), Cli::tr("Fill it with the built-in sample workspace.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            const QString path = parser.positionalArguments().at(0);
            if (parser.isSet(QStringLiteral("sample"))) {
                if (auto written = writeSampleWorkspace(path); !written)
                    return fail(written.errorMessage());
            } else if (auto created = Workspace::create(path, documentLanguageFor(QLocale()));
                       !created) {
                return fail(created.errorMessage());
            }
            print(Cli::tr("Created %1").arg(path));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
