#pragma once

#include "clientele/core/models/idrowsmodel.h"

namespace clientele {

class ProposalBook;

// Proposals as a table: number, prospect, staff, style, status, one-off and monthly totals.
class ProposalListModel : public IdRowsModel {
    Q_OBJECT
public:
    enum Column { Number, Prospect, Staff, Style, Status, OneOff, Monthly, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ProposalListModel(ProposalBook *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ProposalBook *m_store;
};

} // namespace clientele
