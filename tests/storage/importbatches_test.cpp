// Imported invoice history travels between the replicas of a team as whole imports: carried from
// the replica that ran it, an import gives every other replica the same customers, documents and
// metrics, carrying it again changes nothing, and imports made apart agree once exchanged.

#include "importbatchsupport.h"

using namespace clientele;
using namespace importtest;

namespace {

// A Xero contacts export of the given contacts: name, e-mail, postal city and country.
QByteArray xeroContacts(const QList<QStringList> &contacts)
{
    QByteArray text = "*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,"
                      "POAddressLine1,POCity,PORegion,POPostalCode,POCountry,SAAddressLine1,"
                      "SACity,SARegion,SAPostalCode,SACountry,PhoneNumber,Website,LegalName\n";
    for (const QStringList &c : contacts) {
        QStringList fields(19);
        fields[0] = c.at(0);
        fields[2] = c.at(1);
        fields[7] = c.at(2);
        fields[10] = c.at(3);
        text += fields.join(u',').toUtf8() + '\n';
    }
    return text;
}

// Xero's columns, with one line per document: customer, number, date, amount, type, status.
QByteArray xeroInvoices(const QList<QStringList> &documents)
{
    QByteArray text = "ContactName,POCity,POCountry,InvoiceNumber,InvoiceDate,Total,TaxTotal,"
                      "Description,Quantity,UnitAmount,LineAmount,TaxAmount,Currency,Type,Status\n";
    for (const QStringList &d : documents)
        text += QStringList{d.at(0),
                            QStringLiteral("Sydney"),
                            QStringLiteral("Australia"),
                            d.at(1),
                            d.at(2),
                            d.at(3),
                            QStringLiteral("0.00"),
                            QStringLiteral("Consulting"),
                            QStringLiteral("1"),
                            d.at(3),
                            d.at(3),
                            QStringLiteral("0.00"),
                            QStringLiteral("AUD"),
                            d.at(4),
                            d.at(5)}
                    .join(u',')
                    .toUtf8()
                + '\n';
    return text;
}

} // namespace

TEST_CASE("A Xero import carried to another replica gives it the same customers and documents",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    importInvoices(a.path, fixture("xero-history.csv"));
    carry(a.path, b.path);

    // docs/metrics.md's worked example, now on the replica that never read the file.
    const CustomerRow alpha = customerOf(b.path, QStringLiteral("Alpha Pty Ltd"));
    CHECK(alpha.city == QStringLiteral("Sydney"));
    CHECK(alpha.region.isEmpty());
    CHECK(alpha.country == QStringLiteral("Australia"));
    CHECK(alpha.metrics.firstInvoice == QDate(2022, 1, 15));
    CHECK(alpha.metrics.lastInvoice == QDate(2024, 1, 10));
    CHECK(alpha.metrics.invoices == 3);
    CHECK(alpha.metrics.creditNotes == 1);
    CHECK(alpha.metrics.netSpend == 240000);
    CHECK(alpha.metrics.monthsSpanned == 25);
    CHECK(alpha.metrics.perMonth == 9600);
    CHECK(alpha.metrics.perYear == 115200);
    CHECK(alpha.metrics.loyalty == 23);
    CHECK(alpha.metrics.purchases
          == QStringList{QStringLiteral("Consulting"), QStringLiteral("Workshop"),
                         QStringLiteral("Travel")});
    // Gamma: three invoices of 100.00 from 14 January to 14 March 2023, one quarter of one.
    const CustomerRow gamma = customerOf(b.path, QStringLiteral("Gamma Ltd"));
    CHECK(gamma.metrics.invoices == 3);
    CHECK(gamma.metrics.tenureDays == 59);
    CHECK(gamma.metrics.netSpend == 30000);
    CHECK(gamma.metrics.perMonth == 10000);
    CHECK(gamma.metrics.loyalty == 8);
    CHECK(customersText(b.path).size() == 3);
    CHECK(documentsText(b.path).size() == 11);
    CHECK(countRows(b.path, "SELECT count(*) FROM invoice_line") == 12);

    CHECK(customersText(b.path) == customersText(a.path));
    CHECK(documentsText(b.path) == documentsText(a.path));
    CHECK(batchesOf(b.path) == batchesOf(a.path));

    // Carried again, or back, nothing changes; the file read again on B is already there.
    const QString bBefore = contentDump(b.path);
    const QString aBefore = contentDump(a.path);
    carry(a.path, b.path);
    carry(b.path, a.path);
    CHECK(contentDump(b.path) == bBefore);
    CHECK(contentDump(a.path) == aBefore);
    const ImportReport again =
        InvoiceImporter(b.path).run(fixture("xero-history.csv"), withoutSnapshot());
    CHECK(again.documentsImported == 0);
    CHECK(again.documentsAlreadyPresent == 11);
}

