// What a proposal prints about its life: "DRAFT" across every page of a draft, the acceptance
// block both parties sign, and the page of changes since an earlier version.

#include "clientele/render/proposaldocument.h"

#include "samplefixture.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

// The diagonal watermark as extraction reads it: slanted text comes out a letter a line, and
// it is painted first, so it opens each page's text in content order.
bool opensWithSlantedDraft(const QString &rawPage)
{
    return rawPage.startsWith(QStringLiteral("D\nR\nA\nF\nT\n"));
}

QString filler(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("Paragraph %1 moves the acceptance a few lines further down the "
                               "page, so that the page break falls somewhere inside it.\n\n")
                    .arg(i + 1);
    return text;
}

} // namespace

TEST_CASE("A draft prints DRAFT on every page and a sent proposal on none",
          "[render][proposal][watermark]")
{
    test::SampleDocuments s;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    Proposal draft = s.proposals.at(1);
    REQUIRE(draft.status == ProposalStatus::Draft);
    const QString draftPdf = s.pdf(maker.document(draft), QStringLiteral("draft.pdf"));
    const QStringList pages = test::pdfPages(draftPdf);
    const QStringList rawPages = test::pdfPages(draftPdf, {QStringLiteral("-raw")});
    REQUIRE(pages.size() >= 5);
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages.at(page).contains(QStringLiteral("DRAFT")));
        CHECK(opensWithSlantedDraft(rawPages.at(page)));
    }

    for (const ProposalStatus status :
         {ProposalStatus::Sent, ProposalStatus::Accepted, ProposalStatus::Declined}) {
        Proposal sent = draft;
        sent.status = status;
        const QString sentPdf = s.pdf(maker.document(sent), QStringLiteral("sent.pdf"));
        INFO(proposalStatusKey(status).toStdString());
        CHECK(test::pdfPageCount(sentPdf) == pages.size());
        CHECK_FALSE(test::pdfText(sentPdf).contains(QStringLiteral("DRAFT")));
        for (const QString &raw : test::pdfPages(sentPdf, {QStringLiteral("-raw")}))
            CHECK_FALSE(opensWithSlantedDraft(raw));
    }
}

TEST_CASE("A formal proposal ends with name, title, date and signature lines for both parties",
          "[render][proposal]")
{
    test::SampleDocuments s;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    const Proposal formal = s.proposals.at(1);
    const QString pdf = s.pdf(maker.document(formal), QStringLiteral("formal.pdf"));
    const QString text = test::pdfText(pdf, {QStringLiteral("-raw")});
    const qsizetype acceptance = text.indexOf(QStringLiteral("10. Acceptance"));
    REQUIRE(acceptance >= 0);
    // Raw text reads each row across: the client's line and then ours.
    const QStringList rows{
        QStringLiteral("For Coastal Pump & Irrigation Pty Ltd For Ledgerline Consulting"),
        QStringLiteral("Name Name"), QStringLiteral("Title Title"), QStringLiteral("Date Date"),
        QStringLiteral("Signature Signature")};
    qsizetype at = acceptance;
    for (const QString &row : rows) {
        INFO(row.toStdString());
        const qsizetype found = text.indexOf(u'\n' + row + u'\n', at);
        CHECK(found > at);
        at = std::max(at, found);
    }
    CHECK_FALSE(text.contains(QStringLiteral("name, signature, date")));
}

TEST_CASE("The acceptance block is never split across pages", "[render][proposal][pages]")
{
    test::SampleDocuments s;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    // Filler walks the block down across the foot of a page, a few lines at a time.
    for (int k = 0; k < 12; ++k) {
        Proposal formal = s.proposals.at(1);
        formal.nextStep += u'\n' + filler(k);
        const QString pdf = s.pdf(maker.document(formal), QStringLiteral("walk.pdf"));
        const QStringList pages = test::pdfPages(pdf, {QStringLiteral("-raw")});
        INFO(k << " paragraphs of filler");
        int parties = -1;
        int signatures = -1;
        for (int page = 0; page < pages.size(); ++page) {
            if (pages.at(page).contains(QStringLiteral("For Ledgerline Consulting")))
                parties = page;
            if (pages.at(page).contains(QStringLiteral("Signature Signature")))
                signatures = page;
        }
        REQUIRE(parties >= 0);
        CHECK(signatures == parties);
    }
}

TEST_CASE("Changes since an earlier version print as one more page at the end",
          "[render][proposal][changes]")
{
    test::SampleDocuments s;
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    for (const Proposal &sample : s.proposals) {
        Proposal proposal = sample;
        proposal.version = 3;
        INFO(proposal.number.toStdString());
        const QString plainPdf = s.pdf(maker.document(proposal), QStringLiteral("plain.pdf"));
        const int plainPages = test::pdfPageCount(plainPdf);
        CHECK_FALSE(test::pdfText(plainPdf).contains(QStringLiteral("Changes since")));

        const QList<FieldChange> changes{
            {QStringLiteral("validUntil"), QStringLiteral("Valid until"),
             QStringLiteral("2026-04-01"), QStringLiteral("2026-05-15")},
            {QStringLiteral("lines"), QStringLiteral("Recommended offers"),
             QStringLiteral(
                 "Systems assessment\t1\tAUD 0.00\tonce\nRetainer\t1\tAUD 1650.00\tmonthly"),
             QStringLiteral("Systems assessment\t1\tAUD 0.00\tonce")},
            {QStringLiteral("terms"), QStringLiteral("Terms"), QString(),
             QStringLiteral("Payment within 14 days.")}};
        const QString pdf =
            s.pdf(maker.document(proposal, changes, 2), QStringLiteral("changes.pdf"));
        // Raw text reads the table a row at a time.
        const QStringList pages = test::pdfPages(pdf, {QStringLiteral("-raw")});
        CHECK(pages.size() == plainPages + 1);
        const QString last = pages.last().simplified();
        CHECK(last.contains(QStringLiteral("Changes since version 2")));
        CHECK(last.contains(QStringLiteral("What changed Version 2 Version 3")));
        CHECK(last.contains(QStringLiteral("Valid until 2026-04-01 2026-05-15")));
        // A list keeps an entry a line, the parts of an entry on one.
        CHECK(last.contains(QStringLiteral("Systems assessment · 1 · AUD 0.00 · once")));
        CHECK(last.contains(QStringLiteral("Retainer · 1 · AUD 1650.00 · monthly")));
        CHECK(last.contains(QStringLiteral("Terms (none) Payment within 14 days.")));
        for (int page = 0; page + 1 < pages.size(); ++page)
            CHECK_FALSE(pages.at(page).contains(QStringLiteral("Changes since")));
    }
}
