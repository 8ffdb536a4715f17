#include "hubconnect.h"

#include "clientele/sync/hub.h"

namespace clientele {

TeamActions::HubConnect postgresHubConnect()
{
    return [](const QString &address) { return PostgresHub::connect(address); };
}

} // namespace clientele
