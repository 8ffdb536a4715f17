#pragma once

// Replicas of a workspace in storage tests: the sample as fields, changes made from them as a
// sync would record local edits, and the file's export to compare.

#include "clientele/domain/hybridclock.h"
#include "clientele/domain/syncmerge.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/syncdocument.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <memory>

namespace clientele::synctest {

using Fields = QMap<SyncFieldKey, QString>;

inline std::unique_ptr<WorkspaceFile> sampleFile(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(writeSampleWorkspace(path).ok());
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    return std::move(file.value());
}

inline std::unique_ptr<WorkspaceFile> emptyFile(const QTemporaryDir &dir, const char *name)
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    return std::move(file.value());
}

inline std::string exported(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    REQUIRE(text.ok());
    return *text;
}

inline nlohmann::json exportedJson(WorkspaceFile &file)
{
    return nlohmann::json::parse(exported(file));
}

// Changes that make `fields` the state's values, each field that differs stamped by `stamp`
// (the clock of the change to a field of that item) and made over the field's current value.
inline QList<SyncChange> changesTo(const Fields &fields, const SyncState &state,
                                   const QString &replica,
                                   const std::function<HlcTimestamp(const SyncFieldKey &)> &stamp)
{
    QList<SyncChange> changes;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const auto current = state.current(it.key());
        if (current && current->value == it.value())
            continue;
        SyncChange change;
        change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.kind = it.key().kind;
        change.itemUuid = it.key().itemUuid;
        change.field = it.key().field;
        change.value = it.value();
        change.hlc = stamp(it.key());
        change.base = current ? current->hlc : HlcTimestamp{};
        change.author = replica;
        change.replica = replica;
        changes.append(change);
    }
    return changes;
}

// The same, every change at one clock.
inline QList<SyncChange> changesTo(const Fields &fields, const SyncState &state,
                                   const QString &replica, qint64 millis)
{
    return changesTo(fields, state, replica, [&](const SyncFieldKey &) {
        return HlcTimestamp{millis, 0, replica};
    });
}

inline SyncChange tombstone(const QString &kind, const QString &uuid, qint64 millis)
{
    SyncChange change;
    change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.kind = kind;
    change.itemUuid = uuid;
    change.field = syncPresenceField;
    change.value = QStringLiteral("null");
    change.deleted = true;
    change.hlc = {millis, 0, QStringLiteral("remote")};
    change.author = QStringLiteral("remote");
    change.replica = QStringLiteral("remote");
    return change;
}

// The state a replica holding the file's content starts from.
inline SyncState stateOf(const Fields &fields)
{
    SyncState state;
    state.apply(changesTo(fields, state, QStringLiteral("base"), 1000));
    return state;
}

// Writes the state in one transaction of the file; the status says whether it held.
inline Status write(WorkspaceFile &file, const SyncState &state)
{
    return file.transaction([&] { writeSyncFields(file.database(), state); });
}

// What `edit` leaves in the file's fields (positions read against `known`), without keeping it:
// the edit is rolled back.
inline Fields fieldsAfter(WorkspaceFile &file, const SyncState &known,
                          const std::function<void(SQLite::Database &)> &edit)
{
    Fields fields;
    const Status rolledBack = file.transaction([&] {
        edit(file.database());
        fields = readSyncFields(file.database(), known);
        throw std::runtime_error("roll back");
    });
    REQUIRE_FALSE(rolledBack.ok());
    return fields;
}

// The uuid of the item with `id` in one of the export's lists.
inline QString uuidWithId(const nlohmann::json &items, qint64 id)
{
    for (const auto &item : items)
        if (item.at("id") == id)
            return QString::fromStdString(item.at("uuid").get<std::string>());
    FAIL("no item with id " << id);
    return {};
}

} // namespace clientele::synctest
