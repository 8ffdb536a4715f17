#include "clientele/core/models/idrowsmodel.h"

#include <algorithm>

namespace clientele {

int IdRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

qint64 IdRowsModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

QModelIndex IdRowsModel::indexOfId(qint64 id) const
{
    const auto row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), 0);
}

void IdRowsModel::onAdded(qint64 id)
{
    if (m_ids.contains(id))
        return;
    const auto position = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    const int row = static_cast<int>(position - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void IdRowsModel::onChanged(qint64 id)
{
    const auto row = static_cast<int>(m_ids.indexOf(id));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void IdRowsModel::onRemoved(qint64 id)
{
    const auto row = static_cast<int>(m_ids.indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace clientele
