#pragma once

#include <QAbstractListModel>
#include <QList>

namespace clientele {

class Workspace;

// The workspace's profiles, one row each, in the order they were made. Renaming through
// setData() pushes an undoable command; the model follows the workspace's signals.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        // All of a profile's text, for searching.
        SearchTextRole,
        UpdatedRole,
    };

    explicit ProfileListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfId(qint64 id) const;
    qint64 idAt(int row) const;

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

    Workspace *m_workspace;
    QList<qint64> m_ids;
};

} // namespace clientele
