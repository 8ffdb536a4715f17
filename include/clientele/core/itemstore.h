#pragma once

#include <QObject>

namespace clientele {

class Workspace;

// What every store of a workspace's items announces. The stores (profiles, offers, proposals)
// keep their items in memory and write each change through to the file, with its history, in
// one transaction (SnapshotStore).
class ItemStore : public QObject {
    Q_OBJECT
public:
    Workspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);

protected:
    explicit ItemStore(Workspace *workspace);

    Workspace *m_workspace;
};

} // namespace clientele
