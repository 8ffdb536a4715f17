#include "clientele/gui/fileactions.h"

#include "clientele/core/workspace.h"
#include "clientele/domain/textlanguage.h"
#include "clientele/gui/mainwindow.h"
#include "icons.h"
#include "recentfiles.h"

#include "clientele/storage/locationcheck.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacelock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace clientele {

namespace {

const QString kFolderKey = QStringLiteral("lastFolder");
QString workspaceFilter()
{
    return FileActions::tr("Clientele workspaces (*.clientele);;All files (*)");
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// A save dialog that adds ".clientele" and asks before replacing a file.
QString askSavePath(QWidget *parent, const QString &title, const QString &suggested)
{
    QFileDialog dialog(parent, title, suggested, workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QString::fromLatin1(WorkspaceFile::kSuggestedSuffix));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

// Said once the window shows the workspace, so the warning sits over what it is about.
void warnAboutLocation(QWidget *window, const QString &path)
{
    const QString warning = riskyLocationWarning(path);
    if (warning.isEmpty())
        return;
    spdlog::warn("{}: {}", path.toStdString(), warning.toStdString());
    QTimer::singleShot(0, window, [window, warning] {
        QMessageBox::warning(window, FileActions::tr("Workspace location"), warning);
    });
}

// Says why the workspace cannot be edited and offers to open it read-only; true if taken.
bool offerReadOnly(QWidget *parent, const QString &why)
{
    QMessageBox ask(QMessageBox::Question, FileActions::tr("Open Workspace"), why,
                    QMessageBox::Cancel, parent);
    ask.setInformativeText(FileActions::tr("You can open it read-only to read, search and print it "
                                           "without changing anything."));
    QAbstractButton *readOnly =
        ask.addButton(FileActions::tr("Open &Read-Only"), QMessageBox::AcceptRole);
    ask.exec();
    return ask.clickedButton() == readOnly;
}

} // namespace

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_recent(new RecentFiles(this))
    , m_recentMenu(m_recent->createMenu(window))
{
    m_new = makeAction(QStringLiteral("document-new"), tr("&New Workspace\u2026"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_open = makeAction(QStringLiteral("document-open"), tr("&Open\u2026"), QKeySequence::Open);
    m_openSample = makeAction({}, tr("Open Sa&mple Workspace"), {});
    m_saveCopy =
        makeAction({}, tr("Save a &Copy\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_close = makeAction({}, tr("&Close Workspace"), QKeySequence::Close);
    m_quit = makeAction({}, tr("&Quit"), QKeySequence::Quit);
    m_new->setToolTip(tr("Create an empty workspace file (Ctrl+Shift+N)"));
    m_open->setToolTip(tr("Open a workspace file (Ctrl+O)"));
    m_quit->setMenuRole(QAction::QuitRole);

    connect(m_new, &QAction::triggered, this, &FileActions::newWorkspace);
    connect(m_open, &QAction::triggered, this, &FileActions::open);
    connect(m_openSample, &QAction::triggered, this, &FileActions::openSample);
    connect(m_saveCopy, &QAction::triggered, this, &FileActions::saveCopy);
    connect(m_close, &QAction::triggered, window, &MainWindow::closeWorkspace);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_recent, &RecentFiles::openRequested, this, &FileActions::openPath);
    updateActions();
}

FileActions::~FileActions() = default;

QAction *FileActions::makeAction(const QString &icon, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
    action->setShortcut(key);
    return action;
}

void FileActions::updateActions()
{
    const bool open = m_window->workspace() != nullptr;
    m_saveCopy->setEnabled(open);
    m_close->setEnabled(open);
}

QString FileActions::startFolder() const
{
    QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileActions::newWorkspace()
{
    const QString path = askSavePath(m_window, tr("New Workspace"),
                                     QDir(startFolder()).filePath(tr("Clients.clientele")));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    if (m_window->workspace() && sameFile(path, m_window->workspace()->path())) {
        QMessageBox::warning(m_window, tr("New Workspace"),
                             tr("\u201c%1\u201d is the workspace open now. Choose "
                                "another name for the new one.")
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    // The dialog has asked before replacing; the old file goes to the trash where possible.
    if (QFileInfo::exists(path) && !QFile::moveToTrash(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_window, tr("New Workspace"),
                             tr("Could not replace \u201c%1\u201d.").arg(path));
        return;
    }
    auto created = Workspace::create(path, documentLanguageFor(QLocale()));
    if (!created) {
        QMessageBox::warning(m_window, tr("New Workspace"), created.errorMessage());
        return;
    }
    spdlog::info("created workspace {}", path.toStdString());
    auto lock = WorkspaceLock::acquire(path);
    m_window->setWorkspace(std::move(*created), MainWindow::Origin::File,
                           lock ? std::move(*lock) : nullptr);
    m_recent->add(path);
    warnAboutLocation(m_window, path);
}

void FileActions::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Workspace"), startFolder(),
                                                      workspaceFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    openPath(path);
}

bool FileActions::openPath(const QString &path)
{
    if (m_window->workspace() && sameFile(path, m_window->workspace()->path()))
        return true;
    // A read-only file or folder, or someone else editing the file: offer to look without
    // changing anything.
    auto access = WorkspaceFile::Access::ReadWrite;
    std::unique_ptr<WorkspaceLock> lock;
    if (const QString readOnly = WorkspaceFile::readOnlyReason(path);
        QFileInfo::exists(path) && !readOnly.isEmpty()) {
        if (!offerReadOnly(m_window, readOnly))
            return false;
        access = WorkspaceFile::Access::ReadOnly;
    } else if (auto acquired = WorkspaceLock::acquire(path); acquired) {
        lock = std::move(*acquired);
    } else {
        if (!offerReadOnly(m_window, acquired.errorMessage()))
            return false;
        access = WorkspaceFile::Access::ReadOnly;
    }
    auto opened = Workspace::open(path, access);
    if (!opened) {
        spdlog::warn("could not open {}: {}", path.toStdString(),
                     opened.errorMessage().toStdString());
        QMessageBox box(QMessageBox::Warning, tr("Open Workspace"),
                        tr("Could not open \u201c%1\u201d.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(opened.errorMessage());
        box.setDetailedText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        box.exec();
        return false;
    }
    m_window->setWorkspace(std::move(*opened), MainWindow::Origin::File, std::move(lock));
    m_recent->add(path);
    warnAboutLocation(m_window, path);
    return true;
}

bool FileActions::openSample()
{
    auto folder = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("clientele-sample-XXXXXX")));
    const QString path = folder->filePath(QStringLiteral("Sample.clientele"));
    const Status written = folder->isValid() ? writeSampleWorkspace(path) : Status(Error{});
    auto opened =
        written ? Workspace::open(path) : Result<std::unique_ptr<Workspace>>(written.error());
    if (!folder->isValid() || !opened) {
        QMessageBox::warning(m_window, tr("Sample Workspace"),
                             tr("Could not create the sample workspace in %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(QDir::tempPath()),
                                      opened ? QString() : opened.errorMessage()));
        return false;
    }
    m_window->setWorkspace(std::move(*opened), MainWindow::Origin::Sample);
    // The previous sample's folder goes only now, after its workspace has been closed.
    m_sampleFolder = std::move(folder);
    return true;
}

void FileActions::saveCopy()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    //: The file name suggested for a copy of a workspace.
    const QString suggested =
        m_window->isSample()
            ? tr("Sample.clientele")
            : tr("%1 copy.clientele").arg(QFileInfo(workspace->path()).completeBaseName());
    const QString path =
        askSavePath(m_window, tr("Save a Copy"), QDir(startFolder()).filePath(suggested));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    const Status copied = workspace->file().saveCopy(path);
    if (!copied) {
        QMessageBox::warning(m_window, tr("Save a Copy"), copied.errorMessage());
        return;
    }
    m_recent->add(path);
    // The sample lives in a temporary folder: carry on in the kept copy so nothing is lost.
    if (m_window->isSample() && openPath(path)) {
        m_window->statusBar()->showMessage(
            tr("Saved the sample as %1; you are now working in that file.")
                .arg(QDir::toNativeSeparators(path)),
            8000);
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                                       8000);
}

} // namespace clientele
