#include "clientele/gui/printactions.h"

#include "clientele/gui/sectionpage.h"
#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"
#include "icons.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace clientele {

namespace {

const QString kPdfFolderKey = QStringLiteral("lastPdfFolder");

} // namespace

PrintActions::PrintActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_preview(new QAction(themedIcon(QStringLiteral("document-print-preview")),
                            tr("Print Pre&view\u2026"), this))
    , m_print(new QAction(themedIcon(QStringLiteral("document-print")), tr("&Print\u2026"), this))
    , m_exportPdf(
          new QAction(themedIcon(QStringLiteral("export-pdf")), tr("&Export PDF\u2026"), this))
{
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_preview, &QAction::triggered, this, &PrintActions::printPreview);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_exportPdf, &QAction::triggered, this, &PrintActions::exportPdf);
    updateActions();
}

PrintActions::~PrintActions() = default;

void PrintActions::setPage(SectionPage *page)
{
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (page)
        connect(page, &SectionPage::documentChanged, this, &PrintActions::updateActions);
    updateActions();
}

void PrintActions::updateActions()
{
    const bool ready = m_page && m_page->hasDocument();
    const QString what = m_page ? m_page->documentDescription() : tr("the page");
    for (QAction *action : {m_preview, m_print, m_exportPdf})
        action->setEnabled(ready);
    //: %1 says what the page prints, as SectionPage::documentDescription() words it: "the ICP
    //: chart", "the profile".
    m_preview->setToolTip(tr("Preview %1 as printed (Ctrl+Shift+P)").arg(what));
    m_print->setToolTip(tr("Print %1 (Ctrl+P)").arg(what));
    m_exportPdf->setToolTip(tr("Save %1 as PDF (Ctrl+E)").arg(what));
}

std::optional<PagedDocument> PrintActions::document() const
{
    if (!m_page)
        return std::nullopt;
    return m_page->document();
}

QString PrintActions::suggestedName() const
{
    return m_page ? m_page->documentFileName() : tr("Document.pdf");
}

void PrintActions::printPreview()
{
    auto doc = document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview \u2014 %1").arg(doc->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *target) {
        if (auto painted = doc->paint(target); !painted)
            spdlog::error("print preview failed: {}", painted.errorMessage().toStdString());
    });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void PrintActions::print()
{
    if (auto doc = document())
        printDocument(*doc);
}

void PrintActions::printDocument(const PagedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print \u2014 %1").arg(document.title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = document.paint(&printer); !painted)
        QMessageBox::warning(m_window, tr("Print"), painted.errorMessage());
}

void PrintActions::exportPdf()
{
    // Asked without typesetting: the document is set once the file is chosen.
    if (!m_page)
        return;
    if (const auto kept = m_page->keptPdf())
        exportPdfBytes(suggestedName(), *kept);
    else if (m_page->hasDocument())
        exportDocument(suggestedName(), [this] { return document(); });
}

void PrintActions::exportDocument(const QString &fileName,
                                  const std::function<std::optional<PagedDocument>()> &make)
{
    exportWith(fileName, m_window, [&](const QString &path) { return write(make(), path); });
}

void PrintActions::exportPdfBytes(const QString &fileName, const QByteArray &pdf, QWidget *parent)
{
    exportWith(fileName, parent ? parent : m_window, [&](const QString &path) {
        const Status written = writePdfFile(pdf, path);
        if (!written)
            spdlog::error("PDF export to {} failed: {}", path.toStdString(),
                          written.errorMessage().toStdString());
        return written.errorMessage();
    });
}

void PrintActions::exportWith(const QString &fileName, QWidget *parent,
                              const std::function<QString(const QString &)> &writeTo)
{
    QString folder = QSettings().value(kPdfFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(parent, tr("Export PDF"), QDir(folder).filePath(fileName),
                       tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(kPdfFolderKey, QFileInfo(path).absolutePath());
    if (const QString problem = writeTo(path); !problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Export PDF"), problem);
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString PrintActions::exportPdfTo(const QString &path)
{
    if (const auto kept = m_page ? m_page->keptPdf() : std::nullopt)
        return writePdfFile(*kept, path).errorMessage();
    return write(document(), path);
}

QString PrintActions::write(const std::optional<PagedDocument> &doc, const QString &path)
{
    if (!doc)
        return tr("There is nothing to export on this page.");
    const Status written = clientele::exportPdf(*doc, path);
    if (!written)
        spdlog::error("PDF export to {} failed: {}", path.toStdString(),
                      written.errorMessage().toStdString());
    return written.errorMessage();
}

} // namespace clientele
