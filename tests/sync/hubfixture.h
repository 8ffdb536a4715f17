#pragma once

#include "clientele/sync/hub.h"
#include "scratchhub.h"

#include <catch2/catch.hpp>

#include <memory>

// A hub set up in the scratch database, opened as `user`.
inline std::unique_ptr<clientele::ChangeExchange>
requireHub(const ScratchDatabase &database, const QString &user = QStringLiteral("clientele_test"))
{
    const clientele::Status made = clientele::PostgresHub::init(database.url());
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    auto hub = clientele::PostgresHub::connect(database.url(user));
    INFO(hub.errorMessage().toStdString());
    REQUIRE(hub.ok());
    return std::move(*hub);
}

// An edit of a profile's name made at `millis` on replica r1; `number` makes its change id.
inline clientele::SyncChange nameEdit(int number, qint64 millis,
                                      const QString &value = QStringLiteral("\"Acme\""))
{
    clientele::SyncChange change;
    change.changeId =
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0'));
    change.kind = QStringLiteral("profile");
    change.itemUuid = QStringLiteral("5b0c9a1e-3f55-4a8e-9d2c-7c1f0e6a2b41");
    change.field = QStringLiteral("name");
    change.value = value;
    change.hlc = {millis, 0, QStringLiteral("r1")};
    change.author = QStringLiteral("clientele_test");
    change.replica = QStringLiteral("r1");
    return change;
}

inline clientele::ChangeBatch requirePull(clientele::ChangeExchange &hub, qint64 after, int limit)
{
    auto batch = hub.pull(after, limit);
    INFO(batch.errorMessage().toStdString());
    REQUIRE(batch.ok());
    return *batch;
}

inline void requirePush(clientele::ChangeExchange &hub, const QList<clientele::SyncChange> &changes)
{
    const clientele::Status pushed = hub.push(changes);
    INFO(pushed.errorMessage().toStdString());
    REQUIRE(pushed.ok());
}
