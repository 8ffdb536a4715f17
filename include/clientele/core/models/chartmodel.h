#pragma once

#include "clientele/domain/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

class ChartEditor;

// The ICP chart as a grid: clients as columns and attributes as rows, or the other way round
// when the chart is flipped, with the derived ideal profile pinned as the last column (the last
// row when flipped). Editing a cell or a client's (or attribute's) header pushes one undoable
// command; text a cell cannot hold is refused and lastError() (and inputRefused) says what is
// expected. Block edits — paste, clear, fill — are one undo step each.
class ChartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ClientIdRole = Qt::UserRole + 1, // qint64; 0 in the ideal column
        AttributeIdRole,                 // qint64
        IsIdealRole,       // bool: the derived ideal column (or row); read-only, highlight it
        IsDerivedRole,     // bool: a spend per month or year computed from the other; italics
        IsReferenceRole,   // bool: the client feeds the ideal (cells and client headers)
        AttributeTypeRole, // int: AttributeType, for choosing an editor
        KnownTextRole,     // QString: "4 of 5 known", ideal cells only
        NoteRole,          // QString: an entered cell's note; a corner mark shows there is one
    };

    explicit ChartModel(ChartEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                       int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Addresses. The ideal cells have client id 0.
    bool isIdeal(const QModelIndex &index) const;
    qint64 clientIdAt(const QModelIndex &index) const;
    qint64 attributeIdAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 clientId, qint64 attributeId) const;
    // Which header names clients: Qt::Horizontal unless the chart is flipped.
    Qt::Orientation clientHeader() const;

    // Why the last setData(), setHeaderData() or block edit was refused; empty after success.
    QString lastError() const { return m_lastError; }

    // The shown text of the cells' bounding rectangle as tab-separated text, ideal cells
    // included; cells inside the rectangle but not selected are copied empty.
    QString copyAsTsv(const QModelIndexList &indexes) const;
    // Pastes a spreadsheet block with its top-left cell at `topLeft`: every cell is checked
    // first, then all are set as one undo step; otherwise nothing changes and the error names
    // the first bad cell ("Row 3, column 2 (Client #2, Number of employees): Expected ...").
    // A single value pasted onto a larger selection fills the selection.
    Status pasteTsv(const QModelIndex &topLeft, const QString &text,
                    const QModelIndexList &selection = {});
    // Blanks the chosen client cells (ideal cells are skipped); one undo step.
    Status clear(const QModelIndexList &indexes);
    // Copies the first row (column) of the cells' bounding rectangle into the rest of it, each
    // cell read as its own attribute's type; one undo step.
    Status fillDown(const QModelIndexList &indexes);
    Status fillRight(const QModelIndexList &indexes);

Q_SIGNALS:
    // Typed text was refused; `message` says what the cell expects.
    void inputRefused(const QModelIndex &index, const QString &message);

private:
    struct Target {
        QModelIndex index;
        QString text;
    };
    struct Rect {
        int top = 0;
        int left = 0;
        int bottom = -1;
        int right = -1;
        bool isEmpty() const { return bottom < top || right < left; }
    };

    bool clientsAsColumns() const;
    int clientCount() const { return int(m_clients.size()); }
    Rect boundingRect(const QModelIndexList &indexes) const;
    QString cellLabel(const QModelIndex &index) const;
    Status refuse(const QString &message);
    // Parses every target's text as its cell's type and sets them all in one step.
    Status applyTexts(const QList<Target> &targets, const QString &actionText);
    Status fill(const QModelIndexList &indexes, bool down);
    QVariant cellData(qint64 clientId, qint64 attributeId, int role) const;
    QVariant idealData(qint64 attributeId, int role) const;
    QVariant clientHeaderData(int index, int role) const;
    QVariant attributeHeaderData(int index, int role) const;

    void onStructureChanged();
    void onCellsChanged();
    // Brings one axis in line with the chart with insert, remove or move signals when a single
    // item changed; false when only a reset will do.
    bool syncAxis(QList<qint64> &current, const QList<qint64> &target, bool isColumns);

    ChartEditor *m_editor;
    QList<qint64> m_clients;
    QList<qint64> m_attributes;
    bool m_clientsAsColumns = true;
    QString m_lastError;
};

} // namespace clientele
