#include "clientele/domain/proposalfinance.h"
#include "clientele/render/offercataloguedocument.h"
#include "clientele/render/proposaldocument.h"

#include "renderfixtures.h"
#include "samplefixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace clientele;

namespace {

using Sample = test::SampleDocuments;

QString pdfText(const QString &path, bool layout = false)
{
    QStringList arguments;
    arguments << (layout ? QStringLiteral("-layout") : QStringLiteral("-raw")) << path
              << QStringLiteral("-");
    return test::runTool(QStringLiteral("pdftotext"), arguments)
        .normalized(QString::NormalizationForm_KC);
}

QString pdfInfo(const QString &path, const QString &key)
{
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                              QRegularExpression::MultilineOption)
        .match(info)
        .captured(1)
        .trimmed();
}

QString pageText(const QString &path, int page)
{
    return test::runTool(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                          QString::number(page), path, QStringLiteral("-")});
}

} // namespace

TEST_CASE("A formal proposal has every section and total", "[render][proposal]")
{
    Sample s;
    const Proposal &formal = s.proposals.at(1);
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    REQUIRE(maker.styleOf(formal) == ProposalStyle::Formal);
    const PagedDocument document = maker.document(formal);
    const QString path = s.pdf(document, QStringLiteral("formal.pdf"));
    const QString text = pdfText(path).simplified();
    for (const char *expected : {"PROPOSAL",
                                 "Coastal Pump & Irrigation Pty Ltd",
                                 "P-2026-002",
                                 "Sarah Nguyen",
                                 "Executive summary",
                                 "Your business today",
                                 "Needs and wants",
                                 "Recommended offers",
                                 "Risk assessment",
                                 "Project plan",
                                 "Cost-benefit analysis",
                                 "Terms",
                                 "Validity and next step",
                                 "Acceptance",
                                 "One-off total",
                                 "$22,700.00",
                                 "Monthly total",
                                 "$1,650.00 /mo",
                                 "Payback period: 4.9 months",
                                 "$26,780.00",
                                 "Over 3 years",
                                 "Effective hourly rate",
                                 "$137.50",
                                 "$19,800.00",
                                 "Mitigation",
                                 "Go-live",
                                 "valid until 30 April 2026",
                                 "All prices exclude GST."}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Over three years: benefits 4,000 + 36 × (3,600 + 640 + 1,200) = 199,840, costs 22,700 +
    // 36 × 1,650 = 82,100, a return of 117,740; payback 18,700 ÷ 3,790 a month = 4.9 months.
    CHECK(text.contains(QStringLiteral("$117,740.00")));
    CHECK(text.contains(QStringLiteral("$199,840.00")));
    CHECK(text.contains(QStringLiteral("$82,100.00")));
    CHECK(pdfInfo(path, QStringLiteral("Title"))
          == QStringLiteral("Proposal P-2026-002 for Coastal Pump & Irrigation Pty Ltd"));
    CHECK(pdfInfo(path, QStringLiteral("Author")) == s.settings.consultancyName);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(test::pdfPageCount(path))));
}

