// What a file holds decides what an import does with it: credit notes known by their sign,
// documents keyed by the export they came from, files of the wrong kind refused, and a check
// pass that says all of it without writing.

#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/contactimporter.h"
#include "clientele/storage/customerrepository.h"
#include "clientele/storage/invoiceimporter.h"

#include "importertestsupport.h"
#include "oldschema.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

using namespace clientele;
using namespace importtest;
using clientele::test::createAtSchema;

namespace {

QString writeCsv(const TempWorkspace &ws, const QString &name, const QByteArray &text)
{
    const QString path = ws.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    return path;
}

ImportOptions noSnapshot()
{
    ImportOptions options;
    options.snapshot = false;
    return options;
}

CustomerRow customer(const QString &path, const QString &name)
{
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    for (const CustomerRow &row :
         CustomerRepository((*file)->database()).page({CustomerSort::Name, false, name, 0, 10})) {
        if (row.name == name)
            return row;
    }
    FAIL("no customer " << name.toStdString());
    return {};
}

// Every file in the workspace's folder (backups included) with its SHA-256.
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        state.insert(QDir(folder).relativeFilePath(path),
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return state;
}

// Odoo's default invoice list: no type column, credit notes only by their negative amounts.
const QByteArray kOdooNoType =
    "Number,Customer,Invoice Date,Untaxed Amount Signed,Total Signed,Status\n"
    "INV/2024/00001,Azure Interior,2024-01-15,1000.00,1150.00,Posted\n"
    "INV/2024/00002,Azure Interior,2024-03-01,500.00,575.00,Posted\n"
    "RINV/2024/00001,Azure Interior,2024-03-10,-200.00,-230.00,Posted\n"
    "INV/2024/00003,Azure Interior,2024-04-01,90.00,103.50,Draft\n"
    "INV/2024/00004,Azure Interior,2024-04-02,80.00,92.00,Cancelled\n";

} // namespace

TEST_CASE("Odoo credit notes without a type column are known by their negative total")
{
    TempWorkspace ws;
    const ImportReport report = InvoiceImporter(ws.path).run(
        writeCsv(ws, QStringLiteral("odoo.csv"), kOdooNoType), noSnapshot());
    INFO(report.summary().toStdString());
    REQUIRE(report.committed());
    const CustomerRow azure = customer(ws.path, QStringLiteral("Azure Interior"));
    CHECK(azure.metrics.invoices == 2);
    CHECK(azure.metrics.creditNotes == 1);
    CHECK(azure.metrics.netSpend == 130000); // 1,000 + 500 - 200; the draft and cancelled not
    CHECK(report.notSales.value(QStringLiteral("draft")) == 1);
    CHECK(report.notSales.value(QStringLiteral("cancelled")) == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE kind = 'credit' AND number = "
                             "'RINV/2024/00001'")
          == 1);
}

TEST_CASE("A Xero and an Odoo document with the same number are two documents")
{
    TempWorkspace ws;
    const QString xero = writeCsv(
        ws, QStringLiteral("xero.csv"),
        "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,Status\n"
        "Acme,INV-0001,15/03/2024,110.00,10.00,100.00,AUD,Sales invoice,Paid\n");
    const QString odoo = writeCsv(ws, QStringLiteral("odoo.csv"),
                                  "Number,Customer,Invoice Date,Untaxed Amount Signed,Total "
                                  "Signed,Currency,Status,Type\n"
                                  "INV-0001,Acme,2024-04-20,300.00,330.00,AUD,Posted,Customer "
                                  "Invoice\n");
    REQUIRE(InvoiceImporter(ws.path).run(xero, noSnapshot()).committed());
    const ImportReport second = InvoiceImporter(ws.path).run(odoo, noSnapshot());
    REQUIRE(second.committed());
    CHECK(second.documentsImported == 1);
    CHECK(second.documentsAlreadyPresent == 0);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE number = 'INV-0001'") == 2);
    CHECK(customer(ws.path, QStringLiteral("Acme")).metrics.netSpend == 40000);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE doc_key = "
                             "'xero|INV-0001|invoice'")
          == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE doc_key = "
                             "'odoo|INV-0001|invoice'")
          == 1);
    // Each file again adds nothing.
    CHECK(InvoiceImporter(ws.path).run(xero, noSnapshot()).documentsAlreadyPresent == 1);
    CHECK(InvoiceImporter(ws.path).run(odoo, noSnapshot()).documentsAlreadyPresent == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice") == 2);
}

