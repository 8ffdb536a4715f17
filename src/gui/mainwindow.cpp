#include "clientele/gui/mainwindow.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/backupactions.h"
#include "clientele/gui/editactions.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/historydialog.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/listeditorpage.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/sectionpage.h"
#include "clientele/gui/settingsdialog.h"
#include "clientele/gui/sidebar.h"
#include "clientele/gui/teamactions.h"
#include "clientele/gui/theme.h"
#include "clientele/gui/userguidedialog.h"
#include "clientele/storage/workspacelock.h"
#include "icons.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "themecolours.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <utility>

namespace clientele {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSidebarKey = QStringLiteral("mainWindow/sidebarVisible");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fileActions(new FileActions(this))
    , m_editActions(new EditActions(this))
    , m_printActions(new PrintActions(this))
    , m_backupActions(new BackupActions(this))
    , m_teamActions(new TeamActions(this))
    , m_central(new QStackedWidget(this))
    , m_workspaceView(new QWidget(this))
    , m_sidebar(new Sidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_sections(new SectionPages(m_pages, m_sidebar, this))
    , m_pathLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    applyTheme(savedTheme());

    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    auto *layout = new QHBoxLayout(m_workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    m_central->addWidget(m_workspaceView);
    setCentralWidget(m_central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    connect(m_editActions, &EditActions::findRequested, this, [this] {
        if (SectionPage *page = currentPage())
            page->focusSearch();
    });
    connect(m_editActions, &EditActions::historyRequested, this, &MainWindow::showItemHistory);

    buildToolBar();
    buildMenus();
    buildStatusBar();
    resize(1240, 820);
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    // The pages refer to the workspace: they go first, then the workspace, then its lock.
    dropPages();
    m_workspace.reset();
    m_lock.reset();
}

void MainWindow::dropPages()
{
    m_printActions->setPage(nullptr);
    m_editActions->setUndoStack(nullptr);
    m_pageMenu->clear();
    m_sections->setWorkspace(nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fileActions->newAction());
    file->addAction(m_fileActions->openAction());
    file->addMenu(m_fileActions->recentMenu());
    file->addAction(m_fileActions->openSampleAction());
    file->addSeparator();
    file->addAction(m_fileActions->saveCopyAction());
    file->addAction(m_backupActions->restoreAction());
    m_importActions = new ImportActions(this);
    file->addMenu(m_importActions->menu());
    file->addMenu(m_teamActions->menu());
    QAction *settings = file->addAction(tr("Workspace &Settings\u2026"));
    settings->setObjectName(QStringLiteral("workspaceSettingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(file, &QMenu::aboutToShow, settings, [this, settings] {
        settings->setEnabled(m_workspace && !m_workspace->file().isReadOnly());
    });
    connect(settings, &QAction::triggered, this, [this] {
        if (m_workspace && !m_workspace->file().isReadOnly())
            SettingsDialog(m_workspace.get(), this).exec();
    });
    file->addSeparator();
    file->addAction(m_printActions->printPreviewAction());
    file->addAction(m_printActions->printAction());
    file->addAction(m_printActions->exportPdfAction());
    file->addSeparator();
    file->addAction(m_fileActions->closeAction());
    file->addAction(m_fileActions->quitAction());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editActions->undoAction());
    edit->addAction(m_editActions->redoAction());
    edit->addSeparator();
    edit->addAction(m_editActions->cutAction());
    edit->addAction(m_editActions->copyAction());
    edit->addAction(m_editActions->pasteAction());
    edit->addAction(m_editActions->deleteAction());
    edit->addAction(m_editActions->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_editActions->findAction());
    edit->addAction(m_editActions->historyAction());

    // Holds the current section's own actions, under the section's name.
    m_pageMenu = menuBar()->addMenu(tr("&Page"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_toggleSidebar = view->addAction(themedIcon(QStringLiteral("sidebar")), tr("Show &Sidebar"));
    m_toggleSidebar->setCheckable(true);
    m_toggleSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_toggleSidebar->setChecked(QSettings().value(kSidebarKey, true).toBool());
    m_sidebar->setVisible(m_toggleSidebar->isChecked());
    connect(m_toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    view->addSeparator();
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QAction *go = view->addAction(m_sidebar->item(row)->icon(),
                                      QStringLiteral("&%1").arg(m_sidebar->item(row)->text()));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] { showSection(row); });
        m_sectionActions.append(go);
    }
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());
    view->addSeparator();
    view->addMenu(createThemeMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        if (!m_guide)
            m_guide = new UserGuideDialog(this);
        m_guide->show();
        m_guide->raise();
        m_guide->activateWindow();
    });
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Clientele"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Clientele"),
                           tr("<h3>Clientele %1</h3><p>A workbench for ideal customer profiles: "
                              "the ICP chart, the written profile, offers and proposals.</p>"
                              "<p>Every workspace is one file on this computer; every change is "
                              "saved as you make it and can be undone.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_fileActions->newAction());
    bar->addAction(m_fileActions->openAction());
    bar->addSeparator();
    bar->addAction(m_editActions->undoAction());
    bar->addAction(m_editActions->redoAction());
    bar->addSeparator();
    bar->addAction(m_printActions->printPreviewAction());
    bar->addAction(m_printActions->exportPdfAction());
    m_toolBar = bar;
}

