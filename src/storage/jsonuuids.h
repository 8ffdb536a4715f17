#pragma once

#include "clientele/storage/jsonnode.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

namespace clientele {

// An item's "uuid" is optional on import, and unique among the items of its kind in one
// document: two items with one identity would be one item twice once workspaces are merged.
class UniqueUuids {
public:
    explicit UniqueUuids(QString what)
        : m_what(std::move(what))
    {
    }

    // The object's "uuid", checked; null when it is left out (the workspace then gives one).
    QUuid take(const JsonNode &object)
    {
        const auto node = object.optionalMember(QStringLiteral("uuid"));
        if (!node)
            return {};
        const QUuid uuid = node->toUuid();
        if (const auto earlier = m_seen.constFind(uuid); earlier != m_seen.constEnd())
            node->fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                   "duplicate %1 uuid %2 (already used at %3)")
                           .arg(m_what, uuid.toString(QUuid::WithoutBraces), *earlier));
        m_seen.insert(uuid, node->where());
        return uuid;
    }

private:
    QString m_what;
    QHash<QUuid, QString> m_seen;
};

} // namespace clientele
