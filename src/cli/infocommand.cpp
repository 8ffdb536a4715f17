#include "clicommand.h"

#include "clientele/core/workspace.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

// "Schema version:  8": the label, then the value at column 18.
QString infoLine(const QString &label, const QString &value)
{
    return QStringLiteral("%1 %2\n").arg(label.leftJustified(16), value);
}

// The label of one of Workspace::counts() in the text output.
QString countLabel(const QString &key)
{
    //: clientele-cli info: how many customer profiles the workspace holds.
    if (key == u"profiles")
        return Cli::tr("profiles:");
    //: clientele-cli info: how many clients the ICP chart has.
    if (key == u"chartClients")
        return Cli::tr("chartClients:");
    //: clientele-cli info: how many offers the workspace holds.
    if (key == u"offers")
        return Cli::tr("offers:");
    //: clientele-cli info: how many proposals the workspace holds.
    if (key == u"proposals")
        return Cli::tr("proposals:");
    //: clientele-cli info: how many prospects the workspace holds.
    if (key == u"prospects")
        return Cli::tr("prospects:");
    //: clientele-cli info: how many rounds of the owner's review have been started.
    if (key == u"reviewRounds")
        return Cli::tr("reviewRounds:");
    return key + QLatin1Char(':');
}

} // namespace

CliCommand infoCommand()
{
    static const QString usage = QStringLiteral("info FILE [--json]");
    return {
        QStringLiteral("info"),
        Cli::tr("Show what a workspace holds and its schema version."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON object.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto workspace = openToRead(parser.positionalArguments().at(0));
            if (!workspace)
                return fail(workspace.errorMessage());
            const auto counts = (*workspace)->counts();
            if (parser.isSet(QStringLiteral("json"))) {
                nlohmann::ordered_json info = {
                    {"file", (*workspace)->path().toStdString()},
                    {"schemaVersion", (*workspace)->file().schemaVersion()},
                    {"consultancy", (*workspace)->settings().consultancyName.toStdString()},
                };
                for (const auto &[key, value] : counts)
                    info[key.toStdString()] = value;
                print(QString::fromStdString(info.dump(2)));
                return int(Ok);
            }
            QString text = infoLine(Cli::tr("File:"), (*workspace)->path())
                           + infoLine(Cli::tr("Schema version:"),
                                      QString::number((*workspace)->file().schemaVersion()));
            if (const QString name = (*workspace)->settings().consultancyName; !name.isEmpty())
                text += infoLine(Cli::tr("Consultancy:"), name);
            for (const auto &[key, value] : counts)
                text += infoLine(countLabel(key), QString::number(value));
            print(text);
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
