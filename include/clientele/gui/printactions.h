#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace clientele {

class PagedDocument;
class ProfilesPage;
class Workspace;

// Print Preview, Print and Export PDF for the profile being edited, drawn by the render
// library's profile printout, so paper, screen and PDF show the same document.
class PrintActions : public QObject {
    Q_OBJECT
public:
    explicit PrintActions(QWidget *window);
    ~PrintActions() override;

    void setContext(Workspace *workspace, ProfilesPage *page);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    // Writes the current profile's printout to `path`; the message is empty on success.
    QString exportPdfTo(const QString &path);

public Q_SLOTS:
    void printPreview();
    void print();
    void exportPdf();
    void updateActions();

private:
    std::optional<PagedDocument> document() const;
    QString suggestedName() const;

    QWidget *m_window;
    QPointer<Workspace> m_workspace;
    QPointer<ProfilesPage> m_page;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_exportPdf;
};

} // namespace clientele
