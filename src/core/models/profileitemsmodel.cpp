#include "clientele/core/models/profileitemsmodel.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

#include <QUndoStack>

namespace clientele {

ProfileItemsModel::ProfileItemsModel(Workspace *workspace, ProfileList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_list(list)
{
    connect(workspace->profiles(), &ProfileStore::changed, this,
            &ProfileItemsModel::onProfileChanged);
    connect(workspace->profiles(), &ProfileStore::removed, this, [this](qint64 id) {
        if (id == m_profileId)
            setProfile(0);
    });
    // A rule names its attribute; a renamed attribute changes the sentence.
    if (list == ProfileList::Exclusions)
        connect(workspace->chart(), &ChartEditor::chartChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
        });
}

void ProfileItemsModel::setProfile(qint64 profileId)
{
    beginResetModel();
    m_profileId = profileId;
    const auto profile = m_workspace->profiles()->find(profileId);
    m_items = profile ? listItems(*profile, m_list) : QList<ProfileItem>{};
    endResetModel();
}

void ProfileItemsModel::onProfileChanged(qint64 id)
{
    if (id == m_profileId)
        reload();
}

void ProfileItemsModel::reload()
{
    const auto profile = m_workspace->profiles()->find(m_profileId);
    const QList<ProfileItem> fresh = profile ? listItems(*profile, m_list) : QList<ProfileItem>{};
    if (fresh == m_items)
        return;
    // Same items in the same order: only text changed, so views keep selection and scroll.
    bool sameShape = fresh.size() == m_items.size();
    for (int i = 0; sameShape && i < fresh.size(); ++i)
        sameShape = fresh[i].id == m_items[i].id || m_items[i].id == 0;
    if (sameShape) {
        m_items = fresh;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_items = fresh;
    endResetModel();
}

int ProfileItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ProfileItemsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_list == ProfileList::Exclusions ? 2 : 1;
}

std::optional<ExclusionRule> ProfileItemsModel::rule(int row) const
{
    if (m_list != ProfileList::Exclusions || row < 0 || row >= rowCount())
        return std::nullopt;
    return m_items.at(row).rule;
}

QString ProfileItemsModel::disqualifier(const ProfileItem &item) const
{
    if (m_list != ProfileList::Exclusions || !item.rule)
        return {};
    return tr("Disqualifies: %1").arg(item.rule->describe(m_workspace->chart()->chart()));
}

QVariant ProfileItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return index.column() == 0 ? item.text : item.detail;
    case Qt::ToolTipRole: {
        const QString text = index.column() == 0 ? item.text : item.detail;
        const QString rule = disqualifier(item);
        return rule.isEmpty() ? text : QStringLiteral("%1\n%2").arg(text, rule).trimmed();
    }
    case DisqualifierRole: return index.column() == 0 ? disqualifier(item) : QString();
    default: return {};
    }
}

QVariant ProfileItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_list == ProfileList::Exclusions)
        return section == 0 ? tr("Who") : tr("Why not");
    return listLabel(m_list);
}

bool ProfileItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto &item = m_items.at(index.row());
    const QString text = index.column() == 0 ? value.toString() : item.text;
    const QString detail = index.column() == 1 ? value.toString() : item.detail;
    m_workspace->profiles()->editListItem(m_profileId, m_list, index.row(), text, detail);
    return true;
}

Qt::ItemFlags ProfileItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ProfileItemsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_profileId == 0 || row < 0 || row > rowCount() || count < 1)
        return false;
    // Several rows at once are one undo step.
    m_workspace->undoStack()->beginMacro(ProfileStore::listEditTexts(m_list).add);
    for (int i = 0; i < count; ++i)
        m_workspace->profiles()->insertListItem(m_profileId, m_list, row + i, ProfileItem{});
    m_workspace->undoStack()->endMacro();
    return rowCount() >= row + count;
}

bool ProfileItemsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    m_workspace->undoStack()->beginMacro(ProfileStore::listEditTexts(m_list).remove);
    for (int i = 0; i < count; ++i)
        m_workspace->profiles()->removeListItem(m_profileId, m_list, row);
    m_workspace->undoStack()->endMacro();
    return true;
}

bool ProfileItemsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Qt counts the destination before the move; the list counts it after.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    m_workspace->profiles()->moveListItem(m_profileId, m_list, sourceRow, to);
    return true;
}

} // namespace clientele