TEST_CASE("A bills export adds no customers and says it holds purchases")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    const QString bills = writeCsv(
        ws, QStringLiteral("bills.csv"),
        "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,Status\n"
        "Steel Supplies,B-100,15/03/2024,110.00,10.00,100.00,AUD,Bill,Paid\n"
        "Steel Supplies,B-101,16/03/2024,220.00,20.00,200.00,AUD,Bill,Paid\n"
        "Office Depot,B-102,17/03/2024,55.00,5.00,50.00,AUD,Bill credit note,Paid\n");
    ImportOptions options;
    const ImportReport checked = InvoiceImporter(ws.path).check(bills, options);
    CHECK(checked.outcome == ImportReport::Outcome::Failed);
    CHECK(checked.purchaseDocuments == 3);
    const ImportReport report = InvoiceImporter(ws.path).run(bills, options);
    INFO(report.summary().toStdString());
    CHECK(report.outcome == ImportReport::Outcome::Failed);
    CHECK(report.error.contains(QStringLiteral("no sales invoices")));
    CHECK(report.error.contains(QStringLiteral("3 purchase documents (bills)")));
    CHECK(report.summary().contains(QStringLiteral("Purchases:         3 lines in 3 documents")));
    CHECK(contentDump(ws.path) == before);
    CHECK(report.snapshot.isEmpty());
    CHECK(BackupSnapshots::list(ws.path).isEmpty());
}

TEST_CASE("Purchases among sales are read and not stored")
{
    TempWorkspace ws;
    const QString mixed = writeCsv(
        ws, QStringLiteral("mixed.csv"),
        "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,Status\n"
        "Acme,INV-1,15/03/2024,110.00,10.00,100.00,AUD,Sales invoice,Paid\n"
        "Steel Supplies,B-100,15/03/2024,110.00,10.00,100.00,AUD,Bill,Paid\n");
    const ImportReport report = InvoiceImporter(ws.path).run(mixed, noSnapshot());
    REQUIRE(report.committed());
    CHECK(report.customersAdded == 1);
    CHECK(report.purchaseDocuments == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM customer") == 1);
}

TEST_CASE("A contacts file offered as invoices, and the reverse, is refused untouched")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    const ImportReport asInvoices =
        InvoiceImporter(ws.path).run(fixture("xero-contacts.csv"), noSnapshot());
    CHECK(asInvoices.outcome == ImportReport::Outcome::Failed);
    CHECK(asInvoices.format == ImportFormat::XeroContacts);
    CHECK(asInvoices.error.contains(QStringLiteral("is a Xero contacts export, not invoices")));
    const ImportReport asContacts =
        ContactImporter(ws.path).run(fixture("odoo-invoices-labels.csv"), noSnapshot());
    CHECK(asContacts.outcome == ImportReport::Outcome::Failed);
    CHECK(asContacts.format == ImportFormat::OdooInvoices);
    CHECK(asContacts.error.contains(QStringLiteral("is a Odoo invoices export, not contacts")));
    CHECK(contentDump(ws.path) == before);
}

