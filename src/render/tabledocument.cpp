#include "clientele/render/tabledocument.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/render/htmltext.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace clientele {

namespace {

// Long lists print smaller than documents' tables; the rest of table.list is document.css.
const char *kListStyle = "table.list td { font-size: 8pt; }";

QString cellHtml(const TableSheet::Column &column, const QString &text, bool head)
{
    const QString width =
        column.percent > 0 ? QStringLiteral(" width=\"%1%\"").arg(column.percent) : QString();
    return QStringLiteral("<td%1%2%3>%4</td>")
        .arg(head ? QStringLiteral(" class=\"head\"") : QString(), width,
             column.numeric ? QStringLiteral(" align=\"right\"") : QString(), htmlText(text));
}

QString tableHtml(const TableSheet &sheet)
{
    QString html = QStringLiteral(
        "<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    for (const TableSheet::Column &column : sheet.columns)
        html += cellHtml(column, column.title, true);
    html += QStringLiteral("</tr>");
    for (const QStringList &row : sheet.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < sheet.columns.size(); ++c)
            html += cellHtml(sheet.columns.at(c), row.value(c), false);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

PagedDocument tableDocument(const WorkspaceSettings &settings, const TableSheet &sheet,
                            QPageLayout::Orientation orientation)
{
    PagedDocument document(settings, orientation);
    // A printed list speaks the language of its rows: the interface's for a page's table.
    document.setLanguage(scopedLanguage());
    document.setTitle(sheet.title);
    document.setSubject(sheet.title);
    QString html = QStringLiteral("<html><head><style>%1</style></head><body><h1>%2</h1>")
                       .arg(QLatin1String(kListStyle), htmlText(sheet.title));
    if (!sheet.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(htmlText(sheet.subtitle));
    html += sheet.rows.isEmpty()
                ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlText(sheet.emptyText))
                : tableHtml(sheet);
    document.body()->setHtml(html + QStringLiteral("</body></html>"));
    // The head row starts every page the table runs on to.
    for (QTextFrame *frame : document.body()->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    }
    document.typesetTableRows();
    return document;
}

} // namespace clientele
