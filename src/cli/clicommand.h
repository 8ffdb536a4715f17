#pragma once

#include "clientele/core/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace clientele {
class WorkspaceLock;
}

namespace clientele::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, Usage = 1, BadInput = 2 };

// One subcommand of clientele-cli: its name, a one-line summary, how to declare its options and
// arguments, and what it does once they parse.
struct CliCommand {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(const QCommandLineParser &)> run;
};

QList<CliCommand> allCommands();

// The translation context of what clientele-cli prints for a person to read: help, messages
// and text listings (never JSON, command or option names, or machine formats).
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(clientele::cli::Cli)
};

// Output helpers: messages go to stderr prefixed "error:", results to stdout.
int fail(const QString &message);
void print(const QString &text);
// Prints the message and the command's usage to stderr; returns Usage.
int usageError(const QString &message, const QString &usage);

} // namespace clientele::cli

namespace clientele::cli {

// Checks the number of positional arguments; on a mismatch prints the usage and returns false.
bool expectArguments(const QCommandLineParser &parser, int count, const QString &usage);

// Opens a workspace read-only with every profile read now, so that a damaged file is an error
// before anything is printed or written.
Result<std::unique_ptr<Workspace>> openToRead(const QString &path);

// A workspace opened to change it, holding the lock that tells other windows and processes
// someone is writing until it closes (the workspace closes first).
struct WritableWorkspace {
    std::unique_ptr<WorkspaceLock> lock;
    std::unique_ptr<Workspace> workspace;

    WritableWorkspace(std::unique_ptr<WorkspaceLock> lock, std::unique_ptr<Workspace> workspace);
    WritableWorkspace(WritableWorkspace &&) noexcept;
    ~WritableWorkspace();
    Workspace &operator*() const { return *workspace; }
    Workspace *operator->() const { return workspace.get(); }
};
// Locks the workspace against other writers, then opens it read-write with every profile read.
Result<WritableWorkspace> openToWrite(const QString &path);

// Runs a change through the workspace's stores: its refusal, or the write the file refused
// (read-only, disk full), which the stores report only by a signal.
Status writeChange(Workspace &workspace, const std::function<Status()> &change);

// The commands, one function each.
CliCommand newCommand();
CliCommand infoCommand();
CliCommand checkCommand();
CliCommand exportJsonCommand();
CliCommand importJsonCommand();
CliCommand exportPdfCommand();
CliCommand importInvoicesCommand();
CliCommand importContactsCommand();
CliCommand customersCommand();
CliCommand pickTopCommand();
CliCommand offersCommand();
CliCommand proposalsCommand();
CliCommand sendProposalCommand();
CliCommand reviseProposalCommand();
CliCommand closeProposalCommand();
CliCommand startReviewCommand();
CliCommand signOffReviewCommand();
CliCommand historyCommand();
CliCommand editProfileCommand();
CliCommand hubCommand();
CliCommand syncCommand();
CliCommand conflictsCommand();
CliCommand resolveCommand();
CliCommand importProspectsCommand();
CliCommand prospectsCommand();
CliCommand scoreCommand();

} // namespace clientele::cli
