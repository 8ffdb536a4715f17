#include "clientele/gui/importactions.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/customerspage.h"
#include "clientele/gui/importreportdialog.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/storage/import/columnmapping.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace clientele {

namespace {

const QString kFolderKey = QStringLiteral("import/lastFolder");

QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" ? path : QString();
}

} // namespace

ImportActions::ImportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Import"), window))
    , m_invoices(new QAction(tr("&Invoices\u2026"), this))
    , m_contacts(new QAction(tr("&Contacts\u2026"), this))
{
    setObjectName(QStringLiteral("importActions"));
    m_invoices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_invoices->setToolTip(tr("Import a sales invoice export from Xero, Odoo or "
                              "another CSV (Ctrl+Shift+I)"));
    m_contacts->setToolTip(tr("Import a contacts export from Xero, Odoo or another "
                              "CSV for names and locations"));
    m_menu->addAction(m_invoices);
    m_menu->addAction(m_contacts);
    // Shortcuts work while the File menu is closed.
    window->addAction(m_invoices);
    window->addAction(m_contacts);
    connect(m_invoices, &QAction::triggered, this, &ImportActions::importInvoices);
    connect(m_contacts, &QAction::triggered, this, &ImportActions::importContacts);
    connect(m_menu, &QMenu::aboutToShow, this, &ImportActions::updateActions);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ImportActions::updateActions()
{
    Workspace *workspace = m_window->workspace();
    const bool writable = workspace && !workspace->file().isReadOnly();
    m_invoices->setEnabled(writable && !m_running);
    m_contacts->setEnabled(writable && !m_running);
}

bool ImportActions::canImport()
{
    if (m_running)
        return false;
    Workspace *workspace = m_window->workspace();
    if (!workspace) {
        QMessageBox::information(m_window, tr("Import"),
                                 tr("Open or create a workspace first; the import "
                                    "goes into it."));
        return false;
    }
    if (workspace->file().isReadOnly()) {
        QMessageBox::information(m_window, tr("Import"),
                                 tr("This workspace is open read-only, so nothing "
                                    "can be imported into it."));
        return false;
    }
    return true;
}

void ImportActions::importInvoices()
{
    choose(ImportReport::Kind::Invoices);
}

void ImportActions::importContacts()
{
    choose(ImportReport::Kind::Contacts);
}

void ImportActions::choose(ImportReport::Kind kind)
{
    if (!canImport())
        return;
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const bool invoices = kind == ImportReport::Kind::Invoices;
    const QString path = QFileDialog::getOpenFileName(
        m_window, invoices ? tr("Import Invoices") : tr("Import Contacts"), folder,
        tr("CSV exports (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    importFile(path, kind);
}

std::optional<ImportReport::Kind> ImportActions::kindOf(const QString &csvPath)
{
    const ImportPreview preview = readImportPreview(csvPath, ImportReport::Kind::Invoices, 1);
    const ColumnMapping mapping = recogniseHeader(preview.header);
    if (mapping.format == ImportFormat::Unknown)
        return std::nullopt;
    return mapping.isContactFormat() ? ImportReport::Kind::Contacts : ImportReport::Kind::Invoices;
}

void ImportActions::dropped(const QString &path)
{
    if (!canImport())
        return;
    std::optional<ImportReport::Kind> kind = kindOf(path);
    if (!kind) {
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("What does \u201C%1\u201D hold?").arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, m_window);
        QPushButton *invoices = box.addButton(tr("&Invoices"), QMessageBox::AcceptRole);
        QPushButton *contacts = box.addButton(tr("C&ontacts"), QMessageBox::AcceptRole);
        box.setDefaultButton(invoices);
        box.exec();
        if (box.clickedButton() == invoices)
            kind = ImportReport::Kind::Invoices;
        else if (box.clickedButton() == contacts)
            kind = ImportReport::Kind::Contacts;
        else
            return;
    }
    importFile(path, *kind);
}

ImportReport ImportActions::importFile(const QString &csvPath, ImportReport::Kind kind)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || m_running)
        return {};
    m_running = true;
    updateActions();
    ImportFlow flow(kind, workspace->path(), m_window);
    if (m_questions)
        flow.setQuestions(*m_questions);
    m_window->statusBar()->showMessage(tr("Importing %1\u2026").arg(QFileInfo(csvPath).fileName()));
    ImportReport report = flow.run(csvPath);
    m_running = false;
    updateActions();
    if (!report.committed()) {
        m_window->statusBar()->showMessage(report.outcome == ImportReport::Outcome::Cancelled
                                               ? tr("Import cancelled; nothing was imported.")
                                               : tr("Nothing was imported."),
                                           10000);
        return report;
    }
    m_window->statusBar()->showMessage(importSummary(report));
    // A Customers page not yet shown reads the new rows when it is built.
    if (auto *customers = m_window->builtPage<CustomersPage>())
        customers->reload();
    m_window->sections()->recount();
    Q_EMIT imported(report);
    const ImportQuestions questions =
        m_questions ? *m_questions : ImportFlow::dialogQuestions(m_window);
    if (questions.imported && questions.imported(report, workspace->chart()->chart().currency()))
        m_window->showPage<CustomersPage>();
    return report;
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (m_window->workspace() && !droppedCsv(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedCsv(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            // Not from inside the drop: the import runs its own event loop and dialogs.
            QMetaObject::invokeMethod(
                this, [this, path] { dropped(path); }, Qt::QueuedConnection);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clientele
