#include "clicommand.h"

#include "clientele/core/workspace.h"
#include "clientele/storage/sampleworkspace.h"

namespace clientele::cli {

CliCommand newCommand()
{
    static const QString usage = QStringLiteral("new FILE [--sample]");
    return {
        QStringLiteral("new"),
        QStringLiteral("Create a workspace file (never overwrites an existing file)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"),
                                         QStringLiteral("The workspace to create."));
            parser.addOption({QStringLiteral("sample"),
                              QStringLiteral("Fill it with the built-in sample workspace.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            const QString path = parser.positionalArguments().at(0);
            if (parser.isSet(QStringLiteral("sample"))) {
                if (auto written = writeSampleWorkspace(path); !written)
                    return fail(written.errorMessage());
            } else if (auto created = Workspace::create(path); !created) {
                return fail(created.errorMessage());
            }
            print(QStringLiteral("Created %1").arg(path));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
