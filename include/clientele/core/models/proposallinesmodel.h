#pragma once

#include "clientele/domain/proposal.h"

#include <QAbstractTableModel>

namespace clientele {

class ProposalBook;

// The recommended offers of one proposal: description, quantity, unit price, billing and line
// total. Edits, insertRows and removeRows are undoable commands.
class ProposalLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Quantity, UnitPrice, BillingColumn, Total, ColumnCount };

    explicit ProposalLinesModel(ProposalBook *store, QObject *parent = nullptr);

    void setProposal(qint64 id);
    qint64 proposalId() const { return m_proposalId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    void reload();

    ProposalBook *m_store;
    qint64 m_proposalId = 0;
    QList<ProposalLine> m_lines;
};

} // namespace clientele
