#include "clientele/storage/import/invoicefilereader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

using namespace clientele;

namespace {

InvoiceReadResult readFixture(const char *name, ReadOptions options = {})
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<InvoiceReadResult> result = readInvoices(file, file.fileName(), options);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

QList<InvoiceLine> linesOf(const InvoiceReadResult &result, const QString &number)
{
    QList<InvoiceLine> lines;
    for (const InvoiceLine &line : result.lines) {
        if (line.invoiceNumber == number)
            lines.append(line);
    }
    return lines;
}

} // namespace

TEST_CASE("Xero export with BOM, CRLF and day-first dates is read line by line")
{
    const InvoiceReadResult r = readFixture("xero-invoices-au.csv");
    CHECK(r.mapping.format == ImportFormat::XeroInvoices);
    CHECK(r.problems.isEmpty());
    CHECK(r.records == 10);
    CHECK(r.lines.size() == 10);
    CHECK(r.dateVerdict.state == DateOrderVerdict::State::Determined);
    CHECK(r.dateOrder == DateOrder::DayMonthYear);
    CHECK_FALSE(r.needsDateOrder());

    const QList<InvoiceLine> inv1 = linesOf(r, QStringLiteral("INV-0001"));
    REQUIRE(inv1.size() == 2);
    CHECK(inv1[0].customer == QStringLiteral("Acme Pty Ltd")); // no BOM glued to the name
    CHECK(inv1[0].date == QDate(2024, 3, 15));
    CHECK(inv1[0].netAmount == 100000);
    CHECK(inv1[1].netAmount == 23450);
    CHECK(inv1[1].description == QStringLiteral("Travel, meals and parking"));
    CHECK(inv1[0].invoiceTotal == 135795); // "$1,357.95", repeated on both lines
    CHECK(inv1[1].invoiceTotal == 135795);
    CHECK(inv1[1].invoiceTax == 12345);
    CHECK(inv1[0].itemCode == QStringLiteral("CONS"));
    CHECK(inv1[0].currency == QStringLiteral("AUD"));
    CHECK(inv1[0].kind == InvoiceKind::Invoice);
    CHECK(inv1[0].countsAsSale);
    CHECK(inv1[0].sourceLine == 2);
    CHECK(inv1[1].sourceLine == 3);
}

TEST_CASE("Xero tax-inclusive lines are reduced to their net amount")
{
    const InvoiceReadResult r = readFixture("xero-invoices-au.csv");
    const QList<InvoiceLine> inv2 = linesOf(r, QStringLiteral("INV-0002"));
    REQUIRE(inv2.size() == 1);
    CHECK(inv2[0].netAmount == 10000); // 110.00 including 10.00 tax
    CHECK_FALSE(inv2[0].netIncludesTax);
    CHECK(inv2[0].description == QStringLiteral("Workshop\nhalf day"));
    CHECK(inv2[0].sourceLine == 4);
}

TEST_CASE("Xero credit notes are negative and quoted text survives")
{
    const InvoiceReadResult r = readFixture("xero-invoices-au.csv");
    const QList<InvoiceLine> cn = linesOf(r, QStringLiteral("CN-0001"));
    REQUIRE(cn.size() == 1);
    CHECK(cn[0].kind == InvoiceKind::CreditNote);
    CHECK(cn[0].countsAsSale);
    CHECK(cn[0].netAmount == -12000);
    CHECK(cn[0].invoiceTotal == -13200);
    CHECK(cn[0].description == QStringLiteral("Refund: \"unused\" hours"));
    CHECK(cn[0].sourceLine == 6); // the embedded newline above counts as a line
}

TEST_CASE("Xero drafts, voided invoices and overpayments are kept but are not sales")
{
    const InvoiceReadResult r = readFixture("xero-invoices-au.csv");
    const InvoiceLine draft = linesOf(r, QStringLiteral("INV-0003")).value(0);
    CHECK_FALSE(draft.countsAsSale);
    CHECK(draft.notSaleReason == QStringLiteral("draft"));
    const InvoiceLine voided = linesOf(r, QStringLiteral("INV-0004")).value(0);
    CHECK_FALSE(voided.countsAsSale);
    CHECK(voided.notSaleReason == QStringLiteral("voided"));
    const InvoiceLine overpayment = linesOf(r, QString()).value(0);
    CHECK(overpayment.customer == QStringLiteral("Acme Pty Ltd"));
    CHECK(overpayment.kind == InvoiceKind::Other);
    CHECK_FALSE(overpayment.countsAsSale);
    CHECK(overpayment.notSaleReason == QStringLiteral("overpayment"));
    CHECK(linesOf(r, QStringLiteral("INV-0005")).value(0).countsAsSale); // Awaiting Payment
}

TEST_CASE("Xero amounts with symbols, thousands and parentheses are exact")
{
    const InvoiceReadResult r = readFixture("xero-invoices-au.csv");
    CHECK(linesOf(r, QStringLiteral("INV-0005")).value(0).netAmount == 123450);
    const QList<InvoiceLine> inv6 = linesOf(r, QStringLiteral("INV-0006"));
    REQUIRE(inv6.size() == 2);
    CHECK(inv6[1].netAmount == -12000);
    CHECK(inv6[0].netAmount + inv6[1].netAmount == 38000);
}

