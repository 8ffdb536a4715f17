#include "clientele/core/models/profilelistmodel.h"

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <algorithm>

namespace clientele {

namespace {

QString searchText(const CustomerProfile &profile)
{
    QStringList parts;
    for (ProfileField field : allProfileFields())
        parts << fieldText(profile, field);
    for (ProfileList list : allProfileLists())
        for (const auto &item : listItems(profile, list))
            parts << item.text << item.detail;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ProfileListModel::ProfileListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    for (const auto &profile : workspace->profiles()->all())
        m_ids.append(profile.id);
    connect(workspace->profiles(), &ProfileStore::added, this, &ProfileListModel::onAdded);
    connect(workspace->profiles(), &ProfileStore::changed, this, &ProfileListModel::onChanged);
    connect(workspace->profiles(), &ProfileStore::removed, this, &ProfileListModel::onRemoved);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto profile = m_workspace->profiles()->find(m_ids.at(index.row()));
    if (!profile)
        return {};
    switch (role) {
    case Qt::DisplayRole: return profile->name.isEmpty() ? tr("(untitled profile)") : profile->name;
    case Qt::EditRole: return profile->name;
    case Qt::ToolTipRole:
        return tr("Last changed %1")
            .arg(QLocale().toString(profile->updated.toLocalTime(), QLocale::ShortFormat));
    case IdRole: return profile->id;
    case SearchTextRole: return searchText(*profile);
    case UpdatedRole: return profile->updated;
    default: return {};
    }
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return m_workspace->profiles()
        ->setField(m_ids.at(index.row()), ProfileField::Name, value.toString())
        .ok();
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    auto roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "profileId");
    roles.insert(SearchTextRole, "searchText");
    roles.insert(UpdatedRole, "updated");
    return roles;
}

QModelIndex ProfileListModel::indexOfId(qint64 id) const
{
    const auto row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row));
}

qint64 ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void ProfileListModel::onAdded(qint64 id)
{
    // Keep creation order: an undone removal goes back to where it was.
    const auto position = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    const int row = static_cast<int>(position - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void ProfileListModel::onChanged(qint64 id)
{
    const QModelIndex changed = indexOfId(id);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed);
}

void ProfileListModel::onRemoved(qint64 id)
{
    const auto row = static_cast<int>(m_ids.indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace clientele
