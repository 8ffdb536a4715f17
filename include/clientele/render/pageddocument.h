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
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace clientele {

class TableRows;

// The usual page margins, or a wide right margin for a reader's handwritten comments (the
// owner's review pack).
enum class PageMargins { Standard, ForComments };

// A typeset body framed as pages: the consultancy's name as the header, the document's title,
// date and "Page n of m" as the footer. Every document (profile printout, ICP chart, proposal)
// fills the body and lets this paint it on a PDF writer or a printer alike.
class PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(clientele::PagedDocument)

public:
    explicit PagedDocument(const WorkspaceSettings &settings,
                           QPageLayout::Orientation orientation = QPageLayout::Portrait,
                           PageMargins margins = PageMargins::Standard);
    PagedDocument(PagedDocument &&) noexcept;
    PagedDocument &operator=(PagedDocument &&) noexcept;
    ~PagedDocument();

    // The paper from the workspace settings (A4 unless "Letter") with the margins documents use.
    static QPageLayout pageLayoutFor(const WorkspaceSettings &settings,
                                     QPageLayout::Orientation orientation,
                                     PageMargins margins = PageMargins::Standard);

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
    // The body's text and then each appended part's; the cells of typeset rows are separated
    // by tabs.
    QString plainText() const;

    // Printed large, diagonally and in light grey behind the body of every page ("DRAFT"), and
    // small at the right of the header; none when empty.
    QString watermark() const { return m_watermark; }
    void setWatermark(const QString &text) { m_watermark = text; }

    // Prints `part` after this document (and the parts appended before it), starting on a new
    // page in its own orientation and margins. Its pages carry this document's header, footer
    // and watermark, and are counted with this document's in "Page n of m". Parts appended to
    // `part` follow it.
    void append(PagedDocument part);

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    // The consultancy: printed in the header, recorded as the PDF's author.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }
    // The language the document is written in (a code such as "de"), which its footer and
    // page numbers follow; empty for the interface's. The workspace's document language.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    QPageLayout pageLayout() const { return m_pageLayout; }
    void setPageLayout(const QPageLayout &layout) { m_pageLayout = layout; }

    // Lays the body and the parts out for the device's resolution and paints every page onto
    // it, starting on its current page. Returns the number of pages painted.
    Result<int> paint(QPagedPaintDevice *device) const;

private:
    class Typeset;

    std::unique_ptr<QTextDocument> m_body;
    std::unique_ptr<TableRows> m_rows;
    QList<QPicture> m_figures;
    DocumentStyle m_style;
    QString m_title;
    QString m_subject;
    QString m_author;
    QDate m_date;
    QPageLayout m_pageLayout;
    QString m_watermark;
    QString m_language;
    std::vector<PagedDocument> m_parts;
};

} // namespace clientele