TEST_CASE("The check pass reports what the import then does, and writes nothing")
{
    TempWorkspace ws;
    REQUIRE(
        InvoiceImporter(ws.path).run(fixture("xero-invoices-au.csv"), noSnapshot()).committed());
    const QMap<QString, QByteArray> before = folderState(ws.dir.path());

    ImportOptions options;
    options.allowProblems = true;
    const ImportReport checked =
        InvoiceImporter(ws.path).check(fixture("xero-history.csv"), options);
    INFO(checked.summary().toStdString());
    CHECK(checked.outcome == ImportReport::Outcome::Ready);
    CHECK(checked.check);
    CHECK(checked.summary().contains(QStringLiteral("Would import:")));
    CHECK(folderState(ws.dir.path()) == before);

    const ImportReport imported =
        InvoiceImporter(ws.path).run(fixture("xero-history.csv"), options);
    REQUIRE(imported.committed());
    CHECK(checked.linesImported == imported.linesImported);
    CHECK(checked.documentsImported == imported.documentsImported);
    CHECK(checked.customersAdded == imported.customersAdded);
    CHECK(checked.notSales == imported.notSales);
    CHECK(checked.dateOrder == imported.dateOrder);

    // Checked again, everything is already there.
    const ImportReport again = InvoiceImporter(ws.path).check(fixture("xero-history.csv"), options);
    CHECK(again.linesImported == 0);
    CHECK(again.linesAlreadyPresent == imported.linesImported);
    CHECK(again.documentsAlreadyPresent == imported.documentsImported);
    CHECK(again.customersAdded == 0);
}

TEST_CASE("A check of an ambiguous file answers the date question without reading it again")
{
    TempWorkspace ws;
    const ImportReport checked =
        InvoiceImporter(ws.path).check(fixture("xero-invoices-ambiguous.csv"), {});
    REQUIRE(checked.outcome == ImportReport::Outcome::NeedsDateOrder);
    for (const DateOrder order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear}) {
        const ImportReport *choice = checked.choice(order);
        REQUIRE(choice != nullptr);
        ImportOptions options = noSnapshot();
        options.read.dateOrder = order;
        options.allowProblems = true;
        const ImportReport direct =
            InvoiceImporter(ws.path).check(fixture("xero-invoices-ambiguous.csv"), options);
        CHECK(choice->linesImported == direct.linesImported);
        CHECK(choice->skippedLines() == direct.skippedLines());
        CHECK(choice->problems.size() == direct.problems.size());
    }
    CHECK(checked.choice(DateOrder::YearMonthDay) == nullptr);
}

TEST_CASE("An import keeps one snapshot when it commits and none when it does not")
{
    TempWorkspace ws;
    ImportOptions options; // snapshots on, as in the app
    const ImportReport refused =
        InvoiceImporter(ws.path).run(fixture("invoices-bad-lines.csv"), options);
    CHECK(refused.outcome == ImportReport::Outcome::ProblemsFound);
    CHECK(BackupSnapshots::list(ws.path).isEmpty());
    const ImportReport imported =
        InvoiceImporter(ws.path).run(fixture("xero-history.csv"), options);
    REQUIRE(imported.committed());
    CHECK(BackupSnapshots::list(ws.path) == QStringList{imported.snapshot});
}

TEST_CASE("A mapping named by field and header reads a file and is remembered")
{
    TempWorkspace ws;
    const QString csv = writeCsv(ws, QStringLiteral("ledger.csv"),
                                 "Client,When,Net amount,Doc\n"
                                 "Acme,2024-03-01,100.00,A-1\n"
                                 "Acme,2024-04-01,50.00,A-2\n");
    ImportOptions named = noSnapshot();
    named.namedMapping = {{QStringLiteral("customer"), QStringLiteral("Client")},
                          {QStringLiteral("date"), QStringLiteral("when")},
                          {QStringLiteral("untaxedTotal"), QStringLiteral("Net amount")},
                          {QStringLiteral("invoiceNumber"), QStringLiteral("Doc")}};
    const ImportReport report = InvoiceImporter(ws.path).run(csv, named);
    INFO(report.summary().toStdString());
    REQUIRE(report.committed());
    CHECK(customer(ws.path, QStringLiteral("Acme")).metrics.netSpend == 15000);
    // The same columns later need no mapping.
    const QString later = writeCsv(ws, QStringLiteral("ledger-2.csv"),
                                   "Client,When,Net amount,Doc\nAcme,2024-05-01,25.00,A-3\n");
    const ImportReport again = InvoiceImporter(ws.path).run(later, noSnapshot());
    REQUIRE(again.committed());
    CHECK(customer(ws.path, QStringLiteral("Acme")).metrics.netSpend == 17500);

    ImportOptions wrong = noSnapshot();
    wrong.namedMapping = {{QStringLiteral("customer"), QStringLiteral("Nobody")}};
    const ImportReport refused = InvoiceImporter(ws.path).run(csv, wrong);
    CHECK(refused.outcome == ImportReport::Outcome::Failed);
    CHECK(refused.error.contains(QStringLiteral("no column \u201CNobody\u201D")));
    CHECK(refused.error.contains(QStringLiteral("Client, When, Net amount, Doc")));
}

