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
    {&M::city, {"SACity"}},
    {&M::region, {"SARegion"}},
    {&M::country, {"SACountry"}},
    {&M::postalCity, {"POCity"}},
    {&M::postalRegion, {"PORegion"}},
    {&M::postalCountry, {"POCountry"}},
};

// Odoo labels its export headers in the user's language: besides the English labels and the
// technical names, the German, Spanish, French and Dutch labels from Odoo's own translation
// catalogues (versions 15 to 17), in that order. See docs/import.md.
const std::initializer_list<Alias> kOdooInvoices{
    {&M::customer,
     {"Customer", "Partner", "partner_id", "Invoice Partner Display Name",
      "invoice_partner_display_name", "Kunde", "Anzeigename des Rechnungspartners", "Cliente",
      "Contacto", "Nombre de la empresa a mostrar en la factura", "Client", "Partenaire",
      "Nom affiché du partenaire de la facture", "Klant", "Relatie", "Factuur relatie weergavenaam",
      "Factuurrelatie weergavenaam"}},
    {&M::invoiceNumber, {"Number", "name", "Nummer", "Número", "Numéro"}},
    {&M::date,
     {"Invoice/Bill Date", "Invoice Date", "invoice_date", "Date", "Ein-/Ausgangsrechnungsdatum",
      "Rechnungsdatum", "Fecha de factura", "Date de facturation", "Factuurdatum"}},
    {&M::untaxedTotal,
     {"Untaxed Amount Signed", "amount_untaxed_signed", "Tax Excluded", "Untaxed Amount",
      "amount_untaxed", "Nettobetrag unterzeichnet", "Exklusive Steuern", "Nettobetrag",
      "Base imponible firmado", "Impuestos no incluidos", "Base imponible",
      "Montant Hors-taxe Signé", "Hors taxes", "Montant HT", "Totaal excl. BTW", "Exclusief BTW",
      "Excl. BTW"}},
    {&M::taxTotal,
     {"Tax Signed", "amount_tax_signed", "Tax", "amount_tax", "Steuer unterzeichnet", "Steuer",
      "Impuesto firmado", "Impuesto", "Taxe signée", "Taxe", "BTW"}},
    {&M::total,
     {"Total Signed", "amount_total_signed", "Total", "amount_total", "Total in Currency Signed",
      "amount_total_in_currency_signed", "Ingesamt unterzeichnet", "Insgesamt unterzeichnet",
      "Gesamt", "Total firmado", "Total signé", "Totaal", "Insgesamt in Währung unterzeichnet",
      "Total firmado en moneda", "Total signé en devises", "Totaal in valuta"}},
    {&M::currency, {"Currency", "currency_id", "Währung", "Moneda", "Devise", "Valuta"}},
    {&M::status, {"Status", "state", "Estado", "État"}},
    {&M::type, {"Type", "move_type", "Typ", "Tipo", "Soort"}},
    // The customer's address, when the user added the partner's fields to the export.
    {&M::city, {"Customer/City", "Partner/City", "partner_id/city"}},
    {&M::region, {"Customer/State", "Partner/State", "partner_id/state_id"}},
    {&M::country, {"Customer/Country", "Partner/Country", "partner_id/country_id"}},
};

const std::initializer_list<Alias> kXeroContacts{
    {&M::name, {"ContactName"}},        {&M::email, {"EmailAddress"}},
    {&M::website, {"Website"}},         {&M::city, {"SACity"}},
    {&M::region, {"SARegion"}},         {&M::country, {"SACountry"}},
    {&M::postalCity, {"POCity"}},       {&M::postalRegion, {"PORegion"}},
    {&M::postalCountry, {"POCountry"}},
};

const std::initializer_list<Alias> kOdooContacts{
    {&M::name,
     {"Name", "Display Name", "Complete Name", "Anzeigename", "Vollständiger Name", "Nombre",
      "Nombre mostrado", "Nombre completo", "Nom", "Afficher Nom", "Nom affiché", "Nom Complet",
      "Naam", "Schermnaam", "Volledige naam"}},
    {&M::email, {"Email", "E-Mail", "Correo electrónico", "Courriel"}},
    {&M::website,
     {"Website", "Website Link", "Website-Link", "Sitio web", "Enlace del sitio web", "Site Web",
      "Lien vers un site web"}},
    {&M::city, {"City", "Stadt", "Ciudad", "Ville", "Plaats"}},
    {&M::region, {"State", "state_id", "Bundesland", "Provincia", "État", "Provincie / Staat"}},
    {&M::country, {"Country", "country_id", "Land", "País", "Pays"}},
    {&M::industry, {"Industry", "industry_id", "Branche", "Sector", "Secteur", "Industrie"}},
    {&M::tags, {"Tags", "category_id", "Stichwörter", "Etiquetas", "Étiquettes", "Labels"}},
};

ColumnMapping resolve(const QHash<QString, int> &columns, const std::initializer_list<Alias> &table,
                      ImportFormat format)
{
    ColumnMapping mapping;
    mapping.format = format;
    for (const Alias &alias : table) {
        for (const char *name : alias.names) {
            const int column = columns.value(normaliseHeader(QString::fromUtf8(name)), -1);
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
