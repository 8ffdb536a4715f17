#pragma once

#include "clientele/domain/hybridclock.h"
#include "clientele/domain/syncmerge.h"

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<clientele::HlcTimestamp> {
    static std::string convert(const clientele::HlcTimestamp &stamp)
    {
        return std::to_string(stamp.millis) + "/" + std::to_string(stamp.counter) + "/"
               + stamp.replica.right(1).toStdString();
    }
};
template <> struct StringMaker<clientele::SyncConflict> {
    static std::string convert(const clientele::SyncConflict &conflict)
    {
        return "kept " + conflict.kept.changeId.toStdString() + " lost "
               + conflict.lost.changeId.toStdString();
    }
};
} // namespace Catch

namespace synctest {

// Replica ids as uuid text; they sort a < b < c.
inline const QString replicaA = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000a");
inline const QString replicaB = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000b");
inline const QString replicaC = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000c");

inline clientele::HlcTimestamp stamp(qint64 millis, quint32 counter, const QString &replica)
{
    return clientele::HlcTimestamp{millis, counter, replica};
}

inline QString authorOf(const QString &replica)
{
    if (replica == replicaA)
        return QStringLiteral("anna");
    return replica == replicaB ? QStringLiteral("ben") : QStringLiteral("cleo");
}

// An edit of a profile's field: made at hlc by that replica's author, over the value at base.
inline clientele::SyncChange edit(const QString &id, const QString &item, const QString &field,
                                  const QString &value, const clientele::HlcTimestamp &hlc,
                                  const clientele::HlcTimestamp &base = {})
{
    clientele::SyncChange change;
    change.changeId = id;
    change.kind = QStringLiteral("profile");
    change.itemUuid = item;
    change.field = field;
    change.value = value;
    change.hlc = hlc;
    change.base = base;
    change.author = authorOf(hlc.replica);
    change.replica = hlc.replica;
    return change;
}

inline clientele::SyncChange tombstone(const QString &id, const QString &item,
                                       const clientele::HlcTimestamp &hlc,
                                       const clientele::HlcTimestamp &base = {})
{
    clientele::SyncChange change =
        edit(id, item, clientele::syncPresenceField, QStringLiteral("false"), hlc, base);
    change.deleted = true;
    return change;
}

inline clientele::SyncChange restore(const QString &id, const QString &item,
                                     const clientele::HlcTimestamp &hlc,
                                     const clientele::HlcTimestamp &base)
{
    return edit(id, item, clientele::syncPresenceField, QStringLiteral("true"), hlc, base);
}

inline clientele::SyncFieldKey profileField(const QString &item, const QString &field)
{
    return {QStringLiteral("profile"), item, field};
}

} // namespace synctest
