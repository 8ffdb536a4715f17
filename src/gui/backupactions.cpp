#include "clientele/gui/backupactions.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/storage/backupsnapshots.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace clientele {

namespace {

// "23 Nov 2026, 14:05 — before import" from "20261123-140512-123-before-import.clientele".
QString describeSnapshot(const QString &path)
{
    const BackupSnapshots::Description snapshot = BackupSnapshots::describe(path);
    return QStringLiteral("%1 \u2014 %2")
        .arg(QLocale().toString(snapshot.taken.toLocalTime(), QLocale::ShortFormat),
             snapshot.label.isEmpty() ? BackupActions::tr("snapshot") : snapshot.label);
}

} // namespace

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_restore(new QAction(tr("&Restore from Backup\u2026"), this))
    , m_checkDelay(new QTimer(this))
{
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(kCheckDelayMs);
    connect(m_checkDelay, &QTimer::timeout, this, &BackupActions::startCheck);
    m_restore->setToolTip(tr("Bring back the workspace as it was before an import or "
                             "an upgrade"));
    m_restore->setEnabled(false);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
}

void BackupActions::workspaceOpened()
{
    Workspace *workspace = m_window->workspace();
    m_restore->setEnabled(workspace && !workspace->file().isReadOnly() && !m_window->isSample());
    m_readFailure.clear();
    m_checkDelay->stop();
    if (!workspace)
        return;
    connect(workspace, &Workspace::readFailed, this, &BackupActions::onReadFailed);
    // The check reads every page of the file: it waits until the window has shown the
    // workspace, so that a large file opens as fast as a small one, and then runs aside.
    m_checkDelay->start();
}

void BackupActions::onReadFailed(const QString &message)
{
    m_readFailure = message;
    m_checkDelay->stop();
    startCheck();
}

void BackupActions::startCheck()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    const QString path = workspace->path();
    QPointer<BackupActions> self(this);
    QThread *thread = QThread::create([self, path] {
        const QStringList problems = BackupSnapshots::quickCheck(path);
        if (self)
            QMetaObject::invokeMethod(
                self, [self, path, problems] { self->onChecked(path, problems); },
                Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void BackupActions::onChecked(const QString &path, const QStringList &problems)
{
    Q_EMIT checked(problems);
    Workspace *workspace = m_window->workspace();
    if ((problems.isEmpty() && m_readFailure.isEmpty()) || !workspace || workspace->path() != path)
        return;
    const QStringList snapshots = BackupSnapshots::list(path);
    const QString name = QFileInfo(path).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Workspace Damaged"),
                    problems.isEmpty() ? tr("Part of \u201c%1\u201d could not be read.").arg(name)
                                       : tr("\u201c%1\u201d failed its integrity check.").arg(name),
                    QMessageBox::Ignore, m_window);
    box.setDetailedText(problems.isEmpty() ? m_readFailure : problems.join(QLatin1Char('\n')));
    QAbstractButton *restore = nullptr;
    if (snapshots.isEmpty()) {
        box.setInformativeText(tr("There is no backup to restore. Save a copy and "
                                  "check it with clientele-cli check."));
    } else {
        box.setInformativeText(tr("The newest backup is from %1. Restore it?")
                                   .arg(describeSnapshot(snapshots.front())));
        restore = box.addButton(tr("&Restore Newest Backup"), QMessageBox::AcceptRole);
    }
    box.exec();
    if (restore && box.clickedButton() == restore)
        restoreFrom(snapshots.front());
}

void BackupActions::chooseAndRestore()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    const QStringList snapshots = BackupSnapshots::list(workspace->path());
    if (snapshots.isEmpty()) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("There are no backups of this workspace yet. "
                                    "Clientele takes one before every import and "
                                    "every upgrade."));
        return;
    }
    QStringList labels;
    for (const QString &snapshot : snapshots)
        labels << describeSnapshot(snapshot);
    bool chosen = false;
    const QString label = QInputDialog::getItem(m_window, tr("Restore from Backup"),
                                                tr("Bring the workspace back to how it was at:"),
                                                labels, 0, false, &chosen);
    if (!chosen)
        return;
    const QString &snapshot = snapshots.at(labels.indexOf(label));
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace everything in this workspace with the backup from %1?\n\nThe "
           "workspace as it is now is kept as a backup first, so you can come back "
           "to it. Undo history is cleared.")
            .arg(label));
    if (answer == QMessageBox::Yes)
        restoreFrom(snapshot);
}

bool BackupActions::restoreFrom(const QString &snapshot)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return false;
    if (const Status restored = BackupSnapshots::restore(snapshot, workspace->file()); !restored) {
        QMessageBox::warning(m_window, tr("Restore from Backup"), restored.errorMessage());
        return false;
    }
    // The restored file may hold an older schema and other content: open it afresh.
    if (!m_window->reopenWorkspace())
        return false;
    m_window->statusBar()->showMessage(
        tr("Restored the backup from %1").arg(describeSnapshot(snapshot)), 8000);
    return true;
}

} // namespace clientele
