#include "reviewroundoption.h"

#include "clientele/core/reviewrounds.h"

#include <QDir>

namespace clientele::cli {

void declareRoundOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("round"),
                      Cli::tr("The review round with this number; the latest if left out."),
                      QStringLiteral("N")});
}

bool roundOptionIsValid(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("round")))
        return true;
    bool isNumber = false;
    const int number = parser.value(QStringLiteral("round")).toInt(&isNumber);
    return isNumber && number >= 1;
}

std::optional<int> roundOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("round")))
        return std::nullopt;
    return parser.value(QStringLiteral("round")).toInt();
}

Result<ReviewRound> findReviewRound(const Workspace &workspace, std::optional<int> number)
{
    const QList<ReviewRound> rounds = workspace.reviews()->rounds();
    const QString file = QDir::toNativeSeparators(workspace.path());
    if (rounds.isEmpty())
        return Error{Cli::tr("%1 has no review rounds yet: start one with clientele-cli "
                             "start-review %1.")
                         .arg(file)};
    if (!number)
        return rounds.last();
    for (const ReviewRound &round : rounds)
        if (round.number == *number)
            return round;
    return Error{Cli::tr("%1 has no review round %2; the latest is round %3.")
                     .arg(file)
                     .arg(*number)
                     .arg(rounds.last().number)};
}

} // namespace clientele::cli
