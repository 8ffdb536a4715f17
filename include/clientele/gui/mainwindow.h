#pragma once

#include "clientele/gui/sectionpages.h"
#include "clientele/storage/workspacelock.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace clientele {

class BackupActions;
class EditActions;
class FileActions;
class ImportActions;
class PrintActions;
class SectionPage;
class UserGuideDialog;
class Sidebar;
class StartPage;
class TeamActions;
class Workspace;

// The one window: a sidebar of the workspace's sections, the section's page, menus, toolbar
// and status bar. The work is done by the pages and by the action handlers (FileActions,
// EditActions, PrintActions); this class puts them together and follows the open workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Origin { File, Sample };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `workspace` in place of the one open now, which is closed. `lock` marks the file
    // as being edited here for as long as it stays open.
    void setWorkspace(std::unique_ptr<Workspace> workspace, Origin origin = Origin::File,
                      std::unique_ptr<WorkspaceLock> lock = {});
    void closeWorkspace();
    // Closes and opens the current file again, keeping its lock, the section shown and the item
    // selected in it (after a restore, or when a sync brought the team's changes).
    bool reopenWorkspace();
    BackupActions *backupActions() const { return m_backupActions; }
    Workspace *workspace() const { return m_workspace.get(); }
    bool isSample() const { return m_origin == Origin::Sample; }

    // The workspace's pages, each built the first time it is shown or asked for.
    SectionPages *sections() const { return m_sections; }
    // The section whose page is a `Page`, or -1.
    template <typename Page> int sectionOf() const
    {
        return m_sections->indexOf(Page::staticMetaObject);
    }
    // The `Page` of the open workspace, built now if it has not been shown yet.
    template <typename Page> Page *page()
    {
        return qobject_cast<Page *>(m_sections->page(sectionOf<Page>()));
    }
    // The `Page` only if it has been built: nothing to ask a page that was never shown.
    template <typename Page> Page *builtPage() const
    {
        return qobject_cast<Page *>(m_sections->builtPage(sectionOf<Page>()));
    }
    // Shows the `Page`'s section and returns the page.
    template <typename Page> Page *showPage()
    {
        showSection(sectionOf<Page>());
        return builtPage<Page>();
    }
    SectionPage *currentPage() const;
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    PrintActions *printActions() const { return m_printActions; }
    ImportActions *importActions() const { return m_importActions; }
    TeamActions *teamActions() const { return m_teamActions; }
    void showSection(int section);

    // Restores the size, position and toolbar layout the user left the window in.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void dropPages();
    // Built when first needed: a start with a workspace never shows it.
    void showStartPage();
    void updateTitle();
    void updateStatus();
    // The right of the status bar: what happens to the changes made here.
    void showSaveState();
    void onWriteFailed(const QString &message);
    // Edit ▸ History of This Item: the selected item's history, or a word on the status bar
    // saying what to select.
    void showItemHistory();
    // Help ▸ Keyboard Shortcuts, read from the actions as they are now.
    void showKeyboardShortcuts();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceLock> m_lock;
    Origin m_origin = Origin::File;
    bool m_lastChangeFailed = false;
    FileActions *m_fileActions;
    EditActions *m_editActions;
    PrintActions *m_printActions;
    BackupActions *m_backupActions;
    ImportActions *m_importActions = nullptr;
    TeamActions *m_teamActions;
    QStackedWidget *m_central;
    StartPage *m_start = nullptr;
    UserGuideDialog *m_guide = nullptr;
    QWidget *m_workspaceView;
    Sidebar *m_sidebar;
    QStackedWidget *m_pages;
    SectionPages *m_sections;
    QMenu *m_pageMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toggleSidebar = nullptr;
    QList<QAction *> m_sectionActions;
    QLabel *m_pathLabel;
    QLabel *m_stateLabel;
};

} // namespace clientele
