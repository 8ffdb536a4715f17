#include "listing.h"

namespace clientele::cli {

QString oneLine(const QString &value)
{
    QString line = value;
    line.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\t', QStringLiteral("\\t"));
    return u'"' + line + u'"';
}

void declareListing(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
}

CliCommand listingCommand(const QString &name, const QString &summary, const Lister &list)
{
    const QString usage = QStringLiteral("%1 FILE [--json]").arg(name);
    return {
        name,
        summary,
        declareListing,
        [usage, list](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto workspace = openToRead(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            return list(**workspace, parser.isSet(QStringLiteral("json")));
        },
    };
}

} // namespace clientele::cli
