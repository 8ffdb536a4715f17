#pragma once

#include "clientele/domain/changeexchange.h"

#include <QCoreApplication>

#include <memory>

namespace synctest {

// A hub in memory: what the PostgreSQL hub keeps, without a server, for tests of the file's
// side. Each replica connects as its own author; `offline` makes every connection fail.
struct MemoryHub {
    QString team;
    QList<clientele::SyncChange> changes;
    bool offline = false;
    int failPushes = 0; // pushes still to fail, as a dropped connection would
};

class MemoryExchange : public clientele::ChangeExchange {
public:
    MemoryExchange(std::shared_ptr<MemoryHub> hub, QString author)
        : m_hub(std::move(hub))
        , m_author(std::move(author))
    {
    }

    QString author() const override { return m_author; }
    clientele::Result<QString> team() override { return m_hub->team; }
    clientele::Result<QString> claimTeam(const QString &team) override
    {
        if (m_hub->team.isEmpty())
            m_hub->team = team;
        return m_hub->team;
    }
    clientele::Status push(const QList<clientele::SyncChange> &changes) override
    {
        if (m_hub->failPushes > 0) {
            --m_hub->failPushes;
            return clientele::Error{QStringLiteral("the connection to the hub was lost")};
        }
        for (clientele::SyncChange change : changes) {
            const bool held =
                std::any_of(m_hub->changes.cbegin(), m_hub->changes.cend(),
                            [&](const auto &c) { return c.changeId == change.changeId; });
            change.author = m_author;
            if (!held)
                m_hub->changes.append(change);
        }
        return clientele::success();
    }
    clientele::Result<clientele::ChangeBatch> pull(qint64 after, int limit) override
    {
        clientele::ChangeBatch batch;
        batch.last = after;
        for (qint64 i = after; i < m_hub->changes.size() && batch.changes.size() < limit; ++i) {
            batch.changes.append(m_hub->changes.at(i));
            batch.last = i + 1;
        }
        batch.more = batch.last < m_hub->changes.size();
        return batch;
    }

private:
    std::shared_ptr<MemoryHub> m_hub;
    QString m_author;
};

// TeamSync's Connect for a memory hub, as `author`.
inline auto memoryConnect(std::shared_ptr<MemoryHub> hub, QString author)
{
    return [hub, author](
               const QString &) -> clientele::Result<std::unique_ptr<clientele::ChangeExchange>> {
        if (hub->offline)
            return clientele::Error{QStringLiteral("The hub cannot be reached: offline.")};
        return std::unique_ptr<clientele::ChangeExchange>(
            std::make_unique<MemoryExchange>(hub, author));
    };
}

} // namespace synctest
