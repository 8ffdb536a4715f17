#pragma once

#include "clientele/core/chartapply.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/result.h"
#include "clientele/storage/changelogrepository.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;

namespace clientele {

class ChartRepository;
class Workspace;

// The workspace's ICP chart in memory: every edit is one undoable change written to the file
// with its history in one transaction (Workspace::commit()), after which the derived ideal
// profile is recomputed and the change announced. Owned by the Workspace (Workspace::chart()).
class ChartEditor : public QObject {
    Q_OBJECT
public:
    explicit ChartEditor(Workspace *workspace);

    // The chart is read from the file when first asked for, so opening a workspace costs the
    // same however big its chart is.
    const IcpChart &chart() const { return loaded().chart; }
    // The derived column, recomputed after every edit with the chart's weighting.
    const IdealProfile &ideal() const { return loaded().ideal; }
    // How many clients the chart has, without reading the chart if it has not been read yet.
    int clientCount() const;
    Workspace *workspace() const { return m_workspace; }

    // --- user edits: each pushes one command; refused edits return why and change nothing --
    // Sets a cell from typed text (parseCell); refused text says what is expected.
    Status setCellText(qint64 clientId, qint64 attributeId, const QString &text);
    // Sets many cells as one undo step (paste, clear, fill). Unchanged cells are skipped; when
    // nothing changes no command is pushed.
    Status setCells(const QList<ChartEntry> &cells, const QString &actionText);
    // Adds a client at `index` (-1 = at the end) named "Client #n" unless a name is given.
    qint64 addClient(const QString &name = {}, int index = -1);
    Status removeClient(qint64 id);
    Status moveClient(qint64 id, int toIndex);
    Status renameClient(qint64 id, const QString &name);
    // Names a client the user just added: with nothing in between it joins the add's undo
    // step. An empty name keeps the proposed one.
    Status nameNewClient(qint64 id, const QString &name);
    Status setClientReference(qint64 id, bool isReference);
    // Adds an attribute (its id is assigned) at `index` (-1 = at the end).
    qint64 addAttribute(const Attribute &attribute, int index = -1);
    Status renameAttribute(qint64 id, const QString &label);
    // Re-reads the attribute's cells as the new type; cells that do not fit are cleared (undo
    // brings them back). Returns how many were cleared.
    Result<int> retypeAttribute(qint64 id, AttributeType type);
    // The attribute's choices for the fit score (unset ones take the model's defaults); a
    // distance must be more than 0.
    Status setAttributeFit(qint64 id, const AttributeFit &fit);
    Status removeAttribute(qint64 id);
    Status moveAttribute(qint64 id, int toIndex);
    void setWeighting(Weighting weighting);
    void flipOrientation();

    // "Apply to profile…": what the derived ideal would change in the profile, then the change
    // itself as one undo step (a profile change, like any other profile edit).
    Result<ChartApplyPreview> previewApplyToProfile(qint64 profileId) const;
    Status applyToProfile(const ChartApplyPreview &preview);
    // Applies only the changes of the given fields (ChartApplyChange::field), as one step.
    Status applyToProfile(const ChartApplyPreview &preview, const QStringList &fields);

    // "Restore this value" for a client's name ("name"), reference mark ("reference") or cell
    // ("cell:<attribute id>"), from the text its history shows.
    bool canRestoreClientField(qint64 clientId, const QString &field) const;
    Status restoreClientField(qint64 clientId, const QString &field, const QString &text);

Q_SIGNALS:
    // Values changed (cells, names, reference marks, settings); the shape is unchanged.
    void cellsChanged();
    // Clients or attributes were added, removed, moved or retyped, or the grid was flipped.
    void structureChanged();
    // After either of the above, once the ideal has been recomputed.
    void chartChanged();

private:
    // The apply path of every chart change: `write` runs inside the transaction with the
    // history records; `change` then updates the chart in memory. A failure is reported through
    // Workspace::writeFailed and changes nothing.
    bool commit(const std::function<void(ChartRepository &)> &write,
                const std::function<void(IcpChart &)> &change, bool structural,
                const QList<ChangeRecord> &history);
    template <typename Value>
    void change(Value before, Value after, const QString &text,
                std::function<bool(const Value &value, const Value &replaced)> apply);
    void recompute();

    // A client or attribute with everything it held, and where it stood: what adding and
    // removing it move between.
    struct ChartClientSnapshot {
        ChartClient client;
        int index = 0;
        QList<ChartEntry> cells;
        friend bool operator==(const ChartClientSnapshot &, const ChartClientSnapshot &) = default;
    };
    struct ChartAttributeSnapshot {
        Attribute attribute;
        int index = 0;
        QList<ChartEntry> cells;
        friend bool operator==(const ChartAttributeSnapshot &,
                               const ChartAttributeSnapshot &) = default;
    };
    // Adds, removes or (both present) renames a client; a rename joins the step before it
    // when that step left the same client in place.
    void changeClientPresence(std::optional<ChartClientSnapshot> before,
                              std::optional<ChartClientSnapshot> after);
    bool writeClientName(qint64 id, const QString &name, const QString &replaced);
    void changeAttributePresence(std::optional<ChartAttributeSnapshot> before,
                                 std::optional<ChartAttributeSnapshot> after, const QString &text);

    // History records of the chart's changes, named as the items are now.
    ChangeRecord clientRecord(qint64 clientId, const QString &field, const QString &label,
                              const QString &before, const QString &after) const;
    ChangeRecord attributeRecord(qint64 attributeId, const QString &field, const QString &label,
                                 const QString &before, const QString &after) const;
    QList<ChangeRecord> cellRecords(const QList<ChartEntry> &cells,
                                    const QList<ChartEntry> &replaced) const;

    Workspace *m_workspace;
    struct Loaded {
        IcpChart chart;
        IdealProfile ideal;
    };
    Loaded &loaded() const;

    mutable std::optional<Loaded> m_loaded;
};

} // namespace clientele
