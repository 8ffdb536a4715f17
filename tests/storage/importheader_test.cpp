#include "clientele/storage/import/columnmapping.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QStringList split(const char *header)
{
    return QString::fromLatin1(header).split(u',');
}

} // namespace

TEST_CASE("Header names are matched loosely")
{
    CHECK(normaliseHeader(u"*ContactName") == normaliseHeader(u"contact"));
    CHECK(normaliseHeader(u"Invoice Number") == normaliseHeader(u"invoice_number"));
    CHECK(normaliseHeader(u"Invoice/Bill Date") == QStringLiteral("invoicebilldate"));
    CHECK(normaliseHeader(u"Tags") == normaliseHeader(u"tag"));
    CHECK(normaliseHeader(u" TOTAL ") == normaliseHeader(u"Total"));
    CHECK(normaliseHeader(u"name") == QStringLiteral("name")); // "Name" alone is kept
    CHECK(normaliseHeader(u"Total") != normaliseHeader(u"TaxTotal"));
}

TEST_CASE("Xero sales invoice exports and import templates are recognised")
{
    const ColumnMapping m = recogniseHeader(
        split("ContactName,EmailAddress,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,TaxTotal,"
              "InventoryItemCode,Description,Quantity,UnitAmount,LineAmount,TaxAmount,Currency,"
              "Type,Sent,Status"));
    CHECK(m.format == ImportFormat::XeroInvoices);
    CHECK(m.customer == 0);
    CHECK(m.invoiceNumber == 2);
    CHECK(m.date == 4);
    CHECK(m.total == 6);
    CHECK(m.taxTotal == 7);
    CHECK(m.itemCode == 8);
    CHECK(m.lineAmount == 12);
    CHECK(m.lineTax == 13);
    CHECK(m.type == 15);
    CHECK(m.status == 17);
    const ColumnMapping importTemplate = recogniseHeader(
        split("*ContactName,*InvoiceNumber,*InvoiceDate,*DueDate,*Description,*Quantity,"
              "*UnitAmount,*AccountCode,*TaxType"));
    CHECK(importTemplate.format == ImportFormat::XeroInvoices);
    CHECK(importTemplate.canReadInvoices());
}

TEST_CASE("Odoo invoice lists are recognised by labels or technical names")
{
    const ColumnMapping labels = recogniseHeader(
        split("Number,Invoice Partner Display Name,Invoice/Bill Date,Due Date,Tax Excluded,"
              "Total Signed,Payment Status,Status"));
    CHECK(labels.format == ImportFormat::OdooInvoices);
    CHECK(labels.customer == 1);
    CHECK(labels.untaxedTotal == 4);
    CHECK(labels.total == 5);
    CHECK(labels.status == 7);
    const ColumnMapping technical = recogniseHeader(
        split("name,partner_id,invoice_date,amount_total_signed,amount_untaxed_signed,state,"
              "move_type"));
    CHECK(technical.format == ImportFormat::OdooInvoices);
    CHECK(technical.invoiceNumber == 0);
    CHECK(technical.untaxedTotal == 4);
    CHECK(technical.type == 6);
    // Untaxed Amount Signed wins over the list view's Tax Excluded when both are there.
    CHECK(recogniseHeader(split("Number,Customer,Invoice Date,Tax Excluded,Untaxed Amount Signed"))
              .untaxedTotal
          == 4);
}

TEST_CASE("Contact exports are recognised")
{
    const ColumnMapping xero = recogniseHeader(
        split("*ContactName,AccountNumber,EmailAddress,POCity,POCountry,SACity,SACountry,Website"));
    CHECK(xero.format == ImportFormat::XeroContacts);
    CHECK(xero.name == 0);
    CHECK(xero.city == 5);
    CHECK(xero.postalCity == 3);
    const ColumnMapping odoo =
        recogniseHeader(split("name,company_type,industry_id,category_id,country_id,city,email"));
    CHECK(odoo.format == ImportFormat::OdooContacts);
    CHECK(odoo.industry == 2);
    CHECK(odoo.tags == 3);
    CHECK(odoo.country == 4);
}

TEST_CASE("Other headers are unknown and need a mapping")
{
    const ColumnMapping m = recogniseHeader(split("Client,Ref,When,Net"));
    CHECK(m.format == ImportFormat::Unknown);
    CHECK_FALSE(m.canReadInvoices());
    CHECK_FALSE(m.canReadContacts());
}

TEST_CASE("Header signatures are stable under loose spelling and change with the columns")
{
    const QString a = headerSignature(split("Client,Ref,When,Net"));
    CHECK(a == headerSignature(split("client, REF ,*When,net")));
    CHECK(a != headerSignature(split("Ref,Client,When,Net")));
    CHECK(a != headerSignature(split("Client,Ref,When")));
    CHECK(a.size() == 20);
}

TEST_CASE("A column mapping survives a trip through JSON")
{
    ColumnMapping m;
    m.customer = 0;
    m.invoiceNumber = 1;
    m.date = 2;
    m.untaxedTotal = 3;
    m.tags = 7;
    CHECK(ColumnMapping::fromJson(m.toJson()) == m);
    CHECK(ColumnMapping::fromJson(QJsonObject()) == ColumnMapping());
}
