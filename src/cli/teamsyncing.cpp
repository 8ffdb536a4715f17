#include "teamsyncing.h"

#include "clientele/sync/hub.h"

namespace clientele::cli {

TeamSync teamSyncOf(const QString &path)
{
    return TeamSync(path, [](const QString &hub) { return PostgresHub::connect(hub); });
}

QString outcomeText(const SyncOutcome &outcome, const QString &path)
{
    QString text = Cli::tr("Pushed to the hub: %1").arg(outcome.pushed) + u'\n';
    text += Cli::tr("Taken in from the team: %1").arg(outcome.pulled) + u'\n';
    if (outcome.conflicts == 0)
        text += Cli::tr("Conflicts waiting: 0");
    else
        text += Cli::tr("Conflicts waiting: %1 (clientele-cli conflicts %2 lists them)")
                    .arg(outcome.conflicts)
                    .arg(path);
    return text + u'\n';
}

} // namespace clientele::cli
