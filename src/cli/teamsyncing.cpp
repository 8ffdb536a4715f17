#include "teamsyncing.h"

#include "clientele/sync/hub.h"

#include <nlohmann/json.hpp>

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

Result<ConflictEntry> findConflict(const QList<ConflictEntry> &conflicts,
                                   const QString &lostChangeId, const QString &path)
{
    for (const ConflictEntry &entry : conflicts)
        if (entry.conflict.lost.changeId == lostChangeId)
            return entry;
    return Error{Cli::tr("No conflict in %1 has the lost change %2; clientele-cli conflicts %1 "
                         "lists those waiting.")
                     .arg(path, lostChangeId)};
}

QString conflictTitle(const ConflictEntry &entry)
{
    const SyncChange &lost = entry.conflict.lost;
    return Cli::tr("%1 \u201C%2\u201D, field \u201C%3\u201D")
        .arg(lost.kind, entry.itemName, lost.field);
}

QString valueText(const QString &json)
{
    const auto parsed = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (parsed.is_discarded())
        return json.simplified();
    return QString::fromStdString(
        parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace clientele::cli
