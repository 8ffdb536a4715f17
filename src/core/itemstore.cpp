#include "clientele/core/itemstore.h"

#include "clientele/core/workspace.h"

namespace clientele {

ItemStore::ItemStore(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
}

} // namespace clientele
