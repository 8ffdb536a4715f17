#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QTemporaryDir;

namespace clientele {

class MainWindow;
class RecentFiles;

// File menu work: new, open (also from the recent list), the built-in sample, save a copy,
// close and quit. Problems are told in a message box and leave the open workspace as it was.
class FileActions : public QObject {
    Q_OBJECT
public:
    explicit FileActions(MainWindow *window);
    ~FileActions() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openSampleAction() const { return m_openSample; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *closeAction() const { return m_close; }
    QAction *quitAction() const { return m_quit; }
    QMenu *recentMenu() const { return m_recentMenu; }
    RecentFiles *recentFiles() const { return m_recent; }

    // Opens the file in the window; on failure says why and returns false.
    bool openPath(const QString &path);
    // Creates the sample in a private temporary folder and opens it.
    bool openSample();
    void updateActions();

public Q_SLOTS:
    void newWorkspace();
    void open();
    void saveCopy();

private:
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &key);
    QString startFolder() const;

    MainWindow *m_window;
    RecentFiles *m_recent;
    QMenu *m_recentMenu;
    std::unique_ptr<QTemporaryDir> m_sampleFolder;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openSample;
    QAction *m_saveCopy;
    QAction *m_close;
    QAction *m_quit;
};

} // namespace clientele
