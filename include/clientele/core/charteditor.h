#pragma once

#include "clientele/core/chartapply.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/result.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;

namespace clientele {

class ChartRepository;
class Workspace;

// The workspace's ICP chart in memory: every edit is one undoable command (commands/
// chartcommands.h) written to the file in one transaction, after which the derived ideal
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
    Status setClientReference(qint64 id, bool isReference);
    // Adds an attribute (its id is assigned) at `index` (-1 = at the end).
    qint64 addAttribute(const Attribute &attribute, int index = -1);
    Status renameAttribute(qint64 id, const QString &label);
    // Re-reads the attribute's cells as the new type; cells that do not fit are cleared (undo
    // brings them back). Returns how many were cleared.
    Result<int> retypeAttribute(qint64 id, AttributeType type);
    Status removeAttribute(qint64 id);
    Status moveAttribute(qint64 id, int toIndex);
    void setWeighting(Weighting weighting);
    void flipOrientation();

    // "Apply to profile…": what the derived ideal would change in the profile, then the change
    // itself as one undo step (a profile command, like any other profile edit).
    Result<ChartApplyPreview> previewApplyToProfile(qint64 profileId) const;
    Status applyToProfile(const ChartApplyPreview &preview);

    // --- used by commands: write through to the file in one transaction, then update memory
    // and announce it. A failure is reported through Workspace::writeFailed and changes
    // nothing. `write` runs inside the transaction; `change` then updates the chart in memory.
    bool commit(const std::function<void(ChartRepository &)> &write,
                const std::function<void(IcpChart &)> &change, bool structural);

Q_SIGNALS:
    // Values changed (cells, names, reference marks, settings); the shape is unchanged.
    void cellsChanged();
    // Clients or attributes were added, removed, moved or retyped, or the grid was flipped.
    void structureChanged();
    // After either of the above, once the ideal has been recomputed.
    void chartChanged();

private:
    void push(QUndoCommand *command);
    void recompute();

    Workspace *m_workspace;
    struct Loaded {
        IcpChart chart;
        IdealProfile ideal;
    };
    Loaded &loaded() const;

    mutable std::optional<Loaded> m_loaded;
};

} // namespace clientele
