#include "clientele/core/history.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"

namespace clientele {

QList<ChangeRecord> History::ofItem(const QString &kind, qint64 itemId) const
{
    return ChangeLogRepository(m_workspace->file().database()).forItem(kind, itemId);
}

QList<ChangeRecord> History::all() const
{
    return ChangeLogRepository(m_workspace->file().database()).all();
}

bool History::canRestore(const ChangeRecord &record) const
{
    if (record.field == kCreatedField || record.field == kRemovedField)
        return false;
    if (record.kind == kProfile)
        return m_workspace->profiles()->find(record.itemId).has_value();
    if (record.kind == kOffer)
        return m_workspace->offers()->find(record.itemId).has_value();
    if (record.kind == kProposal)
        return m_workspace->proposals()->find(record.itemId).has_value();
    if (record.kind == kProspect)
        return m_workspace->prospects()->find(record.itemId).has_value();
    if (record.kind == kClient)
        return m_workspace->chart()->canRestoreClientField(record.itemId, record.field);
    if (record.kind == kSettings)
        return true;
    return false;
}

Status History::restore(const ChangeRecord &record)
{
    if (!canRestore(record))
        return Error{tr("This value cannot be put back: the item or its field is "
                        "gone.")};
    const QString &value = record.oldValue;
    if (record.kind == kProfile)
        return m_workspace->profiles()->restoreField(record.itemId, record.field, value);
    if (record.kind == kOffer)
        return m_workspace->offers()->restoreField(record.itemId, record.field, value);
    if (record.kind == kProposal)
        return m_workspace->proposals()->restoreField(record.itemId, record.field, value);
    if (record.kind == kProspect)
        return m_workspace->prospects()->restoreField(record.itemId, record.field, value);
    if (record.kind == kClient)
        return m_workspace->chart()->restoreClientField(record.itemId, record.field, value);
    WorkspaceSettings settings = m_workspace->settings();
    if (Status set = setFieldFromText(settingsFields(), settings, record.field, value); !set)
        return set;
    m_workspace->setSettings(settings);
    return success();
}

} // namespace clientele
