#include "proposalaction.h"

#include "clientele/core/proposalbook.h"

namespace clientele::cli {

namespace {

const QString kUsage = QStringLiteral(
    "close-proposal FILE NUMBER (--won [--by NAME] [--reference TEXT] | --lost --reason TEXT) "
    "[--date YYYY-MM-DD]");

// Why the options do not make one closing, or empty when they do.
QString closingProblem(const QCommandLineParser &parser)
{
    const bool won = parser.isSet(QStringLiteral("won"));
    const bool lost = parser.isSet(QStringLiteral("lost"));
    if (won == lost)
        return Cli::tr("Say how the proposal ended: --won or --lost.");
    if (won && parser.isSet(QStringLiteral("reason")))
        return Cli::tr("--reason says why a proposal was lost; it goes with --lost.");
    if (lost && (parser.isSet(QStringLiteral("by")) || parser.isSet(QStringLiteral("reference"))))
        return Cli::tr("--by and --reference say who accepted a proposal; they go with --won.");
    if (lost && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return Cli::tr("A lost proposal needs a reason: --reason TEXT, such as \"Price\".");
    if (parser.isSet(QStringLiteral("date"))
        && !QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate).isValid())
        return Cli::tr("--date takes a date written like 2026-05-31.");
    return {};
}

QString closedText(const Proposal &after, bool newReason)
{
    const QString date = after.outcome.date.toString(Qt::ISODate);
    if (after.status == ProposalStatus::Accepted) {
        QString text = Cli::tr("Closed %1 as won on %2.").arg(after.number, date) + u'\n';
        if (!after.outcome.acceptedBy.isEmpty())
            text += Cli::tr("Accepted by: %1").arg(after.outcome.acceptedBy) + u'\n';
        if (!after.outcome.reference.isEmpty())
            text += Cli::tr("Reference: %1").arg(after.outcome.reference) + u'\n';
        return text;
    }
    QString text = Cli::tr("Closed %1 as lost on %2.").arg(after.number, date) + u'\n';
    text += Cli::tr("Reason: %1").arg(after.outcome.lostReason) + u'\n';
    if (newReason)
        text += Cli::tr("\"%1\" joins the workspace's reasons for losing a proposal.")
                    .arg(after.outcome.lostReason)
                + u'\n';
    return text;
}

} // namespace

CliCommand closeProposalCommand()
{
    return {
        QStringLiteral("close-proposal"),
        Cli::tr("Close a proposal as won (accepted by whom, the client's reference) or lost "
                "(with a reason)."),
        [](QCommandLineParser &parser) {
            declareProposalArguments(parser);
            parser.addOption({QStringLiteral("won"), Cli::tr("The client accepted it.")});
            parser.addOption({QStringLiteral("by"), Cli::tr("With --won: who accepted it."),
                              QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("reference"),
                              Cli::tr("With --won: the client's reference, such as an order "
                                      "number."),
                              QStringLiteral("TEXT")});
            parser.addOption({QStringLiteral("lost"), Cli::tr("The client turned it down.")});
            parser.addOption(
                {QStringLiteral("reason"),
                 Cli::tr("With --lost (required): why, such as \"Price\", \"Timing\", \"Chose "
                         "someone else\", \"Not a fit\" or \"No decision\"; a new reason joins "
                         "the workspace's list."),
                 QStringLiteral("TEXT")});
            parser.addOption({QStringLiteral("date"),
                              Cli::tr("When it was decided; today if left out."),
                              QStringLiteral("YYYY-MM-DD")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 2, kUsage))
                return int(Usage);
            if (const QString problem = closingProblem(parser); !problem.isEmpty())
                return usageError(problem, kUsage);
            const bool won = parser.isSet(QStringLiteral("won"));
            const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
            const QString reason = parser.value(QStringLiteral("reason")).trimmed();
            bool newReason = false;
            return runProposalAction(
                parser, kUsage,
                {[&](Workspace &workspace, const Proposal &before) {
                     ProposalBook *book = workspace.proposals();
                     if (won)
                         return book->closeWon(before.id, date, parser.value(QStringLiteral("by")),
                                               parser.value(QStringLiteral("reference")));
                     newReason = !book->lostReasons().contains(reason, Qt::CaseInsensitive);
                     return book->closeLost(before.id, date, reason);
                 },
                 [&](const Proposal &after) { return closedText(after, newReason); }});
        },
    };
}

} // namespace clientele::cli
