#pragma once

#include "clientele/storage/changelogrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace clientele {

class Workspace;

// An item the history can be asked about: a profile, chart client, offer or proposal.
struct HistoryItem {
    QString kind; // History::kProfile, ...
    qint64 id = 0;
    QString name;
};

// Edit ▸ History of This Item…: the item's changes, newest first (when, who, what, before,
// after), and "Restore This Value" to put the selected change's earlier value back as a new,
// undoable change. The list follows every change made while it is open.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(Workspace *workspace, HistoryItem item, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void reload();
    void updateRestore();
    void restoreSelected();

    Workspace *m_workspace;
    HistoryItem m_item;
    QList<ChangeRecord> m_records;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace clientele
