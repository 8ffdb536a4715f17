// A heading belongs with what it heads: on no page of any document is the last line a heading.
// Every document of the sample is printed, and stress versions of them whose page breaks fall
// at every place a few paragraphs more or less can move them to.

#include "clientele/render/chartprintout.h"
#include "clientele/render/offercataloguedocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/render/proposaldocument.h"

#include "chartfixtures.h"
#include "pdftools.h"
#include "samplefixture.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace clientele;

namespace {

using Sample = test::SampleDocuments;

// The headings the document was written with, each as the lines it may print as.
QSet<QString> headingsOf(const PagedDocument &document)
{
    QSet<QString> headings;
    for (QTextBlock block = document.body()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headings.insert(block.text().simplified());
    }
    return headings;
}

// The last line of each page's body, without the running header (the consultancy) and footer
// (the title, the date and "Page n of m").
QStringList lastBodyLines(const QString &pdf, const PagedDocument &document)
{
    QStringList last;
    const QStringList pages = test::pdfText(pdf, {QStringLiteral("-raw")}).split(u'\f');
    for (const QString &page : pages) {
        QStringList lines;
        for (const QString &line : page.split(u'\n')) {
            const QString text = line.simplified();
            if (!text.isEmpty())
                lines << text;
        }
        if (lines.isEmpty())
            continue;
        if (lines.first() == document.author())
            lines.removeFirst();
        while (!lines.isEmpty()
               && (lines.last().contains(QStringLiteral(" of "))
                       && lines.last().startsWith(QStringLiteral("Page"))
                   || document.title().simplified().startsWith(lines.last().left(20))
                   || lines.last().contains(document.title().simplified().left(30))))
            lines.removeLast();
        if (!lines.isEmpty())
            last << lines.last();
    }
    return last;
}

// Prints the document and fails for each page whose last line is one of its headings.
void requireNoHeadingEndsAPage(const PagedDocument &document, const QString &pdf)
{
    const Status written = exportPdf(document, pdf);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    const QSet<QString> headings = headingsOf(document);
    REQUIRE_FALSE(headings.isEmpty());
    const QStringList last = lastBodyLines(pdf, document);
    REQUIRE(last.size() >= 1);
    for (int page = 0; page < last.size(); ++page) {
        INFO(document.title().toStdString()
             << ", page " << page + 1 << " ends with \"" << last.at(page).toStdString() << "\"");
        bool heading = false;
        for (const QString &h : headings)
            heading = heading || h == last.at(page) || (h.size() > 30 && h.endsWith(last.at(page)));
        CHECK_FALSE(heading);
    }
}

// `count` paragraphs of filler, to move everything after them down a little at a time.
QString filler(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("Paragraph %1 moves the rest of the document a few lines down so "
                               "that its headings meet the foot of a page somewhere.\n\n")
                    .arg(i + 1);
    return text;
}

} // namespace

TEST_CASE("No page of the sample's documents ends with a heading", "[render][pages]")
{
    Sample s;
    const ProposalDocument proposals(s.settings, s.offers, s.profiles);
    // Every section heading stays a heading of its own once tables are typeset: one that follows
    // a table used to be joined to the table's last row, and then nothing kept it with its text.
    const QSet<QString> formal = headingsOf(proposals.document(s.proposals.at(1)));
    for (const char *section : {"1. Executive summary", "3. Needs and wants",
                                "4. Recommended offers", "5. Risk assessment", "8. Terms"})
        CHECK(formal.contains(QString::fromUtf8(section)));
    for (const Proposal &proposal : s.proposals)
        requireNoHeadingEndsAPage(proposals.document(proposal),
                                  s.dir.filePath(proposal.number + QStringLiteral(".pdf")));
    requireNoHeadingEndsAPage(ProfilePrintout(s.settings).document(s.profiles),
                              s.dir.filePath(QStringLiteral("profiles.pdf")));
    requireNoHeadingEndsAPage(OfferCatalogueDocument(s.settings).document(s.offers),
                              s.dir.filePath(QStringLiteral("offers.pdf")));
    requireNoHeadingEndsAPage(ChartPrintout(s.settings).document(s.chart),
                              s.dir.filePath(QStringLiteral("chart.pdf")));
    // Charts of many clients: in parts as columns, and as rows over many pages.
    for (const int clients : {12, 40, 200})
        requireNoHeadingEndsAPage(ChartPrintout(s.settings).document(test::manyClients(clients)),
                                  s.dir.filePath(QStringLiteral("chart-%1.pdf").arg(clients)));
}

TEST_CASE("No heading ends a page wherever the page breaks fall", "[render][pages]")
{
    Sample s;
    const ProposalDocument proposals(s.settings, s.offers, s.profiles);
    for (int k = 0; k < 14; ++k) {
        INFO(k << " paragraphs of filler");
        Proposal formal = s.proposals.at(1);
        formal.executiveSummary += u'\n' + filler(k);
        requireNoHeadingEndsAPage(proposals.document(formal),
                                  s.dir.filePath(QStringLiteral("formal-%1.pdf").arg(k)));

        QList<CustomerProfile> profiles = s.profiles;
        profiles.first().person += u'\n' + filler(k);
        requireNoHeadingEndsAPage(ProfilePrintout(s.settings).document(profiles),
                                  s.dir.filePath(QStringLiteral("profiles-%1.pdf").arg(k)));

        QList<Offer> offers = s.offers;
        offers.first().promise += u'\n' + filler(k);
        requireNoHeadingEndsAPage(OfferCatalogueDocument(s.settings).document(offers),
                                  s.dir.filePath(QStringLiteral("offers-%1.pdf").arg(k)));
    }
}
