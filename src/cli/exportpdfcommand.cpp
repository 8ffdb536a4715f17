#include "clicommand.h"
#include "profilelookup.h"
#include "proposalaction.h"
#include "proposalpdf.h"
#include "reviewroundoption.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/prospectfit.h"
#include "clientele/core/workspace.h"
#include "clientele/render/chartprintout.h"
#include "clientele/render/offercataloguedocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/render/prospectdocuments.h"

#include <algorithm>

namespace clientele::cli {

namespace {

// `--proposal ID-or-NUMBER`, `--review-pack`, `--offers`, `--prospects` and `--prospect NAME`
// print those documents instead of profiles.
std::optional<int> exportNamedDocument(const QCommandLineParser &parser, Workspace &workspace)
{
    const QString out = parser.positionalArguments().at(1);
    if (parser.isSet(QStringLiteral("review-pack"))) {
        // The pack as it was printed when the round started, never typeset again.
        const auto round = findReviewRound(workspace, roundOption(parser));
        if (!round)
            return fail(round.errorMessage());
        if (auto written = writePdfFile(round->pdf, out); !written)
            return fail(written.errorMessage());
        return int(Ok);
    }
    if (parser.isSet(QStringLiteral("proposal"))) {
        const auto proposal = findProposal(workspace, parser.value(QStringLiteral("proposal")));
        if (!proposal)
            return fail(proposal.errorMessage());
        std::optional<int> version;
        if (parser.isSet(QStringLiteral("version")))
            version = parser.value(QStringLiteral("version")).toInt();
        const auto pdf = proposalPdfToExport(workspace, *proposal, version);
        if (!pdf)
            return fail(pdf.errorMessage());
        if (auto written = writePdfFile(*pdf, out); !written)
            return fail(written.errorMessage());
        return int(Ok);
    }
    if (parser.isSet(QStringLiteral("prospects")) || parser.isSet(QStringLiteral("prospect"))) {
        QList<Prospect> prospects = workspace.prospects()->all();
        if (parser.isSet(QStringLiteral("prospect"))) {
            const QString wanted = parser.value(QStringLiteral("prospect"));
            const auto prospect = workspace.prospects()->findByCompany(wanted);
            if (!prospect)
                return fail(Cli::tr("No prospect with the name or id \"%1\" in %2.")
                                .arg(wanted, workspace.path()));
            prospects = {*prospect};
        }
        const FitModel model = ProspectFit::build(workspace);
        QList<ScoredProspect> scored;
        for (const Prospect &prospect : prospects)
            scored.append({prospect, model.explain(prospect)});
        const ProspectDocuments documents(workspace.settings(), workspace.chart()->chart());
        const PagedDocument document = parser.isSet(QStringLiteral("prospect"))
                                           ? documents.fitSheets(scored)
                                           : documents.list(scored);
        if (auto written = exportPdf(document, out); !written)
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
        "export-pdf FILE OUT.pdf [--profile ID-or-NAME | --proposal ID-or-NUMBER [--version N] | "
        "--review-pack [--round N] | --offers | --prospects | --prospect NAME | --chart]");
    return {
        QStringLiteral("export-pdf"),
        Cli::tr("Export profiles (every one unless named), a proposal, the owner's review pack, "
                "the offers, the prospects, a prospect's fit sheet or the ICP chart as PDF."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(QStringLiteral("OUT.pdf"),
                                         Cli::tr("The PDF file to write."));
            parser.addOption({QStringLiteral("profile"),
                              Cli::tr("Only the profile with this id, uuid or name."),
                              QStringLiteral("ID-or-NAME")});
            parser.addOption({QStringLiteral("proposal"),
                              Cli::tr("The proposal with this number or id instead."),
                              QStringLiteral("ID-or-NUMBER")});
            parser.addOption(
                {QStringLiteral("version"),
                 Cli::tr("With --proposal: this version, exactly as it was sent (or the "
                         "version being written)."),
                 QStringLiteral("N")});
            parser.addOption(
                {QStringLiteral("review-pack"),
                 Cli::tr("The owner's review pack of the latest review round instead, exactly as "
                         "it was printed when the round started.")});
            parser.addOption({QStringLiteral("round"),
                              Cli::tr("With --review-pack: the pack of this round instead."),
                              QStringLiteral("N")});
            parser.addOption({QStringLiteral("offers"),
                              Cli::tr("The offer catalogue with the ladder instead.")});
            parser.addOption(
                {QStringLiteral("prospects"), Cli::tr("The prospects by grade instead.")});
            parser.addOption(
                {QStringLiteral("prospect"),
                 Cli::tr("The fit sheet of the prospect with this name or id instead."),
                 QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("chart"),
                              Cli::tr("The ICP chart with its derived ideal instead.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, usage))
                return int(Usage);
            const QStringList kinds{QStringLiteral("profile"),     QStringLiteral("proposal"),
                                    QStringLiteral("review-pack"), QStringLiteral("offers"),
                                    QStringLiteral("prospects"),   QStringLiteral("prospect")};
            const auto chosen =
                std::count_if(kinds.cbegin(), kinds.cend(),
                              [&](const QString &kind) { return parser.isSet(kind); });
            if (parser.isSet(QStringLiteral("version"))) {
                bool isNumber = false;
                const int version = parser.value(QStringLiteral("version")).toInt(&isNumber);
                if (!parser.isSet(QStringLiteral("proposal")) || !isNumber || version < 1)
                    return usageError(
                        Cli::tr("--version takes a version number (1 or more) of the proposal "
                                "--proposal names."),
                        usage);
            }
            if (parser.isSet(QStringLiteral("round"))
                && (!parser.isSet(QStringLiteral("review-pack")) || !roundOptionIsValid(parser)))
                return usageError(Cli::tr("--round takes the number (1 or more) of a review round "
                                          "whose pack --review-pack exports."),
                                  usage);
            // The chart is one document of its own; it cannot be narrowed to a profile.
            const bool chart = parser.isSet(QStringLiteral("chart"));
            if (chart && chosen > 0)
                return usageError(Cli::tr("--chart prints the whole ICP chart on its own."), usage);
            auto workspace = openToRead(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            if (chart) {
                const ChartEditor &editor = *(*workspace)->chart();
                if (auto written =
                        exportPdf(ChartPrintout((*workspace)->settings()).document(editor.chart()),
                                  parser.positionalArguments().at(1));
                    !written)
                    return fail(written.errorMessage());
                return int(Ok);
            }
            if (chosen > 1) {
                return usageError(Cli::tr("Choose one of --profile, --proposal, --review-pack, "
                                          "--offers, --prospects and --prospect."),
                                  usage);
            }
            if (const auto done = exportNamedDocument(parser, **workspace))
                return *done;
            QList<CustomerProfile> profiles = (*workspace)->profiles()->all();
            if (parser.isSet(QStringLiteral("profile"))) {
                const auto found =
                    findProfile(**workspace, parser.value(QStringLiteral("profile")));
                if (!found)
                    return fail(found.errorMessage());
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
