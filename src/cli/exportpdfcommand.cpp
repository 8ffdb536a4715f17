#include "clicommand.h"

#include "clientele/core/workspace.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"

namespace clientele::cli {

namespace {

// A profile named by id, or else by exact name (case-insensitive when that is unambiguous).
std::optional<CustomerProfile> findProfile(const Workspace &workspace, const QString &wanted)
{
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = workspace.profile(id))
            return byId;
    QList<CustomerProfile> loose;
    for (const auto &profile : workspace.profiles()) {
        if (profile.name == wanted)
            return profile;
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            loose.append(profile);
    }
    if (loose.size() == 1)
        return loose.front();
    return std::nullopt;
}

} // namespace

CliCommand exportPdfCommand()
{
    static const QString usage = QStringLiteral("export-pdf FILE OUT.pdf [--profile ID-or-NAME]");
    return {
        QStringLiteral("export-pdf"),
        QStringLiteral("Export the profile printout as PDF (every profile unless one is named)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace."));
            parser.addPositionalArgument(QStringLiteral("OUT.pdf"),
                                         QStringLiteral("The PDF file to write."));
            parser.addOption({QStringLiteral("profile"),
                              QStringLiteral("Only the profile with this id or name."),
                              QStringLiteral("ID-or-NAME")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            auto workspace = Workspace::open(parser.positionalArguments().at(0),
                                             WorkspaceFile::Access::ReadOnly);
            if (!workspace)
                return fail(workspace.errorMessage());
            QList<CustomerProfile> profiles = (*workspace)->profiles();
            if (parser.isSet(QStringLiteral("profile"))) {
                const QString wanted = parser.value(QStringLiteral("profile"));
                const auto found = findProfile(**workspace, wanted);
                if (!found)
                    return fail(QStringLiteral("No profile with the id or name \"%1\" in %2.")
                                    .arg(wanted, (*workspace)->path()));
                profiles = {*found};
            }
            if (profiles.isEmpty())
                return fail(
                    QStringLiteral("%1 has no profiles to print.").arg((*workspace)->path()));
            const ProfilePrintout printout((*workspace)->settings());
            if (auto written =
                    exportPdf(printout.document(profiles), parser.positionalArguments().at(1));
                !written)
                return fail(written.errorMessage());
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
