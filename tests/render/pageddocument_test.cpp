#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"

#include "renderfixtures.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextDocument>

using namespace clientele;

namespace {

QStringList pageTexts(const QString &path)
{
    QStringList pages =
        test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(QChar(u'\f'));
    pages.removeAll(QString());
    return pages;
}

} // namespace

TEST_CASE("A heading is never left alone at the foot of a page", "[render]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.pdf"));
    // A spacer of growing height walks the heading down across the foot of the first page.
    for (int spacer = 0; spacer <= 600; spacer += 6) {
        PagedDocument document(test::consultancySettings());
        document.setTitle(QStringLiteral("Keep with next"));
        QString html = QStringLiteral("<p style=\"margin-bottom: %1px\">Spacer</p>").arg(spacer);
        for (int i = 1; i <= 20; ++i)
            html += QStringLiteral("<p>Filler paragraph %1</p>").arg(i);
        html += QStringLiteral("<h2>Marker heading</h2><p>Text after the marker</p>");
        document.body()->setHtml(html);
        REQUIRE(exportPdf(document, path).ok());

        const QStringList pages = pageTexts(path);
        INFO("spacer " << spacer << " px, " << pages.size() << " pages");
        bool together = false;
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("Marker heading")))
                together = page.contains(QStringLiteral("Text after the marker"));
        }
        CHECK(together);
    }
}

TEST_CASE("Every page carries the header and a page count", "[render]")
{
    PagedDocument document(test::consultancySettings());
    document.setTitle(QStringLiteral("Long document"));
    document.setDate(QDate(2025, 3, 12));
    QString html;
    for (int i = 1; i <= 150; ++i)
        html += QStringLiteral("<p>Paragraph %1</p>").arg(i);
    document.body()->setHtml(html);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(exportPdf(document, path).ok());
    const QStringList pages = pageTexts(path);
    REQUIRE(pages.size() >= 3);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].startsWith(QStringLiteral("Ledgerline Integration Services")));
        CHECK(pages[i].contains(QStringLiteral("Long document · 12 March 2025")));
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    // Each line is printed once, on its own page, not also hidden under the next page's edge.
    CHECK(pages.join(QString()).count(QStringLiteral("Paragraph ")) == 150);
    CHECK(pages.last().contains(QStringLiteral("Paragraph 150")));
}
