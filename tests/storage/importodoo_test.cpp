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

InvoiceReadResult readText(const char *text, ReadOptions options = {})
{
    QBuffer buffer;
    buffer.setData(QByteArray(text));
    buffer.open(QIODevice::ReadOnly);
    Result<InvoiceReadResult> result = readInvoices(buffer, QStringLiteral("memory.csv"), options);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("Odoo invoice list with labels: one line per invoice, signed untaxed amounts")
{
    const InvoiceReadResult r = readFixture("odoo-invoices-labels.csv");
    CHECK(r.mapping.format == ImportFormat::OdooInvoices);
    CHECK(r.problems.isEmpty());
    CHECK(r.dateVerdict.state == DateOrderVerdict::State::NotNeeded);
    REQUIRE(r.lines.size() == 5);
    const InvoiceLine &first = r.lines[0];
    CHECK(first.invoiceNumber == QStringLiteral("INV/2024/00001"));
    CHECK(first.customer == QStringLiteral("Azure Interior"));
    CHECK(first.date == QDate(2024, 1, 15));
    CHECK(first.netAmount == 100000); // Untaxed Amount Signed, not Total Signed
    CHECK(first.invoiceTotal == 115000);
    CHECK(first.invoiceTax == 15000);
    CHECK(first.currency == QStringLiteral("USD"));
    CHECK(first.countsAsSale);
    CHECK(r.lines[1].customer == QStringLiteral("Deco Addict, Inc."));

    const InvoiceLine &refund = r.lines[2];
    CHECK(refund.kind == InvoiceKind::CreditNote);
    CHECK(refund.netAmount == -20000);
    CHECK(refund.countsAsSale);

    CHECK_FALSE(r.lines[3].countsAsSale);
    CHECK(r.lines[3].notSaleReason == QStringLiteral("draft"));
    CHECK_FALSE(r.lines[4].countsAsSale);
    CHECK(r.lines[4].notSaleReason == QStringLiteral("cancelled"));
}

TEST_CASE("Odoo import-compatible export with technical names and tabs")
{
    const InvoiceReadResult r = readFixture("odoo-invoices-technical.tsv");
    CHECK(r.separator == '\t');
    CHECK(r.mapping.format == ImportFormat::OdooInvoices);
    CHECK(r.problems.isEmpty());
    REQUIRE(r.lines.size() == 4);
    CHECK(r.lines[0].kind == InvoiceKind::Invoice);
    CHECK(r.lines[0].netAmount == 40000);
    CHECK(r.lines[0].currency == QStringLiteral("EUR"));
    CHECK(r.lines[1].kind == InvoiceKind::CreditNote);
    CHECK(r.lines[1].netAmount == -10000);
    CHECK(r.lines[1].countsAsSale);
    CHECK(r.lines[2].kind == InvoiceKind::Purchase); // a vendor bill is not a sale
    CHECK_FALSE(r.lines[2].countsAsSale);
    CHECK_FALSE(r.lines[3].countsAsSale); // draft
}

TEST_CASE("Odoo totals stand in when the untaxed amount is not exported")
{
    const InvoiceReadResult withTax = readText(
        "Number,Customer,Invoice Date,Total Signed,Tax Signed\nINV/1,A,2024-01-02,115,15\n");
    REQUIRE(withTax.lines.size() == 1);
    CHECK(withTax.lines[0].netAmount == 10000);
    CHECK_FALSE(withTax.lines[0].netIncludesTax);
    const InvoiceReadResult totalOnly =
        readText("Number,Customer,Invoice Date,Total\nINV/1,A,2024-01-02,115\n");
    CHECK(totalOnly.lines[0].netAmount == 11500);
    CHECK(totalOnly.lines[0].netIncludesTax);
}

TEST_CASE("Odoo unsigned refunds are made negative")
{
    const InvoiceReadResult r = readText("name,partner_id,invoice_date,amount_untaxed,move_type\n"
                                         "R/1,A,2024-01-02,50.00,out_refund\n");
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].netAmount == -5000);
}

TEST_CASE("An unknown header asks for a mapping, and a mapping reads it")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/generic-mapped.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<InvoiceReadResult> unknown = readInvoices(file, file.fileName());
    REQUIRE(unknown.ok());
    CHECK(unknown->needsMapping());
    CHECK(unknown->lines.isEmpty());
    CHECK(unknown->header.size() == 6);
    CHECK(unknown->headerSignature == headerSignature(unknown->header));

    ColumnMapping mapping;
    mapping.customer = 0;
    mapping.invoiceNumber = 1;
    mapping.date = 2;
    mapping.untaxedTotal = 3;
    mapping.status = 4;
    mapping.type = 5;
    ReadOptions options;
    options.mapping = mapping;
    options.dateOrder = DateOrder::DayMonthYear;
    const InvoiceReadResult r = readFixture("generic-mapped.csv", options);
    CHECK(r.problems.isEmpty());
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].customer == QStringLiteral("M\u00FCller GmbH"));
    CHECK(r.lines[0].netAmount == 123450);
    CHECK(r.lines[0].currency == QStringLiteral("EUR"));
    CHECK(r.lines[1].date == QDate(2024, 2, 1));
    CHECK(r.lines[1].netAmount == 9900);
    CHECK(r.lines[2].kind == InvoiceKind::CreditNote);
    CHECK(r.lines[2].netAmount == -10000);
}

TEST_CASE("A contacts export is refused as invoices")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/odoo-contacts.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<InvoiceReadResult> result = readInvoices(file, file.fileName());
    REQUIRE_FALSE(result.ok());
    CHECK(result.errorMessage().contains(QStringLiteral("contacts")));
}
