#include "clirun.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = clientele::test::CliRun;

Run run(const QStringList &arguments)
{
    return clientele::test::runCli(arguments);
}

QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name);
}

struct Workspace {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    Workspace() { REQUIRE(run({QStringLiteral("new"), path}).exitCode == 0); }
};

} // namespace

TEST_CASE("cli: import-invoices prints a summary and re-import finds everything present", "[cli]")
{
    Workspace ws;
    const Run first =
        run({QStringLiteral("import-invoices"), ws.path, fixture("xero-history.csv")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Lines read:        12")));
    CHECK(first.out.contains(QStringLiteral("Imported:          12 lines in 11 documents")));
    CHECK(first.out.contains(QStringLiteral("Not sales:         1 lines (draft)")));
    CHECK(first.err.isEmpty()); // no progress when stderr is not a terminal

    const Run again = run({QStringLiteral("import-invoices"), ws.path, fixture("xero-history.csv"),
                           QStringLiteral("--no-snapshot")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Already present:   12 lines in 11 documents")));
    CHECK(again.out.contains(QStringLiteral("Imported:          0 lines")));
}

TEST_CASE("cli: import-invoices exit codes", "[cli]")
{
    Workspace ws;
    const QString cmd = QStringLiteral("import-invoices");
    const Run ambiguous = run({cmd, ws.path, fixture("xero-invoices-ambiguous.csv")});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.startsWith(QStringLiteral("error: ")));
    CHECK(ambiguous.err.contains(QStringLiteral("xero-invoices-ambiguous.csv")));
    CHECK(ambiguous.err.contains(QStringLiteral("--date-order")));

    const Run settled = run({cmd, ws.path, fixture("xero-invoices-ambiguous.csv"),
                             QStringLiteral("--date-order"), QStringLiteral("mdy")});
    CHECK(settled.exitCode == 0);
    CHECK(settled.out.contains(QStringLiteral("month/day/year")));

    const Run missing = run({cmd, ws.path, ws.dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith(QStringLiteral("error: ")));

    const Run notWorkspace = run({cmd, fixture("xero-history.csv"), fixture("xero-history.csv")});
    CHECK(notWorkspace.exitCode == 2);

    const Run bad = run({cmd, ws.path, fixture("invoices-bad-lines.csv")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.contains(QStringLiteral("invoices-bad-lines.csv:3: LineAmount: ")));
    CHECK(bad.err.contains(QStringLiteral("--allow-problems")));

    const QString report = ws.dir.filePath(QStringLiteral("report.csv"));
    const Run allowed =
        run({cmd, ws.path, fixture("invoices-bad-lines.csv"), QStringLiteral("--allow-problems"),
             QStringLiteral("--report"), report});
    CHECK(allowed.exitCode == 0);
    QFile saved(report);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll().contains("invoices-bad-lines.csv,3,0,LineAmount,"));

    CHECK(run({cmd, ws.path, fixture("xero-history.csv"), QStringLiteral("--date-order"),
               QStringLiteral("sideways")})
              .exitCode
          == 1);
    CHECK(run({cmd, ws.path, fixture("xero-history.csv"), QStringLiteral("--format"),
               QStringLiteral("sage")})
              .exitCode
          == 1);
    CHECK(run({cmd, ws.path, fixture("xero-history.csv"), QStringLiteral("--format"),
               QStringLiteral("odoo")})
              .exitCode
          == 2);
    CHECK(run({cmd, ws.path}).exitCode == 1);
}

TEST_CASE("cli: import-contacts and customers --json", "[cli]")
{
    Workspace ws;
    REQUIRE(run({QStringLiteral("import-invoices"), ws.path, fixture("xero-history.csv")}).exitCode
            == 0);
    const Run contacts =
        run({QStringLiteral("import-contacts"), ws.path, fixture("odoo-contacts.csv")});
    INFO(contacts.err.toStdString());
    CHECK(contacts.exitCode == 0);
    CHECK(contacts.out.contains(QStringLiteral("Contacts added:    2")));
    CHECK(run({QStringLiteral("import-contacts"), ws.path, fixture("xero-history.csv")}).exitCode
          == 2);

    const Run json = run({QStringLiteral("customers"), ws.path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray customers = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(customers.size() == 5); // three with invoices, two from the contacts
    const QJsonObject alpha = customers.at(0).toObject(); // the biggest spender first
    CHECK(alpha.value(QStringLiteral("name")).toString() == QStringLiteral("Alpha Pty Ltd"));
    CHECK(alpha.value(QStringLiteral("firstInvoice")).toString() == QStringLiteral("2022-01-15"));
    CHECK(alpha.value(QStringLiteral("lastInvoice")).toString() == QStringLiteral("2024-01-10"));
    CHECK(alpha.value(QStringLiteral("invoices")).toInt() == 3);
    CHECK(alpha.value(QStringLiteral("netSpend")).toString() == QStringLiteral("2400.00"));
    CHECK(alpha.value(QStringLiteral("avgPerMonth")).toString() == QStringLiteral("96.00"));
    CHECK(alpha.value(QStringLiteral("avgPerYear")).toString() == QStringLiteral("1152.00"));
    CHECK(alpha.value(QStringLiteral("yearsAsCustomer")).toDouble() == 2.0);
    CHECK(json.out.contains(QStringLiteral("\"yearsAsCustomer\": 0.2")));

    const Run byTenure = run({QStringLiteral("customers"), ws.path, QStringLiteral("--json"),
                              QStringLiteral("--by"), QStringLiteral("tenure")});
    CHECK(QJsonDocument::fromJson(byTenure.out.toUtf8())
              .array()
              .at(1)
              .toObject()
              .value(QStringLiteral("name"))
              .toString()
          == QStringLiteral("Gamma Ltd"));
    const Run text =
        run({QStringLiteral("customers"), ws.path, QStringLiteral("--by"), QStringLiteral("name")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.indexOf(QStringLiteral("Alpha")) < text.out.indexOf(QStringLiteral("Beta")));
    CHECK(run({QStringLiteral("customers"), ws.path, QStringLiteral("--by"),
               QStringLiteral("height")})
              .exitCode
          == 1);
}

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString write(const Workspace &ws, const char *name, const QByteArray &text)
{
    const QString path = ws.dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    return path;
}

} // namespace

TEST_CASE("cli: --dry-run prints what an import would do and changes nothing", "[cli]")
{
    Workspace ws;
    const QString cmd = QStringLiteral("import-invoices");
    REQUIRE(run({cmd, ws.path, fixture("xero-invoices-au.csv")}).exitCode == 0);
    const QByteArray before = sha256(ws.path);
    const QStringList entries = QDir(ws.dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

    const Run dry = run({cmd, ws.path, fixture("xero-history.csv"), QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Would import:      12 lines in 11 documents")));
    CHECK(dry.out.contains(QStringLiteral("New customers:     3")));
    CHECK(dry.out.contains(QStringLiteral("nothing was written")));
    CHECK(sha256(ws.path) == before);
    CHECK(QDir(ws.dir.path()).entryList(QDir::AllEntries | QDir::Hidden) == entries);

    // The questions a dry run meets are the import's: the same messages and exit codes.
    const Run ambiguous =
        run({cmd, ws.path, fixture("xero-invoices-ambiguous.csv"), QStringLiteral("--dry-run")});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains(QStringLiteral("--date-order")));
    const Run bad =
        run({cmd, ws.path, fixture("invoices-bad-lines.csv"), QStringLiteral("--dry-run")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("nothing would be imported")));
    CHECK(sha256(ws.path) == before);
}

TEST_CASE("cli: a file of the wrong kind is refused naming the command that takes it", "[cli]")
{
    Workspace ws;
    const QByteArray before = sha256(ws.path);
    const Run contacts =
        run({QStringLiteral("import-invoices"), ws.path, fixture("xero-contacts.csv")});
    CHECK(contacts.exitCode == 2);
    CHECK(contacts.err.contains(QStringLiteral("is a Xero contacts export, not invoices")));
    CHECK(contacts.err.contains(QStringLiteral("clientele-cli import-contacts")));
    const Run invoices =
        run({QStringLiteral("import-contacts"), ws.path, fixture("xero-history.csv")});
    CHECK(invoices.exitCode == 2);
    CHECK(invoices.err.contains(QStringLiteral("clientele-cli import-invoices")));

    const QString bills = write(
        ws, "bills.csv",
        "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,Status\n"
        "Steel Supplies,B-100,15/03/2024,110.00,10.00,100.00,AUD,Bill,Paid\n"
        "Office Depot,B-101,16/03/2024,55.00,5.00,50.00,AUD,Bill,Awaiting Payment\n");
    const Run purchases = run({QStringLiteral("import-invoices"), ws.path, bills});
    CHECK(purchases.exitCode == 2);
    CHECK(purchases.err.contains(QStringLiteral("2 purchase documents (bills)")));
    CHECK(purchases.out.contains(QStringLiteral("New customers:     0")));
    CHECK(sha256(ws.path) == before);
}

TEST_CASE("cli: --map reads an unknown layout and the mapping is remembered", "[cli]")
{
    Workspace ws;
    const QString ledger = write(ws, "ledger.csv",
                                 "Client,When,Net amount\n"
                                 "Acme,2024-03-01,100.00\n"
                                 "Acme,2024-09-01,50.00\n");
    const QString cmd = QStringLiteral("import-invoices");
    const Run unmapped = run({cmd, ws.path, ledger});
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.contains(QStringLiteral("--map")));

    const Run unknownField =
        run({cmd, ws.path, ledger, QStringLiteral("--map"), QStringLiteral("buyer=Client")});
    CHECK(unknownField.exitCode == 2);
    CHECK(unknownField.err.contains(QStringLiteral("no field \u201Cbuyer\u201D")));
    const Run malformed =
        run({cmd, ws.path, ledger, QStringLiteral("--map"), QStringLiteral("customer")});
    CHECK(malformed.exitCode == 1);

    const Run mapped = run({cmd, ws.path, ledger, QStringLiteral("--map"),
                            QStringLiteral("customer=Client,date=When,untaxedTotal=Net amount")});
    INFO(mapped.err.toStdString());
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.out.contains(QStringLiteral("Imported:          2 lines in 2 documents")));

    const QString later = write(ws, "ledger-2.csv", "Client,When,Net amount\nBolt,2024-10-01,9\n");
    const Run remembered = run({cmd, ws.path, later});
    CHECK(remembered.exitCode == 0);
    CHECK(remembered.out.contains(QStringLiteral("Imported:          1 lines in 1 documents")));
}

TEST_CASE("cli: customers --json reports other currencies beside the money", "[cli]")
{
    Workspace ws;
    REQUIRE(
        run({QStringLiteral("import-invoices"), ws.path, fixture("xero-currencies.csv")}).exitCode
        == 0);
    const Run json = run({QStringLiteral("customers"), ws.path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray customers = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(customers.size() == 3);
    const QJsonObject kiwi = customers.at(0).toObject();
    CHECK(kiwi.value(QStringLiteral("name")).toString() == QStringLiteral("Kiwi Pumps Ltd"));
    CHECK(kiwi.value(QStringLiteral("currency")).toString() == QStringLiteral("NZD"));
    CHECK(kiwi.value(QStringLiteral("firstInvoice")).toString() == QStringLiteral("2024-01-15"));
    CHECK(kiwi.value(QStringLiteral("invoices")).toInt() == 4);
    CHECK(kiwi.value(QStringLiteral("netSpend")).toString() == QStringLiteral("2700.00"));
    const QJsonArray others = kiwi.value(QStringLiteral("otherCurrencies")).toArray();
    REQUIRE(others.size() == 1);
    CHECK(others.at(0).toObject()
          == QJsonObject{{QStringLiteral("currency"), QStringLiteral("AUD")},
                         {QStringLiteral("netSpend"), QStringLiteral("500.00")},
                         {QStringLiteral("invoices"), 1}});
    CHECK(customers.at(2).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Coastal Drills"));
    CHECK(customers.at(2).toObject().value(QStringLiteral("otherCurrencies")).toArray().isEmpty());

    const Run text = run({QStringLiteral("customers"), ws.path});
    CHECK(text.out.contains(QStringLiteral("also AUD 500.00 in 1 invoice, not in the figures")));
}
