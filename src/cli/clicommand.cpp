#include "clicommand.h"

#include <cstdio>

namespace clientele::cli {

QList<CliCommand> allCommands()
{
    return {
        newCommand(),        infoCommand(),           checkCommand(),          exportJsonCommand(),
        importJsonCommand(), exportPdfCommand(),      offersCommand(),         proposalsCommand(),
        historyCommand(),    importInvoicesCommand(), importContactsCommand(), customersCommand(),
        pickTopCommand()};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    return BadInput;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
}

bool expectArguments(const QCommandLineParser &parser, int count, const QString &usage)
{
    const auto given = parser.positionalArguments().size();
    if (given == count)
        return true;
    std::fprintf(stderr, "%s: expected %d argument%s, got %d.\nUsage: clientele-cli %s\n",
                 given < count ? "Missing arguments" : "Too many arguments", count,
                 count == 1 ? "" : "s", static_cast<int>(given), qPrintable(usage));
    return false;
}

Result<std::unique_ptr<Workspace>> openToRead(const QString &path)
{
    return Workspace::open(path, WorkspaceFile::Access::ReadOnly,
                           Workspace::ProfileReading::AtOpen);
}

} // namespace clientele::cli