TEST_CASE("Schema 6 keys the documents of older imports by the export they came from")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.clientele"));
    createAtSchema(path, 5);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO import (id, kind, file_name, header_signature, format, imported_at) "
                "VALUES (1, 'invoices', 'x.csv', 'aaa', 'Xero invoices', ''), "
                "(2, 'invoices', 'o.csv', 'bbb', 'Odoo invoices', ''), "
                "(3, 'invoices', 'm.csv', 'ccc', 'unknown', '')");
        db.exec("INSERT INTO customer (id, name, name_key) VALUES (1, 'Acme', 'acme')");
        // As schema 5 stored them: one source for every file.
        db.exec("INSERT INTO invoice (doc_key, customer_id, number, kind, net, counts_as_sale, "
                "import_id) VALUES "
                "('mapped|INV-1|invoice', 1, 'INV-1', 'invoice', 100, 1, 1), "
                "('hash|d1d2#1', 1, '', 'other', 5, 0, 1), "
                "('mapped|INV/7|credit', 1, 'INV/7', 'credit', -30, 1, 2), "
                "('mapped|A-1|invoice', 1, 'A-1', 'invoice', 40, 1, 3)");
    }
    auto opened = WorkspaceFile::open(path);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    QStringList keys;
    SQLite::Statement rows((*opened)->database(), "SELECT doc_key FROM invoice ORDER BY id");
    while (rows.executeStep())
        keys << QString::fromUtf8(rows.getColumn(0).getText());
    CHECK(keys
          == QStringList{QStringLiteral("xero|INV-1|invoice"), QStringLiteral("xero|hash|d1d2#1"),
                         QStringLiteral("odoo|INV/7|credit"),
                         QStringLiteral("mapped:ccc|A-1|invoice")});
}

TEST_CASE("A file imported before schema 6 is found again after the upgrade")
{
    TempWorkspace ws;
    ImportOptions options = noSnapshot();
    REQUIRE(InvoiceImporter(ws.path).run(fixture("xero-history.csv"), options).committed());
    const qint64 documents = countRows(ws.path, "SELECT count(*) FROM invoice");
    {
        // Back to schema 5's keys: every source "mapped", hashes without a source.
        SQLite::Database db(ws.path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE invoice SET doc_key = 'mapped' || substr(doc_key, 5) "
                "WHERE doc_key LIKE 'xero|%' AND doc_key NOT LIKE 'xero|hash|%'");
        db.exec("UPDATE invoice SET doc_key = substr(doc_key, 6) WHERE doc_key LIKE 'xero|hash|%'");
        REQUIRE(db.execAndGet("SELECT count(*) FROM invoice WHERE doc_key LIKE 'xero%'").getInt()
                == 0);
        const QString script = [] {
            QFile file(QStringLiteral(CLIENTELE_FIXTURES
                                      "/../../resources/migrations/006_document_sources.sql"));
            REQUIRE(file.open(QIODevice::ReadOnly));
            return QString::fromUtf8(file.readAll());
        }();
        db.exec(script.toStdString());
    }
    const ImportReport again = InvoiceImporter(ws.path).run(fixture("xero-history.csv"), options);
    REQUIRE(again.committed());
    CHECK(again.documentsImported == 0);
    CHECK(again.documentsAlreadyPresent == documents);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice") == documents);
}
