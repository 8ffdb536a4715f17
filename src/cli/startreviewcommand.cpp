#include "clicommand.h"

#include "clientele/core/reviewrounds.h"
#include "clientele/render/reviewpack.h"

namespace clientele::cli {

namespace {

int changeCount(const QList<ReviewChangeGroup> &groups)
{
    int count = 0;
    for (const ReviewChangeGroup &group : groups)
        count += int(group.changes.size());
    return count;
}

QString startedText(const ReviewRound &round, const QList<ReviewChangeGroup> &changes)
{
    QString text = Cli::tr("Started review round %1: %2").arg(round.number).arg(round.name) + u'\n';
    text +=
        Cli::tr("Date: %1").arg(round.startedAt.toLocalTime().date().toString(Qt::ISODate)) + u'\n';
    text += Cli::tr("SHA-256: %1").arg(round.sha256) + u'\n';
    if (round.number == 1)
        text += Cli::tr("Changes: none, this is the first round") + u'\n';
    else
        text +=
            Cli::tr("Changes since round %1: %2").arg(round.number - 1).arg(changeCount(changes))
            + u'\n';
    return text;
}

} // namespace

CliCommand startReviewCommand()
{
    static const QString usage = QStringLiteral("start-review FILE [--name TEXT]");
    return {
        QStringLiteral("start-review"),
        Cli::tr("Start the owner's next review round: the profiles, the ICP chart and the offers "
                "are frozen, and the review pack is printed and kept with its SHA-256."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addOption({QStringLiteral("name"),
                              Cli::tr("The round's name; \"Round N\" if left out."),
                              QStringLiteral("TEXT")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto workspace = openToWrite(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            Workspace &open = **workspace;
            QList<ReviewChangeGroup> printed;
            qint64 id = 0;
            const Status started = writeChange(open, [&]() -> Status {
                const auto added = open.reviews()->start(
                    parser.value(QStringLiteral("name")),
                    [&](const ReviewRound &round, const QList<ReviewChangeGroup> &changes) {
                        printed = changes;
                        return reviewPackPdf(round, open.settings(), changes);
                    });
                if (!added)
                    return added.error();
                id = *added;
                return success();
            });
            if (!started)
                return fail(started.errorMessage());
            print(startedText(*open.reviews()->find(id), printed));
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
