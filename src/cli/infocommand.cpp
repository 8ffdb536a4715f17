#include "clicommand.h"

#include "clientele/core/workspace.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

CliCommand infoCommand()
{
    static const QString usage = QStringLiteral("info FILE [--json]");
    return {
        QStringLiteral("info"),
        QStringLiteral("Show what a workspace holds and its schema version."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace."));
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON object.")});
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
            QString text = QStringLiteral("File:            %1\nSchema version:  %2\n")
                               .arg((*workspace)->path())
                               .arg((*workspace)->file().schemaVersion());
            if (const QString name = (*workspace)->settings().consultancyName; !name.isEmpty())
                text += QStringLiteral("Consultancy:     %1\n").arg(name);
            for (const auto &[key, value] : counts)
                text += QStringLiteral("%1 %2\n")
                            .arg((key + QLatin1Char(':')).leftJustified(16))
                            .arg(value);
            print(text);
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
