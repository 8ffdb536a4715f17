#include "listing.h"

namespace clientele::cli {

void declareListing(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

Result<std::unique_ptr<Workspace>> openForListing(const QCommandLineParser &parser)
{
    return openToRead(parser.positionalArguments().at(0));
}

} // namespace clientele::cli
