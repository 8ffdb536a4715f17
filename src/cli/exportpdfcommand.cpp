#include "clicommand.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/render/chartprintout.h"
#include "clientele/render/offercataloguedocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/render/proposaldocument.h"

namespace clientele::cli {

namespace {

// A profile named by id, or else by exact name (case-insensitive when that is unambiguous).
std::optional<CustomerProfile> findProfile(const Workspace &workspace, const QString &wanted)
{
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = workspace.profiles()->find(id))
            return byId;
    QList<CustomerProfile> loose;
    for (const auto &profile : workspace.profiles()->all()) {
        if (profile.name == wanted)
            return profile;
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            loose.append(profile);
    }
    if (loose.size() == 1)
        return loose.front();
    return std::nullopt;
}

// `--proposal ID-or-NUMBER` and `--offers` print those documents instead of profiles.
std::optional<int> exportOfferDocument(const QCommandLineParser &parser, Workspace &workspace)
{
    const QString out = parser.positionalArguments().at(1);
    if (parser.isSet(QStringLiteral("proposal"))) {
        const QString wanted = parser.value(QStringLiteral("proposal"));
        const auto proposal = workspace.proposals()->findByNumber(wanted);
        if (!proposal)
            return fail(Cli::tr("No proposal with the number or id \"%1\" in %2.")
                            .arg(wanted, workspace.path()));
        const ProposalDocument document(workspace.settings(), workspace.offers()->all(),
                                        workspace.profiles()->all());
        if (auto written = exportPdf(document.document(*proposal), out); !written)
            return fail(written.errorMessage());
        return int(Ok);
    }
    if (parser.isSet(QStringLiteral("offers"))) {
        const OfferCatalogueDocument catalogue(workspace.settings(), workspace.profiles()->all());
        if (auto written = exportPdf(catalogue.document(workspace.offers()->all()), out); !written)
            return fail(written.errorMessage());
        return int(Ok);
    }
    return std::nullopt;
}

} // namespace

CliCommand exportPdfCommand()
{
    static const QString usage = QStringLiteral(
        "export-pdf FILE OUT.pdf [--profile ID-or-NAME | --proposal ID-or-NUMBER | --offers | "
        "--chart]");
    return {
        QStringLiteral("export-pdf"),
        Cli::tr("Export profiles (every one unless named), a proposal, the offers or the ICP "
                "chart as PDF."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(QStringLiteral("OUT.pdf"),
                                         Cli::tr("The PDF file to write."));
            parser.addOption({QStringLiteral("profile"),
                              Cli::tr("Only the profile with this id or name."),
                              QStringLiteral("ID-or-NAME")});
            parser.addOption({QStringLiteral("proposal"),
                              Cli::tr("The proposal with this number or id instead."),
                              QStringLiteral("ID-or-NUMBER")});
            parser.addOption({QStringLiteral("offers"),
                              Cli::tr("The offer catalogue with the ladder instead.")});
            parser.addOption({QStringLiteral("chart"),
                              Cli::tr("The ICP chart with its derived ideal instead.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            // The chart is one document of its own; it cannot be narrowed to a profile.
            const bool chart = parser.isSet(QStringLiteral("chart"));
            if (chart
                && (parser.isSet(QStringLiteral("profile"))
                    || parser.isSet(QStringLiteral("proposal"))
                    || parser.isSet(QStringLiteral("offers")))) {
                return usageError(Cli::tr("--chart prints the whole ICP chart on its own."), usage);
            }
            auto workspace = openToRead(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            if (chart) {
                const ChartEditor &editor = *(*workspace)->chart();
                if (auto written = exportPdf(ChartPrintout((*workspace)->settings())
                                                 .document(editor.chart(), editor.ideal()),
                                             parser.positionalArguments().at(1));
                    !written)
                    return fail(written.errorMessage());
                return int(Ok);
            }
            if (int(parser.isSet(QStringLiteral("profile")))
                    + int(parser.isSet(QStringLiteral("proposal")))
                    + int(parser.isSet(QStringLiteral("offers")))
                > 1) {
                return usageError(Cli::tr("Choose one of --profile, --proposal and --offers."),
                                  usage);
            }
            if (const auto done = exportOfferDocument(parser, **workspace))
                return *done;
            QList<CustomerProfile> profiles = (*workspace)->profiles()->all();
            if (parser.isSet(QStringLiteral("profile"))) {
                const QString wanted = parser.value(QStringLiteral("profile"));
                const auto found = findProfile(**workspace, wanted);
                if (!found)
                    return fail(Cli::tr("No profile with the id or name \"%1\" in %2.")
                                    .arg(wanted, (*workspace)->path()));
                profiles = {*found};
            }
            if (profiles.isEmpty())
                return fail(Cli::tr("%1 has no profiles to print.").arg((*workspace)->path()));
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
