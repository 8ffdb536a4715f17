#include "listing.h"
#include "teamsyncing.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

QDateTime whenMade(const SyncChange &change)
{
    return QDateTime::fromMSecsSinceEpoch(change.hlc.millis, Qt::UTC);
}

nlohmann::ordered_json changeJson(const SyncChange &change)
{
    nlohmann::ordered_json json;
    json["change"] = utf8(change.changeId);
    auto value = nlohmann::ordered_json::parse(change.value.toStdString(), nullptr, false);
    json["value"] = change.deleted || value.is_discarded() ? nlohmann::ordered_json() : value;
    json["deleted"] = change.deleted;
    json["author"] = utf8(change.author);
    json["at"] = utf8(whenMade(change).toString(Qt::ISODateWithMs));
    json["replica"] = utf8(change.replica);
    return json;
}

nlohmann::ordered_json conflictJson(const ConflictEntry &entry)
{
    const SyncConflict &conflict = entry.conflict;
    nlohmann::ordered_json json;
    json["change"] = utf8(conflict.lost.changeId);
    json["kind"] = utf8(conflict.lost.kind);
    json["item"] = utf8(conflict.lost.itemUuid);
    json["itemName"] = utf8(entry.itemName);
    json["field"] = utf8(conflict.lost.field);
    json["reason"] = conflict.reason == SyncConflict::Reason::EditedAfterDeletion
                         ? "editedAfterDeletion"
                         : "editedApart";
    json["kept"] = changeJson(conflict.kept);
    json["lost"] = changeJson(conflict.lost);
    return json;
}

QString sideText(const SyncChange &change)
{
    const QString when =
        whenMade(change).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (change.deleted)
        return Cli::tr("deleted by %1 on %2").arg(change.author, when);
    return Cli::tr("%1 by %2 on %3").arg(valueText(change.value), change.author, when);
}

QString conflictText(const ConflictEntry &entry, const QString &path)
{
    const SyncConflict &conflict = entry.conflict;
    QString text = conflict.reason == SyncConflict::Reason::EditedAfterDeletion
                       ? Cli::tr("%1: edited after the item was deleted").arg(conflictTitle(entry))
                       : Cli::tr("%1: edited apart").arg(conflictTitle(entry));
    text += u'\n';
    text += Cli::tr("  kept: %1").arg(sideText(conflict.kept)) + u'\n';
    text += Cli::tr("  lost: %1").arg(sideText(conflict.lost)) + u'\n';
    text += Cli::tr("  settle: clientele-cli resolve %1 %2 --keep, --take-lost or --value JSON")
                .arg(path, conflict.lost.changeId)
            + u'\n';
    return text;
}

int listConflicts(const QCommandLineParser &parser)
{
    if (!expectArguments(parser, 1, QStringLiteral("conflicts FILE [--json]")))
        return int(Usage);
    const QString path = parser.positionalArguments().at(0);
    const auto conflicts = teamSyncOf(path).conflicts();
    if (!conflicts)
        return fail(conflicts.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ConflictEntry &entry : *conflicts)
            list.push_back(conflictJson(entry));
        print(QString::fromStdString(list.dump(2)));
        return int(Ok);
    }
    if (conflicts->isEmpty()) {
        print(Cli::tr("No conflicts wait to be settled."));
        return int(Ok);
    }
    QString text;
    for (const ConflictEntry &entry : *conflicts)
        text += conflictText(entry, path) + u'\n';
    print(text.trimmed());
    return int(Ok);
}

} // namespace

CliCommand conflictsCommand()
{
    return {
        QStringLiteral("conflicts"),
        Cli::tr("List the conflicts sync kept for you to settle: both values, who and when."),
        declareListing,
        listConflicts,
    };
}

} // namespace clientele::cli
