#pragma once

#include "clientele/core/models/idrowsmodel.h"

namespace clientele {

class OfferCatalogue;

// The offer catalogue as a table: name, kind, price, ladder stage. Names and prices are
// editable; every change is an undoable command.
class OfferListModel : public IdRowsModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Price, Ladder, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OfferListModel(OfferCatalogue *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    OfferCatalogue *m_store;
};

} // namespace clientele
