#pragma once

#include "clientele/domain/profilefields.h"

#include <QAbstractTableModel>

namespace clientele {

class Workspace;

// One ordered list of one profile (its obstacles, needs, ...). Exclusions have a second column
// for the reason, and an entry with a rule says what it disqualifies. Every change, including
// insertRows/removeRows/moveRows, is an undoable command.
class ProfileItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        // An exclusion's rule as a sentence ("Disqualifies: Number of employees is less than
        // 2"); empty for an entry without one.
        DisqualifierRole = Qt::UserRole + 1,
    };

    ProfileItemsModel(Workspace *workspace, ProfileList list, QObject *parent = nullptr);

    void setProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }
    ProfileList list() const { return m_list; }
    // The rule of the exclusion at `row`, if it has one.
    std::optional<ExclusionRule> rule(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    void onProfileChanged(qint64 id);
    void reload();
    QString disqualifier(const ProfileItem &item) const;

    Workspace *m_workspace;
    ProfileList m_list;
    qint64 m_profileId = 0;
    QList<ProfileItem> m_items;
};

} // namespace clientele