TEST_CASE("Xero month-first file with semicolons is read")
{
    const InvoiceReadResult r = readFixture("xero-invoices-us-semicolon.csv");
    CHECK(r.separator == ';');
    CHECK(r.problems.isEmpty());
    CHECK(r.dateOrder == DateOrder::MonthDayYear);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].date == QDate(2024, 3, 15));
    CHECK(r.lines[1].date == QDate(2024, 4, 2)); // April 2nd, not February 4th
    CHECK(r.lines[0].netAmount == 100000);
    CHECK(r.lines[0].currency == QStringLiteral("USD"));
}

TEST_CASE("An ambiguous date column is not guessed")
{
    const InvoiceReadResult r = readFixture("xero-invoices-ambiguous.csv");
    CHECK(r.dateVerdict.state == DateOrderVerdict::State::Ambiguous);
    CHECK(r.needsDateOrder());
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].date.isNull());
    CHECK(r.lines[2].date.isNull()); // 07/07 reads one way, but the file's order is still open
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 0);
    CHECK(r.problems[0].column == QStringLiteral("InvoiceDate"));

    ReadOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    const InvoiceReadResult chosen = readFixture("xero-invoices-ambiguous.csv", options);
    CHECK_FALSE(chosen.needsDateOrder());
    CHECK(chosen.problems.isEmpty());
    CHECK(chosen.lines[0].date == QDate(2024, 3, 4));
    options.dateOrder = DateOrder::DayMonthYear;
    CHECK(readFixture("xero-invoices-ambiguous.csv", options).lines[0].date == QDate(2024, 4, 3));
}

TEST_CASE("A format asked for must match the file")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-au.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ReadOptions options;
    options.format = ImportFormat::OdooInvoices;
    const Result<InvoiceReadResult> result = readInvoices(file, file.fileName(), options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.errorMessage().contains(QStringLiteral("Xero invoices")));
}

namespace {

InvoiceReadResult readText(const QByteArray &text, ReadOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    Result<InvoiceReadResult> result = readInvoices(buffer, QStringLiteral("memory.csv"), options);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("Xero import template lines are quantity times unit amount, rounded half away")
{
    const InvoiceReadResult r =
        readText("*ContactName,*InvoiceNumber,*InvoiceDate,*Quantity,*UnitAmount,Status\n"
                 "A,INV-1,2024-05-01,1.5,10.005,Submitted\n"
                 "A,INV-2,2024-05-01,3,-0.335,Paid\n"
                 "A,INV-3,2024-05-01,1,5,Sent to the moon\n");
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].netAmount == 1501); // 15.0075
    CHECK_FALSE(r.lines[0].countsAsSale);
    CHECK(r.lines[0].notSaleReason == QStringLiteral("awaiting approval"));
    CHECK(r.lines[1].netAmount == -101); // -1.005
    CHECK(r.lines[2].notSaleReason.contains(QStringLiteral("unrecognised status")));
}

TEST_CASE("Xero tax-inclusive lines without a tax column are flagged, not guessed")
{
    const InvoiceReadResult r =
        readText("ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount\n"
                 "A,INV-1,2024-05-01,110.00,10.00,60.00\n"
                 "A,INV-1,2024-05-01,110.00,10.00,50.00\n"
                 "B,INV-2,2024-05-01,110.00,10.00,100.00\n");
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].netIncludesTax);
    CHECK(r.lines[1].netIncludesTax);
    CHECK(r.lines[0].netAmount == 6000);
    CHECK_FALSE(r.lines[2].netIncludesTax); // 100 + 10 = 110: already tax-exclusive
}

TEST_CASE("Contradictory dates wait for an order, and lines that do not fit it are problems")
{
    const QByteArray text = "ContactName,InvoiceNumber,InvoiceDate,LineAmount\n"
                            "A,INV-1,13/02/2024,1\n"
                            "A,INV-2,02/13/2024,1\n"
                            "A,INV-3,2024-02-14,1\n";
    const InvoiceReadResult open = readText(text);
    CHECK(open.dateVerdict.state == DateOrderVerdict::State::Contradictory);
    CHECK(open.needsDateOrder());
    CHECK(open.lines[0].date.isNull());
    CHECK(open.lines[2].date == QDate(2024, 2, 14)); // year-first reads one way only

    ReadOptions options;
    options.dateOrder = DateOrder::DayMonthYear;
    const InvoiceReadResult chosen = readText(text, options);
    CHECK_FALSE(chosen.needsDateOrder());
    REQUIRE(chosen.lines.size() == 2);
    REQUIRE(chosen.problems.size() == 1);
    CHECK(chosen.problems[0].line == 3);
    CHECK(chosen.problems[0].column == QStringLiteral("InvoiceDate"));
}
