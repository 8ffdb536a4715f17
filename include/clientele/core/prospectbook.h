#pragma once

#include "clientele/core/snapshotstore.h"
#include "clientele/domain/prospect.h"
#include "clientele/storage/prospectrepository.h"

namespace clientele {

// The businesses the consultant might approach. Every edit is one undoable change of the whole
// prospect, written through with its history; a value for a chart attribute is recorded under
// the attribute's label. Owned by the Workspace (Workspace::prospects()).
class ProspectBook : public SnapshotStore<Prospect, ProspectRepository> {
    Q_OBJECT
public:
    explicit ProspectBook(Workspace *workspace);

    // Counted in the file until the prospects are read.
    int count() const;
    // By company (trimmed, case-insensitive) or by id.
    std::optional<Prospect> findByCompany(const QString &companyOrId) const;

    // Edits. Refused edits return the reason and change nothing.
    // A new prospect; a blank company becomes "New prospect". Returns the new id, 0 when the
    // write failed.
    qint64 add(const Prospect &prospect);
    // Several new prospects as one undo step named `text`; returns how many were added.
    int addAll(const QList<Prospect> &prospects, const QString &text);
    void remove(qint64 id);
    // A copy named "<company> (copy)", new again.
    qint64 duplicate(qint64 id);
    // Replaces the whole prospect. Edits with the same merge id in a row are one undo step.
    Status update(const Prospect &after, const QString &text, MergeId merge = MergeId::None);
    Status setStatus(qint64 id, ProspectStatus status);
    // Reads `text` as the chart reads a cell of the attribute; blank or "?" clears the value.
    Status setValueText(qint64 id, qint64 attributeId, const QString &text);
    // Sets a field from the text its history shows ("Restore this value").
    Status restoreField(qint64 id, const QString &key, const QString &text);
    // The prospect's value for the attribute as the chart shows it.
    QString valueText(const Prospect &prospect, qint64 attributeId) const;

protected:
    QList<ItemField<Prospect>> historyFields() const override;
};

} // namespace clientele
