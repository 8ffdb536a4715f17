#include "teamsyncing.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

const QString kUsage =
    QStringLiteral("resolve FILE CHANGE_ID (--keep | --take-lost | --value JSON)");

// The value the options settle on; else why they do not name one.
Result<QString> chosenValue(const QCommandLineParser &parser, const SyncConflict &conflict)
{
    if (parser.isSet(QStringLiteral("keep")))
        return conflict.kept.value;
    if (parser.isSet(QStringLiteral("take-lost")))
        return conflict.lost.value;
    const QString value = parser.value(QStringLiteral("value"));
    if (!nlohmann::json::accept(value.toStdString()))
        return Error{Cli::tr("--value takes JSON, as the export writes the field: a text in "
                             "double quotes ('\"Mining\"'), {\"min\": 5, \"max\": 200} for a "
                             "business size, or null. This is not JSON: %1")
                         .arg(value)};
    return value;
}

int resolve(const QCommandLineParser &parser)
{
    if (!expectArguments(parser, 2, kUsage))
        return int(Usage);
    const int chosen = int(parser.isSet(QStringLiteral("keep")))
                       + int(parser.isSet(QStringLiteral("take-lost")))
                       + int(parser.isSet(QStringLiteral("value")));
    if (chosen != 1)
        return usageError(Cli::tr("Say how to settle the conflict: --keep, --take-lost or "
                                  "--value JSON, one of them."),
                          kUsage);
    const QString path = parser.positionalArguments().at(0);
    TeamSync team = teamSyncOf(path);
    const auto conflicts = team.conflicts();
    if (!conflicts)
        return fail(conflicts.errorMessage());
    const auto entry = findConflict(*conflicts, parser.positionalArguments().at(1), path);
    if (!entry)
        return fail(entry.errorMessage());
    const auto value = chosenValue(parser, entry->conflict);
    if (!value)
        return fail(value.errorMessage());
    if (const Status resolved = team.resolve(entry->conflict.lost.changeId, *value); !resolved)
        return fail(resolved.errorMessage());
    print(Cli::tr("Settled: %1 is now %2; the next sync shares it with the team.")
              .arg(conflictTitle(*entry), valueText(*value)));
    return int(Ok);
}

} // namespace

CliCommand resolveCommand()
{
    return {
        QStringLiteral("resolve"),
        Cli::tr("Settle a conflict sync kept: keep the value that won, take the lost one, or "
                "give another."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addPositionalArgument(
                QStringLiteral("CHANGE_ID"),
                Cli::tr("The lost change's id, as clientele-cli conflicts lists it."));
            parser.addOption({QStringLiteral("keep"), Cli::tr("Keep the value that won.")});
            parser.addOption(
                {QStringLiteral("take-lost"), Cli::tr("Take the value that lost instead.")});
            parser.addOption({QStringLiteral("value"),
                              Cli::tr("Settle on this value instead, written as JSON as the "
                                      "export writes the field: \"Mining\" with its quotes, "
                                      "{\"min\": 5, \"max\": 200}, null."),
                              QStringLiteral("JSON")});
        },
        resolve,
    };
}

} // namespace clientele::cli
