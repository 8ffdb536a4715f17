#include "clicommand.h"

#include "clientele/render/translations.h"
#include "clientele/storage/logging.h"

#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace clientele;
using namespace clientele::cli;

namespace {

QString overview()
{
    QString text = Cli::tr("Usage: clientele-cli COMMAND [OPTIONS] ARGS...\n\n"
                           "Works on Clientele workspace files without opening a window.\n\n"
                           "Commands:\n");
    for (const auto &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(16), command.summary);
    text += Cli::tr("\nRun 'clientele-cli COMMAND --help' for a command's options.\n"
                    "Exit status: 0 success, 1 wrong usage, 2 bad file or input.\n");
    return text;
}

int runCommand(const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    command.declare(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText().replace(QStringLiteral("clientele-cli"),
                                        QStringLiteral("clientele-cli ") + command.name));
        return Ok;
    }
    return command.run(parser);
}

// Qt's own chatter (platform plugin notes and the like) is not for script output.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        spdlog::error("{}", message.toStdString());
    else
        spdlog::debug("{}", message.toStdString());
}

} // namespace

int main(int argc, char *argv[])
{
    // Documents are laid out with real fonts, which needs a GUI application; the offscreen
    // platform keeps the CLI usable on machines without a display.
    configureLogging({}, qEnvironmentVariableIsSet("CLIENTELE_VERBOSE"));
    qInstallMessageHandler(quietQtMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("clientele-cli"));
    const Translations translations;
    QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "%s", qPrintable(overview()));
        return Usage;
    }
    const QString name = arguments.at(1);
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h")
        || name == QStringLiteral("help")) {
        print(overview());
        return Ok;
    }
    for (const auto &command : allCommands()) {
        if (command.name == name) {
            arguments.removeAt(1);
            return runCommand(command, arguments);
        }
    }
    std::fprintf(stderr, "%s\n\n%s", qPrintable(Cli::tr("Unknown command '%1'.").arg(name)),
                 qPrintable(overview()));
    return Usage;
}
