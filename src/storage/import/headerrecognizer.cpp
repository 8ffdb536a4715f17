#include "clientele/storage/import/columnmapping.h"

#include <QHash>

#include <initializer_list>

namespace clientele {

namespace {

struct Alias {
    int ColumnMapping::*member;
    std::initializer_list<const char *> names; // most specific first
};

using M = ColumnMapping;

// Header names as the exports write them; matched through normaliseHeader().
const std::initializer_list<Alias> kXeroInvoices{
    {&M::customer, {"ContactName"}},
    {&M::invoiceNumber, {"InvoiceNumber"}},
    {&M::date, {"InvoiceDate"}},
    {&M::total, {"Total"}},
    {&M::taxTotal, {"TaxTotal"}},
    {&M::type, {"Type"}},
    {&M::status, {"Status"}},
    {&M::description, {"Description"}},
    {&M::itemCode, {"InventoryItemCode", "ItemCode"}},
    {&M::quantity, {"Quantity"}},
    {&M::unitAmount, {"UnitAmount"}},
    {&M::lineAmount, {"LineAmount"}},
    {&M::lineTax, {"TaxAmount"}},
    {&M::currency, {"Currency"}},
};

const std::initializer_list<Alias> kOdooInvoices{
    {&M::customer,
     {"Customer", "Partner", "partner_id", "Invoice Partner Display Name",
      "invoice_partner_display_name"}},
    {&M::invoiceNumber, {"Number", "name"}},
    {&M::date, {"Invoice/Bill Date", "Invoice Date", "invoice_date", "Date"}},
    {&M::untaxedTotal,
     {"Untaxed Amount Signed", "amount_untaxed_signed", "Tax Excluded", "Untaxed Amount",
      "amount_untaxed"}},
    {&M::taxTotal, {"Tax Signed", "amount_tax_signed", "Tax", "amount_tax"}},
    {&M::total,
     {"Total Signed", "amount_total_signed", "Total", "amount_total", "Total in Currency Signed",
      "amount_total_in_currency_signed"}},
    {&M::currency, {"Currency", "currency_id"}},
    {&M::status, {"Status", "state"}},
    {&M::type, {"Type", "move_type"}},
};

const std::initializer_list<Alias> kXeroContacts{
    {&M::name, {"ContactName"}},        {&M::email, {"EmailAddress"}},
    {&M::website, {"Website"}},         {&M::city, {"SACity"}},
    {&M::region, {"SARegion"}},         {&M::country, {"SACountry"}},
    {&M::postalCity, {"POCity"}},       {&M::postalRegion, {"PORegion"}},
    {&M::postalCountry, {"POCountry"}},
};

const std::initializer_list<Alias> kOdooContacts{
    {&M::name, {"Name", "Display Name", "Complete Name"}},
    {&M::email, {"Email"}},
    {&M::website, {"Website"}},
    {&M::city, {"City"}},
    {&M::region, {"State", "state_id"}},
    {&M::country, {"Country", "country_id"}},
    {&M::industry, {"Industry", "industry_id"}},
    {&M::tags, {"Tags", "category_id"}},
};

ColumnMapping resolve(const QHash<QString, int> &columns, const std::initializer_list<Alias> &table,
                      ImportFormat format)
{
    ColumnMapping mapping;
    mapping.format = format;
    for (const Alias &alias : table) {
        for (const char *name : alias.names) {
            const int column = columns.value(normaliseHeader(QString::fromLatin1(name)), -1);
            if (column >= 0) {
                mapping.*alias.member = column;
                break;
            }
        }
    }
    return mapping;
}

bool anyOf(const ColumnMapping &m, std::initializer_list<int ColumnMapping::*> members)
{
    for (auto member : members) {
        if (m.*member >= 0)
            return true;
    }
    return false;
}

} // namespace

ColumnMapping recogniseHeader(const QStringList &header)
{
    QHash<QString, int> columns;
    // Backwards, so that of two columns with the same loose name the first one wins.
    for (int i = header.size() - 1; i >= 0; --i)
        columns.insert(normaliseHeader(header.at(i)), i);

    // Xero first: its ContactName/InvoiceNumber pair never appears in Odoo's headers.
    ColumnMapping xero = resolve(columns, kXeroInvoices, ImportFormat::XeroInvoices);
    if (xero.customer >= 0 && xero.invoiceNumber >= 0 && xero.date >= 0
        && anyOf(xero, {&M::lineAmount, &M::total, &M::unitAmount}))
        return xero;
    ColumnMapping odoo = resolve(columns, kOdooInvoices, ImportFormat::OdooInvoices);
    if (odoo.customer >= 0 && odoo.invoiceNumber >= 0 && odoo.date >= 0
        && anyOf(odoo, {&M::untaxedTotal, &M::total}))
        return odoo;
    const ColumnMapping xeroContacts = resolve(columns, kXeroContacts, ImportFormat::XeroContacts);
    if (xeroContacts.name >= 0
        && anyOf(xeroContacts, {&M::email, &M::website, &M::city, &M::country, &M::postalCity,
                                &M::postalCountry}))
        return xeroContacts;
    const ColumnMapping odooContacts = resolve(columns, kOdooContacts, ImportFormat::OdooContacts);
    if (odooContacts.name >= 0
        && anyOf(odooContacts,
                 {&M::email, &M::website, &M::city, &M::country, &M::industry, &M::tags}))
        return odooContacts;
    return {};
}

} // namespace clientele
