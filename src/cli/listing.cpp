#include "listing.h"

namespace clientele::cli {

void declareListing(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
}

Result<std::unique_ptr<Workspace>> openForListing(const QCommandLineParser &parser)
{
    return openToRead(parser.positionalArguments().at(0));
}

} // namespace clientele::cli
