#pragma once

#include "clientele/domain/result.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/documentstyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QPicture>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace clientele {

class TableRows;

// A typeset body framed as pages: the consultancy's name as the header, the document's title,
// date and "Page n of m" as the footer. Every document (profile printout, ICP chart, proposal)
// fills the body and lets this paint it on a PDF writer or a printer alike.
class PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(clientele::PagedDocument)

public:
    explicit PagedDocument(const WorkspaceSettings &settings,
                           QPageLayout::Orientation orientation = QPageLayout::Portrait);
    PagedDocument(PagedDocument &&) noexcept;
    PagedDocument &operator=(PagedDocument &&) noexcept;
    ~PagedDocument();

    // The paper from the workspace settings (A4 unless "Letter") with the margins documents use.
    static QPageLayout pageLayoutFor(const WorkspaceSettings &settings,
                                     QPageLayout::Orientation orientation);

    // Styled by style(); set its HTML after construction.
    QTextDocument *body() const { return m_body.get(); }
    const DocumentStyle &style() const { return m_style; }

    // Typesets the body's simple tables (one paragraph per cell) row by row, after its HTML is
    // set: a row never splits across pages, each page a table goes on to starts with its head
    // rows, and long tables print as fast as plain text.
    void typesetTableRows();
    // Every title (heading level 1) after the first starts a page of its own: one document
    // holding several profiles or prospects prints each on fresh paper.
    void startPageAtEachTitle();
    // Registers a figure recorded as shapes and text; an <img> in the body whose src is the
    // returned name shows it, at the tag's width and height, sharp at any size.
    QString addFigure(const QPicture &picture);
    // The body's text; the cells of typeset rows are separated by tabs.
    QString plainText() const;

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    // The consultancy: printed in the header, recorded as the PDF's author.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }
    QPageLayout pageLayout() const { return m_pageLayout; }
    void setPageLayout(const QPageLayout &layout) { m_pageLayout = layout; }

    // Lays the body out for the device's resolution and paints every page onto it, starting
    // on its current page. Returns the number of pages painted.
    Result<int> paint(QPagedPaintDevice *device) const;

private:
    std::unique_ptr<QTextDocument> m_body;
    std::unique_ptr<TableRows> m_rows;
    QList<QPicture> m_figures;
    DocumentStyle m_style;
    QString m_title;
    QString m_subject;
    QString m_author;
    QDate m_date;
    QPageLayout m_pageLayout;
};

} // namespace clientele
