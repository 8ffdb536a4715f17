#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace clientele {

class PagedDocument;
class SectionPage;

// Print Preview, Print and Export PDF of whatever the current section page offers (the profile
// being edited, the chart, a proposal), so paper, screen and PDF show the same document.
class PrintActions : public QObject {
    Q_OBJECT
public:
    explicit PrintActions(QWidget *window);
    ~PrintActions() override;

    // The page whose document the actions print; none when no workspace is open.
    void setPage(SectionPage *page);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    // Writes the current page's document to `path`; the message is empty on success.
    QString exportPdfTo(const QString &path);

    // Print and Export PDF of another document a page offers (a prospect's fit sheet), with
    // the same dialogs, remembered folder and messages. `make` sets the document once the file
    // is chosen; nothing when it has none.
    void printDocument(const PagedDocument &document);
    void exportDocument(const QString &fileName,
                        const std::function<std::optional<PagedDocument>()> &make);
    // Export PDF of a PDF kept from earlier (a review pack), written unchanged; the file dialog
    // opens over `parent` (the window when null).
    void exportPdfBytes(const QString &fileName, const QByteArray &pdf, QWidget *parent = nullptr);

public Q_SLOTS:
    void printPreview();
    void print();
    void exportPdf();
    void updateActions();

private:
    std::optional<PagedDocument> document() const;
    QString suggestedName() const;
    QString write(const std::optional<PagedDocument> &document, const QString &path);
    // Asks where to save `fileName`, in the folder last used, then writes it with `writeTo`,
    // which returns what went wrong, or nothing.
    void exportWith(const QString &fileName, QWidget *parent,
                    const std::function<QString(const QString &path)> &writeTo);

    QWidget *m_window;
    QPointer<SectionPage> m_page;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_exportPdf;
};

} // namespace clientele
