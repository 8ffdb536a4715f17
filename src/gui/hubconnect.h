#pragma once

#include "clientele/gui/teamactions.h"

namespace clientele {

// The team hub on PostgreSQL, reached through the sync layer.
TeamActions::HubConnect postgresHubConnect();

} // namespace clientele
