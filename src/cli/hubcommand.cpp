#include "teamsyncing.h"

#include "clientele/sync/hub.h"

namespace clientele::cli {

namespace {

const QString kUsage = QStringLiteral("hub init URL | hub join FILE URL | hub leave FILE");

int initHub(const QString &url)
{
    if (const auto made = PostgresHub::init(url); !made)
        return fail(made.errorMessage());
    print(Cli::tr("The hub is ready for a team: link a workspace to it with clientele-cli hub "
                  "join FILE URL."));
    return int(Ok);
}

int joinHub(const QString &path, const QString &url)
{
    TeamSync team = teamSyncOf(path);
    const auto joined = team.join(url);
    if (!joined)
        return fail(joined.errorMessage());
    const auto link = team.link();
    print(Cli::tr("%1 shares its content through the hub as %2.")
              .arg(path, link ? link->author : QString())
          + u'\n' + outcomeText(*joined, path));
    return int(Ok);
}

int leaveHub(const QString &path)
{
    TeamSync team = teamSyncOf(path);
    const bool linked = team.link().has_value();
    if (const Status left = team.leave(); !left)
        return fail(left.errorMessage());
    print(linked ? Cli::tr("%1 has left its hub; its content stays as it is.").arg(path)
                 : Cli::tr("%1 is not linked to a hub; there is nothing to leave.").arg(path));
    return int(Ok);
}

} // namespace

CliCommand hubCommand()
{
    return {
        QStringLiteral("hub"),
        Cli::tr("Make a PostgreSQL database a team's hub (init), link a workspace to it (join) "
                "or unlink it (leave)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("init, join or leave."),
                                         QStringLiteral("init|join|leave"));
            parser.addPositionalArgument(QStringLiteral("FILE"),
                                         Cli::tr("With join and leave: a workspace."),
                                         QStringLiteral("[FILE]"));
            parser.addPositionalArgument(
                QStringLiteral("URL"),
                Cli::tr("With init and join: the hub, a PostgreSQL URL or connection string "
                        "such as postgresql://db.example.com/team. The password comes from "
                        "~/.pgpass or a service file, never from the workspace."),
                QStringLiteral("[URL]"));
        },
        [](const QCommandLineParser &parser) {
            const QStringList arguments = parser.positionalArguments();
            const QString action = arguments.value(0);
            if (action == QStringLiteral("init") && arguments.size() == 2)
                return initHub(arguments.at(1));
            if (action == QStringLiteral("join") && arguments.size() == 3)
                return joinHub(arguments.at(1), arguments.at(2));
            if (action == QStringLiteral("leave") && arguments.size() == 2)
                return leaveHub(arguments.at(1));
            if (action != QStringLiteral("init") && action != QStringLiteral("join")
                && action != QStringLiteral("leave"))
                return usageError(Cli::tr("Say what to do with the hub: init, join or leave."),
                                  kUsage);
            return usageError(Cli::tr("Wrong arguments for hub %1.").arg(action), kUsage);
        },
    };
}

} // namespace clientele::cli
