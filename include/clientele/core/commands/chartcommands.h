#pragma once

#include "clientele/domain/icpchart.h"

#include <QUndoCommand>

namespace clientele {

class ChartEditor;

// The ICP chart's undoable edits, one class per kind. Each redo() and undo() is one transaction
// through ChartEditor::commit(); a command whose first write fails marks itself obsolete and
// never enters the undo stack.
class ChartCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    ChartCommand(ChartEditor *editor, const QString &text);
    // Writes the edit forward (redo) or back (undo); false when the write failed.
    virtual bool apply(bool forward) = 0;

    ChartEditor *m_editor;

private:
    bool m_firstRedo = true;
};

// A block of cells (one typed value, a paste, a clear, a fill): each cell from its value before
// to its value after; an unknown value is a blank cell.
class SetChartCellsCommand : public ChartCommand {
public:
    SetChartCellsCommand(ChartEditor *editor, QList<ChartEntry> before, QList<ChartEntry> after,
                         const QString &text);

protected:
    bool apply(bool forward) override;

private:
    QList<ChartEntry> m_before;
    QList<ChartEntry> m_after;
};

// A client with everything it held, and where it stood; adding and removing share it.
struct ChartClientSnapshot {
    ChartClient client;
    int index = 0;
    QList<ChartEntry> cells;
};

class AddChartClientCommand : public ChartCommand {
public:
    AddChartClientCommand(ChartEditor *editor, ChartClientSnapshot client);

protected:
    bool apply(bool forward) override;

private:
    ChartClientSnapshot m_client;
};

class RemoveChartClientCommand : public ChartCommand {
public:
    RemoveChartClientCommand(ChartEditor *editor, ChartClientSnapshot client);

protected:
    bool apply(bool forward) override;

private:
    ChartClientSnapshot m_client;
};

class MoveChartClientCommand : public ChartCommand {
public:
    MoveChartClientCommand(ChartEditor *editor, qint64 id, int from, int to);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    int m_from;
    int m_to;
};

class RenameChartClientCommand : public ChartCommand {
public:
    RenameChartClientCommand(ChartEditor *editor, qint64 id, QString before, QString after);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    QString m_before;
    QString m_after;
};

// Marks a client as a reference client (it feeds the ideal) or not.
class MarkReferenceClientCommand : public ChartCommand {
public:
    MarkReferenceClientCommand(ChartEditor *editor, qint64 id, bool isReference);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    bool m_isReference;
};

// An attribute with its cells, and where it stood; adding and removing share it.
struct ChartAttributeSnapshot {
    Attribute attribute;
    int index = 0;
    QList<ChartEntry> cells;
};

class AddChartAttributeCommand : public ChartCommand {
public:
    AddChartAttributeCommand(ChartEditor *editor, ChartAttributeSnapshot attribute);

protected:
    bool apply(bool forward) override;

private:
    ChartAttributeSnapshot m_attribute;
};

class RemoveChartAttributeCommand : public ChartCommand {
public:
    RemoveChartAttributeCommand(ChartEditor *editor, ChartAttributeSnapshot attribute);

protected:
    bool apply(bool forward) override;

private:
    ChartAttributeSnapshot m_attribute;
};

class RenameChartAttributeCommand : public ChartCommand {
public:
    RenameChartAttributeCommand(ChartEditor *editor, qint64 id, QString before, QString after);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    QString m_before;
    QString m_after;
};

// Changes an attribute's type together with its cells as the new type reads them; cells that
// do not fit are cleared, and undo restores them.
class RetypeChartAttributeCommand : public ChartCommand {
public:
    RetypeChartAttributeCommand(ChartEditor *editor, qint64 id, AttributeType before,
                                AttributeType after, QList<ChartEntry> cellsBefore,
                                QList<ChartEntry> cellsAfter);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    AttributeType m_before;
    AttributeType m_after;
    QList<ChartEntry> m_cellsBefore;
    QList<ChartEntry> m_cellsAfter;
};

class MoveChartAttributeCommand : public ChartCommand {
public:
    MoveChartAttributeCommand(ChartEditor *editor, qint64 id, int from, int to);

protected:
    bool apply(bool forward) override;

private:
    qint64 m_id;
    int m_from;
    int m_to;
};

class SetChartWeightingCommand : public ChartCommand {
public:
    SetChartWeightingCommand(ChartEditor *editor, Weighting before, Weighting after);

protected:
    bool apply(bool forward) override;

private:
    Weighting m_before;
    Weighting m_after;
};

// Clients as columns <-> clients as rows; the data is unchanged.
class FlipChartOrientationCommand : public ChartCommand {
public:
    explicit FlipChartOrientationCommand(ChartEditor *editor);

protected:
    bool apply(bool forward) override;
};

} // namespace clientele
