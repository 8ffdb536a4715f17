#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

class OfferStore;

// Proposals as a table: number, prospect, staff, style, status, one-off and monthly totals.
class ProposalListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Prospect, Staff, Style, Status, OneOff, Monthly, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ProposalListModel(OfferStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    QModelIndex indexOfId(qint64 id) const;

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

    OfferStore *m_store;
    QList<qint64> m_ids;
};

} // namespace clientele