void MainWindow::buildStatusBar()
{
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("Workspace file"));
    m_stateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_stateLabel->setAccessibleName(tr("Save state"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_teamActions->statusLabel());
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace, Origin origin,
                              std::unique_ptr<WorkspaceLock> lock)
{
    // The old pages refer to the old workspace, so they go first.
    dropPages();
    m_workspace = std::move(workspace);
    // Released only after the file it guards has been closed.
    m_lock = std::move(lock);
    m_origin = origin;
    m_lastChangeFailed = false;
    m_fileActions->updateActions();
    m_backupActions->workspaceOpened();
    m_pageMenu->menuAction()->setVisible(m_workspace != nullptr);
    if (!m_workspace) {
        // Not while the window is being set up: most starts open a workspace before showing.
        if (isVisible())
            showStartPage();
        updateTitle();
        updateStatus();
        m_teamActions->workspaceOpened();
        return;
    }

    m_workspace->setAuthor(QSettings().value(kAuthorKey).toString());
    m_sections->setWorkspace(m_workspace.get());
    m_editActions->setUndoStack(m_workspace->undoStack());

    connect(m_workspace.get(), &Workspace::saved, this, [this] {
        // An edit on one page can change what another, not yet built, would count.
        m_sections->recount();
        m_lastChangeFailed = false;
        showSaveState();
    });
    // Shown once the failed step has unwound, never from inside it.
    connect(m_workspace.get(), &Workspace::writeFailed, this, &MainWindow::onWriteFailed,
            Qt::QueuedConnection);

    m_central->setCurrentWidget(m_workspaceView);
    showSection(qMax(0, m_sidebar->currentRow()));
    updateTitle();
    updateStatus();
    m_teamActions->workspaceOpened();
}

void MainWindow::showStartPage()
{
    if (!m_start) {
        m_start = new StartPage(this);
        m_central->addWidget(m_start);
    }
    m_start->refresh();
    m_central->setCurrentWidget(m_start);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_workspace && m_central->currentWidget() != m_start)
        showStartPage();
    QMainWindow::showEvent(event);
}

void MainWindow::closeWorkspace()
{
    setWorkspace(nullptr);
}

bool MainWindow::reopenWorkspace()
{
    if (!m_workspace)
        return false;
    const QString path = m_workspace->path();
    const Origin origin = m_origin;
    const int section = m_sidebar->currentRow();
    const auto *list = qobject_cast<ListEditorPage *>(currentPage());
    const qint64 selected = list ? list->currentItemId() : 0;
    const auto access = m_workspace->file().isReadOnly() ? WorkspaceFile::Access::ReadOnly
                                                         : WorkspaceFile::Access::ReadWrite;
    // The lock stays ours while the file is closed and opened again.
    std::unique_ptr<WorkspaceLock> lock = std::move(m_lock);
    setWorkspace(nullptr);
    auto reopened = Workspace::open(path, access);
    if (!reopened) {
        QMessageBox::warning(this, tr("Open Workspace"), reopened.errorMessage());
        return false;
    }
    setWorkspace(std::move(*reopened), origin, std::move(lock));
    showSection(section);
    if (auto *page = qobject_cast<ListEditorPage *>(currentPage()); page && selected != 0)
        page->selectItem(selected);
    return true;
}

