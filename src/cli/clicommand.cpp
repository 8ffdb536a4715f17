#include "clicommand.h"

#include <cstdio>

namespace clientele::cli {

QList<CliCommand> allCommands()
{
    return {newCommand(),
            infoCommand(),
            checkCommand(),
            exportJsonCommand(),
            importJsonCommand(),
            exportPdfCommand(),
            offersCommand(),
            proposalsCommand(),
            historyCommand(),
            importInvoicesCommand(),
            importContactsCommand(),
            customersCommand(),
            pickTopCommand(),
            importProspectsCommand(),
            prospectsCommand()};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("error: %1").arg(message)));
    return BadInput;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
}

int usageError(const QString &message, const QString &usage)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(message),
                 qPrintable(Cli::tr("Usage: clientele-cli %1").arg(usage)));
    return Usage;
}

bool expectArguments(const QCommandLineParser &parser, int count, const QString &usage)
{
    const auto given = parser.positionalArguments().size();
    if (given == count)
        return true;
    QString message;
    if (given < count)
        message = count == 1 ? Cli::tr("Missing arguments: expected 1 argument, got %1.")
                             : Cli::tr("Missing arguments: expected %n arguments, got %1.", nullptr,
                                       count);
    else
        message = count == 1 ? Cli::tr("Too many arguments: expected 1 argument, got %1.")
                             : Cli::tr("Too many arguments: expected %n arguments, got %1.",
                                       nullptr, count);
    usageError(message.arg(given), usage);
    return false;
}

Result<std::unique_ptr<Workspace>> openToRead(const QString &path)
{
    return Workspace::open(path, WorkspaceFile::Access::ReadOnly,
                           Workspace::ProfileReading::AtOpen);
}

} // namespace clientele::cli
