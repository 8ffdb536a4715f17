// Odoo labels its export headers and values in the user's language. The labels here are Odoo's
// own (its German, Spanish, French and Dutch translation catalogues), not guesses.

#include "clientele/storage/import/contactfilereader.h"
#include "clientele/storage/import/invoicefilereader.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace clientele;

namespace {

QBuffer *buffer(const QByteArray &text)
{
    auto *device = new QBuffer;
    device->setData(text);
    device->open(QIODevice::ReadOnly);
    return device;
}

InvoiceReadResult invoices(const QByteArray &text)
{
    std::unique_ptr<QBuffer> device(buffer(text));
    Result<InvoiceReadResult> result = readInvoices(*device, QStringLiteral("odoo.csv"));
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

ContactReadResult contacts(const QByteArray &text)
{
    std::unique_ptr<QBuffer> device(buffer(text));
    Result<ContactReadResult> result = readContacts(*device, QStringLiteral("contacts.csv"));
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

struct Language {
    const char *name;
    QByteArray invoiceHeader; // number, customer, date, untaxed, total, currency, status, type
    const char *invoice, *creditNote, *bill, *posted, *draft, *cancelled;
};

} // namespace

TEST_CASE("Odoo invoice exports in German, Spanish, French and Dutch are read like English ones")
{
    const Language languages[] = {
        {"de",
         "Nummer,Kunde,Ein-/Ausgangsrechnungsdatum,Nettobetrag unterzeichnet,Ingesamt "
         "unterzeichnet,Währung,Status,Typ",
         "Kundenrechnung", "Kundengutschrift", "Lieferantenrechnung", "Gebucht", "Entwurf",
         "Storniert"},
        {"es",
         "Número,Contacto,Fecha de factura,Base imponible firmado,Total firmado,Moneda,Estado,"
         "Tipo",
         "Factura de cliente", "Factura rectificativa de cliente", "Factura de proveedor",
         "Publicado", "Borrador", "Cancelado"},
        {"fr",
         "Numéro,Partenaire,Date de facturation,Montant Hors-taxe Signé,Total signé,Devise,État,"
         "Type",
         "Facture client", "Note de crédit client", "Facture fournisseur", "Comptabilisé",
         "Brouillon", "Annulé"},
        {"nl", "Nummer,Relatie,Factuurdatum,Totaal excl. BTW,Totaal,Valuta,Status,Soort",
         "Verkoopfactuur", "Klant creditfactuur", "Leveranciersfactuur", "Geboekt", "Concept",
         "Geannuleerd"},
    };
    for (const Language &l : languages) {
        INFO(l.name);
        const auto row = [](const char *number, const char *untaxed, const char *status,
                            const char *type) {
            return QByteArray(number) + ",Azure Interior,2024-03-01," + untaxed + "," + untaxed
                   + ",EUR," + status + "," + type + "\n";
        };
        const InvoiceReadResult r = invoices(
            l.invoiceHeader + "\n" + row("INV/1", "100.00", l.posted, l.invoice)
            + row("RINV/1", "-40.00", l.posted, l.creditNote)
            + row("BILL/1", "-900.00", l.posted, l.bill) + row("INV/2", "70.00", l.draft, l.invoice)
            + row("INV/3", "80.00", l.cancelled, l.invoice));
        CHECK(r.mapping.format == ImportFormat::OdooInvoices);
        CHECK(r.problems.isEmpty());
        REQUIRE(r.lines.size() == 5);
        CHECK(r.lines[0].kind == InvoiceKind::Invoice);
        CHECK(r.lines[0].countsAsSale);
        CHECK(r.lines[0].netAmount == 10000);
        CHECK(r.lines[0].currency == QStringLiteral("EUR"));
        CHECK(r.lines[1].kind == InvoiceKind::CreditNote);
        CHECK(r.lines[1].countsAsSale);
        CHECK(r.lines[1].netAmount == -4000);
        CHECK(r.lines[2].kind == InvoiceKind::Purchase);
        CHECK(r.lines[3].notSaleReason == QStringLiteral("draft"));
        CHECK(r.lines[4].notSaleReason == QStringLiteral("cancelled"));
    }
}

TEST_CASE("A Spanish Odoo contacts export is read")
{
    const ContactReadResult r =
        contacts("Nombre completo,Correo electrónico,País,ID externo\n"
                 "Bombas del Sur S.L.,hola@bombas.example,España,__export__.res_partner_7\n");
    CHECK(r.mapping.format == ImportFormat::OdooContacts);
    REQUIRE(r.contacts.size() == 1);
    CHECK(r.contacts[0].name == QStringLiteral("Bombas del Sur S.L."));
    CHECK(r.contacts[0].email == QStringLiteral("hola@bombas.example"));
    CHECK(r.contacts[0].country == QStringLiteral("España"));
}

TEST_CASE("Odoo contacts exports in German, French and Dutch are read")
{
    const std::pair<const char *, const char *> exports[] = {
        {"de", "Anzeigename,E-Mail,Stadt,Land,Branche,Stichwörter\n"},
        {"fr", "Nom affiché,Courriel,Ville,Pays,Secteur,Étiquettes\n"},
        {"nl", "Schermnaam,E-mail,Plaats,Land,Industrie,Labels\n"},
    };
    for (const auto &[language, header] : exports) {
        INFO(language);
        const ContactReadResult r =
            contacts(QByteArray(header)
                     + "Wärme Technik,info@waerme.example,Köln,Deutschland,Bau,\"A, B\"\n");
        CHECK(r.mapping.format == ImportFormat::OdooContacts);
        REQUIRE(r.contacts.size() == 1);
        CHECK(r.contacts[0].email == QStringLiteral("info@waerme.example"));
        CHECK(r.contacts[0].city == QStringLiteral("Köln"));
        CHECK(r.contacts[0].country == QStringLiteral("Deutschland"));
        CHECK(r.contacts[0].industry == QStringLiteral("Bau"));
        CHECK(r.contacts[0].tags == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    }
}