void MainWindow::showSection(int section)
{
    SectionPage *page = m_sections->page(section);
    if (!page)
        return;
    if (m_sidebar->currentRow() != section)
        m_sidebar->setCurrentRow(section);
    m_pages->setCurrentWidget(page);
    m_printActions->setPage(page);
    m_pageMenu->clear();
    m_pageMenu->setTitle(page->menuTitle());
    m_pageMenu->addActions(page->pageActions());
    m_pageMenu->menuAction()->setVisible(!page->pageActions().isEmpty());
}

void MainWindow::showKeyboardShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (QAction *entry : menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        if (menu != m_pageMenu) {
            groups.append({ShortcutsDialog::plainText(menu->title()),
                           ShortcutsDialog::entriesOf(menu->actions())});
            continue;
        }
        // Each section's own menu, whichever page is shown now.
        for (int section = 0; m_workspace && section < m_sections->size(); ++section)
            if (SectionPage *page = m_sections->page(section))
                groups.append({m_sections->entry(section).title,
                               ShortcutsDialog::entriesOf(page->pageActions())});
    }
    // The lists inside the editors share one set of keys; read from one of them.
    QList<ShortcutsDialog::Entry> lists;
    const std::pair<const char *, QString> listKeys[] = {
        {"addEntryAction", tr("Add an entry")},
        {"removeEntryAction", tr("Remove the entry")},
        {"moveEntryUpAction", tr("Move the entry up")},
        {"moveEntryDownAction", tr("Move the entry down")},
        {"exclusionRuleAction", tr("Give a \u201cnot our customer\u201d entry a rule")},
    };
    for (const auto &[name, what] : listKeys)
        if (const auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            lists.append({what, ShortcutsDialog::keysOf(action)});
    groups.append({tr("Lists in an editor"), lists});
    groups.append(ShortcutsDialog::tableKeys());

    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showItemHistory()
{
    SectionPage *page = currentPage();
    const auto item = page && m_workspace ? page->historyItem() : std::nullopt;
    if (!item) {
        statusBar()->showMessage(tr("Select a profile, chart client, offer or "
                                    "proposal to see its history."),
                                 5000);
        return;
    }
    auto *dialog = new HistoryDialog(m_workspace.get(), *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the workspace: it goes with it.
    connect(m_workspace.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

SectionPage *MainWindow::currentPage() const
{
    return qobject_cast<SectionPage *>(m_pages->currentWidget());
}

void MainWindow::updateTitle()
{
    if (!m_workspace)
        setWindowTitle(tr("Clientele"));
    else if (isSample())
        setWindowTitle(tr("Sample workspace \u2014 Clientele"));
    else
        setWindowTitle((m_workspace->file().isReadOnly() ? tr("%1 (read only) \u2014 Clientele")
                                                         : tr("%1 \u2014 Clientele"))
                           .arg(QFileInfo(m_workspace->path()).fileName()));
}

void MainWindow::updateStatus()
{
    m_stateLabel->setStyleSheet({});
    if (!m_workspace) {
        m_pathLabel->clear();
        m_stateLabel->clear();
        m_stateLabel->hide();
        return;
    }
    if (isSample()) {
        m_pathLabel->setText(tr("Sample workspace: your changes last until you close it; "
                                "File \u25b8 Save a Copy\u2026 keeps them."));
        m_pathLabel->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
    } else {
        m_pathLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
        m_pathLabel->setToolTip({});
    }
    showSaveState();
}

void MainWindow::showSaveState()
{
    m_stateLabel->setStyleSheet({});
    if (m_lastChangeFailed) {
        m_stateLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: 600;").arg(problemColour(palette()).name()));
        m_stateLabel->setText(tr("Last change not saved"));
    } else if (m_workspace->file().isReadOnly())
        m_stateLabel->setText(tr("Read only"));
    else
        m_stateLabel->setText(tr("All changes saved"));
    // The sample's file goes when it closes, so nothing there is saved; the path label says
    // what happens to its changes instead.
    m_stateLabel->setVisible(m_lastChangeFailed || !isSample());
}

void MainWindow::onWriteFailed(const QString &message)
{
    m_lastChangeFailed = true;
    showSaveState();
    QMessageBox box(QMessageBox::Critical, tr("Change not saved"),
                    tr("Clientele could not save your last change, so it was not "
                       "kept."),
                    QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The warning colour of a failed save follows a change of theme.
    if (event->type() == QEvent::PaletteChange && m_workspace && m_lastChangeFailed)
        showSaveState();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSidebarKey, m_toggleSidebar->isChecked());
    // Nothing to save: every change is already in the file.
    event->accept();
}

} // namespace clientele