TEST_CASE("Odoo imports made apart and carried both ways leave both replicas alike",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    importInvoices(a.path, fixture("odoo-invoices-labels.csv"));
    importInvoices(b.path, fixture("odoo-invoices-technical.tsv"));
    carry(a.path, b.path);
    carry(b.path, a.path);

    // Azure Interior: INV/2024/00001 of 1,000.00 on 15 January, a credit note of 200.00.
    const CustomerRow azure = customerOf(b.path, QStringLiteral("Azure Interior"));
    CHECK(azure.metrics.currency == QStringLiteral("USD"));
    CHECK(azure.metrics.invoices == 1);
    CHECK(azure.metrics.creditNotes == 1);
    CHECK(azure.metrics.netSpend == 80000);
    CHECK(azure.metrics.firstInvoice == QDate(2024, 1, 15));
    CHECK(azure.metrics.tenureDays == 0);
    CHECK(azure.metrics.perMonth == 80000);
    CHECK(azure.metrics.perYear == 80000);
    CHECK(azure.metrics.loyalty == 3);
    // Ready Mat: 400.00 EUR on 1 March less a refund of 100.00; the bill is no customer's.
    const CustomerRow ready = customerOf(a.path, QStringLiteral("Ready Mat"));
    CHECK(ready.metrics.currency == QStringLiteral("EUR"));
    CHECK(ready.metrics.invoices == 1);
    CHECK(ready.metrics.netSpend == 30000);
    // Four customers from one file, two from the other: Wood Corner only sold to the consultancy.
    CHECK(customersText(a.path).size() == 6);
    CHECK(documentsText(a.path).size() == 8);

    CHECK(customersText(a.path) == customersText(b.path));
    CHECK(documentsText(a.path) == documentsText(b.path));
    CHECK(batchesOf(a.path) == batchesOf(b.path));
}

TEST_CASE("Invoices and contacts imported apart agree on every customer once exchanged",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    importInvoices(a.path, fixture("xero-history.csv"));
    setImportedAt(a.path, "xero-history.csv", "2024-05-01T09:00:00.000Z");
    // Later, on B, which has not seen A's import yet: the contacts of two customers.
    const QString contacts = writeFile(
        b, QStringLiteral("contacts.csv"),
        xeroContacts({{QStringLiteral("ALPHA PTY LTD"), QStringLiteral("ap@alpha.example"),
                       QStringLiteral("Melbourne"), QString()},
                      {QStringLiteral("Zulu Partners"), QStringLiteral("hi@zulu.example"),
                       QStringLiteral("Perth"), QStringLiteral("Australia")}}));
    importContacts(b.path, contacts);
    setImportedAt(b.path, "contacts.csv", "2024-06-01T09:00:00.000Z");
    CHECK(customerOf(b.path, QStringLiteral("ALPHA PTY LTD")).city == QStringLiteral("Melbourne"));

    carry(a.path, b.path);
    carry(b.path, a.path);

    // As if both imports had been made on one computer, the invoices first: the name as the
    // invoices spell it, the contact's city and e-mail, the invoices' country where the contact
    // gave none.
    for (const QString &replica : {a.path, b.path}) {
        INFO(replica.toStdString());
        const CustomerRow alpha = customerOf(replica, QStringLiteral("Alpha Pty Ltd"));
        CHECK(alpha.email == QStringLiteral("ap@alpha.example"));
        CHECK(alpha.city == QStringLiteral("Melbourne"));
        CHECK(alpha.region.isEmpty());
        CHECK(alpha.country == QStringLiteral("Australia"));
        CHECK(alpha.metrics.netSpend == 240000);
        CHECK(alpha.metrics.loyalty == 23);
        const CustomerRow zulu = customerOf(replica, QStringLiteral("Zulu Partners"));
        CHECK(zulu.city == QStringLiteral("Perth"));
        CHECK(zulu.metrics.invoices == 0);
        CHECK(zulu.metrics.netSpend == 0);
        CHECK(customersText(replica).size() == 4);
    }
    CHECK(customersText(a.path) == customersText(b.path));
    CHECK(batchesOf(a.path) == batchesOf(b.path));
}

