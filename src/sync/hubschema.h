#pragma once

#include "clientele/domain/result.h"
#include "clientele/sync/hubconnection.h"

#include <optional>

namespace clientele {

// The hub schema of the database `connection` is to; nothing when it is no Clientele hub.
// A failure's message is the server's words.
Result<std::optional<int>> readHubSchema(HubConnection &connection);

// Why a hub of `schema` cannot be used by this Clientele; nothing when it can.
std::optional<Error> unusableHubSchema(const QString &hubName, std::optional<int> schema);

} // namespace clientele
