#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

class OfferStore;

// The offer catalogue as a table: name, kind, price, ladder stage. Names and prices are
// editable; every change is an undoable command.
class OfferListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Price, Ladder, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OfferListModel(OfferStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

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
