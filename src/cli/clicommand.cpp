#include "clicommand.h"

#include "clientele/storage/workspacelock.h"

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
            editProfileCommand(),
            offersCommand(),
            proposalsCommand(),
            sendProposalCommand(),
            reviseProposalCommand(),
            closeProposalCommand(),
            startReviewCommand(),
            signOffReviewCommand(),
            historyCommand(),
            importInvoicesCommand(),
            importContactsCommand(),
            customersCommand(),
            pickTopCommand(),
            importProspectsCommand(),
            prospectsCommand(),
            scoreCommand(),
            hubCommand(),
            syncCommand(),
            conflictsCommand(),
            resolveCommand()};
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

WritableWorkspace::WritableWorkspace(std::unique_ptr<WorkspaceLock> lock,
                                     std::unique_ptr<Workspace> workspace)
    : lock(std::move(lock))
    , workspace(std::move(workspace))
{
}

WritableWorkspace::WritableWorkspace(WritableWorkspace &&) noexcept = default;
WritableWorkspace::~WritableWorkspace() = default;

Result<WritableWorkspace> openToWrite(const QString &path)
{
    auto lock = WorkspaceLock::acquire(path);
    if (!lock)
        return lock.error();
    auto workspace =
        Workspace::open(path, WorkspaceFile::Access::ReadWrite, Workspace::ProfileReading::AtOpen);
    if (!workspace)
        return workspace.error();
    return WritableWorkspace(std::move(*lock), std::move(*workspace));
}

Status writeChange(Workspace &workspace, const std::function<Status()> &change)
{
    QString writeError;
    const auto connection =
        QObject::connect(&workspace, &Workspace::writeFailed,
                         [&writeError](const QString &message) { writeError = message; });
    const Status changed = change();
    QObject::disconnect(connection);
    if (!changed)
        return changed;
    if (!writeError.isEmpty())
        return Error{writeError};
    return success();
}

} // namespace clientele::cli