TEST_CASE("An informal proposal is a short letter with prices and a next step",
          "[render][proposal]")
{
    Sample s;
    const Proposal &informal = s.proposals.at(0);
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    REQUIRE(maker.styleOf(informal) == ProposalStyle::Informal);
    const QString path = s.pdf(maker.document(informal), QStringLiteral("informal.pdf"));
    const QString text = pdfText(path).simplified();
    for (const char *expected :
         {"Hi Dave,", "What we heard", "What the business needs", "What you told us you want",
          "What we suggest", "Next step", "These prices stand until 1 April 2026", "One-off total",
          "$2,800.00", "Monthly total", "$1,650.00 /mo", "Kind regards"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Risk assessment")));
    CHECK(test::pdfPageCount(path) >= 1);
    CHECK(test::pdfPageCount(path) <= 2);

    // Switching style is the user's choice for any proposal.
    Proposal formal = informal;
    formal.styleOverride = ProposalStyle::Formal;
    const QString switched = pdfText(s.pdf(maker.document(formal), QStringLiteral("f.pdf")));
    CHECK(switched.contains(QStringLiteral("Risk assessment")));
}

TEST_CASE("The next step follows the style and the letter ends with an acceptance",
          "[render][proposal]")
{
    Sample s;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    Proposal letter = s.proposals.at(0);
    letter.nextStep.clear();
    REQUIRE(maker.styleOf(letter) == ProposalStyle::Informal);
    const QString text =
        pdfText(s.pdf(maker.document(letter), QStringLiteral("letter.pdf"))).simplified();
    CHECK(text.contains(QStringLiteral("Reply to this letter, or sign below, and we will get "
                                       "started.")));
    // The acceptance follows the signature: the lines are there to sign.
    const qsizetype regards = text.indexOf(QStringLiteral("Kind regards"));
    const qsizetype accept = text.indexOf(QStringLiteral(
        "To accept proposal P-2026-001, sign below and send us a copy, or simply reply"));
    REQUIRE(regards >= 0);
    CHECK(accept > regards);
    CHECK(text.indexOf(QStringLiteral("Name Signature Date"), accept) > accept);

    Proposal formal = letter;
    formal.styleOverride = ProposalStyle::Formal;
    const QString formalText =
        pdfText(s.pdf(maker.document(formal), QStringLiteral("formal.pdf"))).simplified();
    // Validity and next step is section 9, the acceptance section 10.
    CHECK(formalText.contains(QStringLiteral("9. Validity and next step")));
    CHECK(formalText.contains(
        QStringLiteral("To go ahead, sign the acceptance in section 10 and return it to us.")));
    CHECK(formalText.contains(QStringLiteral("10. Acceptance")));
}

TEST_CASE("A long proposal paginates without losing or repeating lines", "[render][proposal]")
{
    Sample s;
    Proposal p = s.proposals.at(1);
    p.lines.clear();
    for (int i = 1; i <= 40; ++i) {
        ProposalLine line;
        line.description = QStringLiteral("Line item %1 <b>not bold</b> %2")
                               .arg(i, 2, 10, QLatin1Char('0'))
                               .arg(i == 7 ? QStringLiteral("averyveryverylongwordwithoutanybreak"
                                                            "sthatmustwrapinsteadofbeingclipped"
                                                            "attherightedgeofthecell")
                                           : QString());
        line.quantity = i;
        line.unitPrice = Money(12345 * i, p.currency);
        line.billing = i % 5 == 0 ? Billing::Monthly : Billing::OneOff;
        p.lines.append(line);
    }
    QString essay;
    for (int i = 0; i < 60; ++i)
        essay += QStringLiteral("Sentence %1 of a very long executive summary that keeps going. ")
                     .arg(i);
    p.executiveSummary = essay;
    p.prospect.company = QStringLiteral("A company whose name is far longer than any cover block "
                                        "would normally expect to hold & <still> print whole");
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    const QString path = s.pdf(maker.document(p), QStringLiteral("long.pdf"));
    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 6);
    CHECK(pages <= 12);
    if (const QString keep = qEnvironmentVariable("CLIENTELE_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(path, keep);

    const QString text = pdfText(path);
    QSet<QString> seen;
    for (int i = 1; i <= 40; ++i) {
        const QString item =
            QStringLiteral("Line item %1 <b>not bold</b>").arg(i, 2, 10, QLatin1Char('0'));
        INFO(item.toStdString());
        CHECK(text.count(item) == 1);
    }
    CHECK(text.simplified().count(QStringLiteral("Sentence 59 of a very long")) == 1);
    CHECK(text.contains(QStringLiteral("<still>")));
    // The long word is wrapped, not clipped: all its letters are there.
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(joined.contains(QStringLiteral("attherightedgeofthecell")));
    // One-off lines are those with i not a multiple of 5: 123.45 × i² summed over them is
    // 123.45 × (22,140 − 25 × 204) = 123.45 × 17,040 = 2,103,588.00; the monthly ones (i = 5k)
    // 123.45 × 25 × 204 = 629,595.00 a month.
    CHECK(text.contains(QStringLiteral("$2,103,588.00")));
    CHECK(text.contains(QStringLiteral("$629,595.00 /mo")));
    // Each page's table repeats its head: "Unit price" appears on more than one page.
    int pagesWithHead = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString one = pageText(path, page);
        if (one.contains(QStringLiteral("Unit price")))
            ++pagesWithHead;
        CHECK(one.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    CHECK(pagesWithHead >= 2);
}

TEST_CASE("A table row is never split across pages", "[render][proposal]")
{
    Sample s;
    Proposal p = s.proposals.at(1);
    p.lines.clear();
    for (int i = 1; i <= 60; ++i) {
        ProposalLine line;
        line.description = QStringLiteral("Row%1start: configure, test and hand over one more part "
                                          "of the integrated system, with training for the team "
                                          "and notes for the office, Row%1end")
                               .arg(i);
        line.quantity = 1;
        line.unitPrice = Money(1000 * i, p.currency);
        p.lines.append(line);
    }
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    const PagedDocument document = maker.document(p);
    // Every cell's text stays in the document's text, one row to a line.
    CHECK(document.plainText().contains(QStringLiteral("\t1\t")));
    const QString path = s.pdf(document, QStringLiteral("rows.pdf"));
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 3);
    // Raw text follows the order things are painted in: a draft's diagonal watermark can lead
    // the reading-order heuristics to put a row's first column before the head row beside it.
    QStringList texts;
    for (const QString &page : test::pdfPages(path, {QStringLiteral("-raw")}))
        texts << page.simplified().remove(QLatin1Char(' '));
    auto pageWith = [&texts](const QString &needle) {
        for (int page = 0; page < texts.size(); ++page)
            if (texts[page].contains(needle))
                return page;
        return -1;
    };
    int continuations = 0;
    for (int i = 1; i <= 60; ++i) {
        INFO("row " << i);
        const QString start = QStringLiteral("Row%1start").arg(i);
        const int page = pageWith(start);
        REQUIRE(page >= 0);
        CHECK(pageWith(QStringLiteral("Row%1end").arg(i)) == page);
        // A page the table goes on to starts with the table's head row.
        if (i > 1 && pageWith(QStringLiteral("Row%1start").arg(i - 1)) != page) {
            ++continuations;
            const qsizetype head = texts[page].indexOf(QStringLiteral("Unitprice"));
            CHECK(head >= 0);
            CHECK(head < texts[page].indexOf(start));
        }
    }
    CHECK(continuations >= 2);
}

TEST_CASE("The offer catalogue draws the ladder and every offer", "[render][offers]")
{
    Sample s;
    const OfferCatalogueDocument maker(s.settings, s.profiles);
    const QString path = s.pdf(maker.document(s.offers), QStringLiteral("offers.pdf"));
    const QString text = pdfText(path).simplified();
    for (const char *expected :
         {"Our offers", "The ladder", "ENTRY", "CORE", "CONTINUING",
          "Free business systems assessment", "Odoo integration and process project",
          "Systems care retainer", "Procedure writing day", "Questions we ask", "What you keep",
          "Effective hourly rate", "$137.50", "Do not carry over", "Yearly value",
          "Upgrades of third-party apps", "What it answers"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK(text.contains(QStringLiteral("\u2192")));
}

TEST_CASE("The workspace logo heads a proposal's cover block", "[render][proposal]")
{
    Sample s;
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x5f, 0x8b));
    const QString logoPath = s.dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    s.settings.logoPath = logoPath;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    const PagedDocument document = maker.document(s.proposals.at(1));
    CHECK(document.body()->toHtml().contains(QStringLiteral("<img src=\"logo\"")));
    const QString path = s.pdf(document, QStringLiteral("logo.pdf"));
    CHECK(pdfText(path).contains(QStringLiteral("Executive summary")));

    // A logo that cannot be read is left out rather than failing the document.
    s.settings.logoPath = s.dir.filePath(QStringLiteral("missing.png"));
    const ProposalDocument without(s.settings, s.offers, s.profiles);
    CHECK_FALSE(
        without.document(s.proposals.at(1)).body()->toHtml().contains(QStringLiteral("<img")));
}

TEST_CASE("A revised proposal that asks for it prints its changes since the version sent",
          "[render][proposal]")
{
    Proposal sent;
    sent.number = QStringLiteral("P-2026-007");
    sent.currency = QStringLiteral("AUD");
    sent.status = ProposalStatus::Sent;
    sent.terms = QStringLiteral("Half on signing.");
    ProposalVersion v1;
    v1.version = 1;
    v1.content = std::make_shared<const Proposal>(proposalContent(sent));
    Proposal revised = sent;
    revised.sent.append(v1);
    revised.version = 2;
    revised.status = ProposalStatus::Draft;
    revised.terms = QStringLiteral("All on completion.");
    const ProposalDocument documents{WorkspaceSettings()};
    CHECK_FALSE(documents.document(revised).plainText().contains(
        QStringLiteral("Changes since version 1")));
    revised.printChanges = true;
    const QString text = documents.document(revised).plainText();
    CHECK(text.contains(QStringLiteral("Changes since version 1")));
    CHECK(text.contains(QStringLiteral("Half on signing.")));
    CHECK(text.contains(QStringLiteral("All on completion.")));
}