TEST_CASE("A document two replicas imported apart is the older import's on both",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    const QString sales = QStringLiteral("Sales invoice");
    const QString paid = QStringLiteral("Paid");
    // B read INV-7 first, while it was 500.00; A read it later as 650.00, with INV-8.
    const QString early = writeFile(
        b, QStringLiteral("march.csv"),
        xeroInvoices({{QStringLiteral("Kilo Ltd"), QStringLiteral("INV-7"),
                       QStringLiteral("2024-03-01"), QStringLiteral("500.00"), sales, paid}}));
    const QString late = writeFile(
        a, QStringLiteral("april.csv"),
        xeroInvoices({{QStringLiteral("Kilo Ltd"), QStringLiteral("INV-7"),
                       QStringLiteral("2024-03-01"), QStringLiteral("650.00"), sales, paid},
                      {QStringLiteral("Kilo Ltd"), QStringLiteral("INV-8"),
                       QStringLiteral("2024-04-02"), QStringLiteral("100.00"), sales, paid}}));
    importInvoices(b.path, early);
    setImportedAt(b.path, "march.csv", "2024-03-02T10:00:00.000Z");
    importInvoices(a.path, late);
    setImportedAt(a.path, "april.csv", "2024-04-03T10:00:00.000Z");

    carry(a.path, b.path);
    carry(b.path, a.path);

    // On one computer the March file would have stored INV-7 and April's found it present.
    for (const QString &replica : {a.path, b.path}) {
        INFO(replica.toStdString());
        const CustomerRow kilo = customerOf(replica, QStringLiteral("Kilo Ltd"));
        CHECK(kilo.metrics.invoices == 2);
        CHECK(kilo.metrics.netSpend == 60000);
        CHECK(countRows(replica, "SELECT net FROM invoice WHERE number = 'INV-7'") == 50000);
        CHECK(countRows(replica, "SELECT count(*) FROM invoice_line") == 2);
    }
    CHECK(documentsText(a.path) == documentsText(b.path));
    CHECK(customersText(a.path) == customersText(b.path));
}

TEST_CASE("An import made after taking in one stamped ahead is the newer on every replica",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    const QString perth = writeFile(b, QStringLiteral("perth.csv"),
                                    xeroContacts({{QStringLiteral("Kilo Ltd"), QString(),
                                                   QStringLiteral("Perth"), QString()}}));
    const QString hobart = writeFile(a, QStringLiteral("hobart.csv"),
                                     xeroContacts({{QStringLiteral("Kilo Ltd"), QString(),
                                                    QStringLiteral("Hobart"), QString()}}));
    // B's clock runs years ahead; A takes B's import in, then makes its own, which moves Kilo.
    importContacts(b.path, perth);
    setImportedAt(b.path, "perth.csv", "2099-01-01T00:00:00.000Z");
    carry(b.path, a.path);
    importContacts(a.path, hobart);
    CHECK(countRows(a.path, "SELECT count(*) FROM import WHERE file_name = 'hobart.csv' "
                            "AND imported_at = '2099-01-01T00:00:00.001Z'")
          == 1);
    carry(a.path, b.path);

    for (const QString &replica : {a.path, b.path}) {
        INFO(replica.toStdString());
        CHECK(customerOf(replica, QStringLiteral("Kilo Ltd")).city == QStringLiteral("Hobart"));
    }
    CHECK(customersText(a.path) == customersText(b.path));
}
