#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace clientele {

class Workspace;

// Prospect ▸ Import Prospects… and Export Prospects as CSV…. An import whose header names no
// company asks which column holds what (ProspectColumnsDialog); every import ends with what was
// added and what was skipped, by line.
class ProspectFileActions : public QObject {
    Q_OBJECT
public:
    ProspectFileActions(Workspace *workspace, QWidget *parent);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // Imports the file; the dialogs it needs are opened window-modal and the import goes on
    // when they are answered.
    void importFile(const QString &path);
    QString exportTo(const QString &path) const; // empty, or why it failed

Q_SIGNALS:
    void imported(const QStringList &companies);

private:
    void run(const QString &path, const QHash<int, QString> &columns);

    Workspace *m_workspace;
    QWidget *m_parent;
    QAction *m_import;
    QAction *m_export;
};

} // namespace clientele
