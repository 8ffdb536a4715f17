#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"

#include "renderfixtures.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
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

TEST_CASE("Appended parts start new pages on their own paper and count as one document", "[render]")
{
    const WorkspaceSettings settings = test::consultancySettings();
    PagedDocument document(settings);
    document.setTitle(QStringLiteral("Bound pack"));
    document.setDate(QDate(2026, 3, 9));
    document.body()->setHtml(QStringLiteral("<p>The opening part</p>"));

    PagedDocument wide(settings, QPageLayout::Landscape);
    wide.setTitle(QStringLiteral("Own title of the wide part"));
    wide.body()->setHtml(QStringLiteral("<p>The landscape part</p>"));
    PagedDocument tall(settings);
    QString html;
    for (int i = 1; i <= 100; ++i)
        html += QStringLiteral("<p>Paragraph %1</p>").arg(i);
    tall.body()->setHtml(html);
    // A part's own parts come after it.
    wide.append(std::move(tall));
    document.append(std::move(wide));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bound.pdf"));
    REQUIRE(exportPdf(document, path).ok());
    const QStringList pages = pageTexts(path);
    // One page each for the first two parts; a hundred paragraphs take two or three more.
    REQUIRE(pages.size() >= 4);
    CHECK(pages.at(0).contains(QStringLiteral("The opening part")));
    CHECK_FALSE(pages.at(0).contains(QStringLiteral("The landscape part")));
    CHECK(pages.at(1).contains(QStringLiteral("The landscape part")));
    CHECK_FALSE(pages.at(1).contains(QStringLiteral("Paragraph 1\n")));
    CHECK(pages.at(2).startsWith(QStringLiteral("Ledgerline Integration Services")));
    CHECK(pages.at(2).contains(QStringLiteral("Paragraph 1\n")));
    CHECK(pages.last().contains(QStringLiteral("Paragraph 100")));
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].startsWith(QStringLiteral("Ledgerline Integration Services")));
        CHECK(pages[i].contains(QStringLiteral("Bound pack · 9 March 2026")));
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        CHECK_FALSE(pages[i].contains(QStringLiteral("Own title")));
    }

    // A4 is 595 × 842 points: the second page lies on its side, the others stand.
    const QString sizes = test::runTool(
        QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                    QString::number(pages.size()), path});
    for (int i = 1; i <= pages.size(); ++i) {
        INFO("page " << i);
        const QString expected =
            i == 2 ? QStringLiteral("842 x 595 pts") : QStringLiteral("595 x 842 pts");
        CHECK(QRegularExpression(QStringLiteral("Page +%1 size: +%2").arg(i).arg(expected))
                  .match(sizes)
                  .hasMatch());
    }
    CHECK(document.plainText().contains(QStringLiteral("The landscape part")));
    CHECK(document.plainText().contains(QStringLiteral("Paragraph 100")));
}
