#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

// A table whose rows are items kept by id in the order they were made (ids only grow), so an
// undone removal returns to its place. Subclasses show the columns and connect their store's
// added/changed/removed signals to the slots here.
class IdRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    qint64 idAt(int row) const;
    QModelIndex indexOfId(qint64 id) const;

protected:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

    QList<qint64> m_ids;
};

} // namespace clientele
