#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/contactimporter.h"
#include "clientele/storage/customerrepository.h"
#include "clientele/storage/invoiceimporter.h"

#include "importertestsupport.h"

#include <QFile>

using namespace clientele;
using namespace importtest;

namespace {

ImportOptions noSnapshot()
{
    ImportOptions options;
    options.snapshot = false;
    return options;
}

ImportReport importInvoices(const TempWorkspace &ws, const char *name,
                            ImportOptions options = noSnapshot())
{
    return InvoiceImporter(ws.path).run(fixture(name), options);
}

std::optional<CustomerRow> customerNamed(const QString &path, const QString &name)
{
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const CustomerRepository customers((*file)->database());
    for (const CustomerRow &row : customers.page({CustomerSort::Name, false, name, 0, 10})) {
        if (row.name == name)
            return row;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Invoices are stored grouped, with credit notes negative and non-sales flagged")
{
    TempWorkspace ws;
    const ImportReport report = importInvoices(ws, "xero-history.csv");
    INFO(report.summary().toStdString());
    REQUIRE(report.outcome == ImportReport::Outcome::Imported);
    CHECK(report.records == 12);
    CHECK(report.linesImported == 12);
    CHECK(report.documentsImported == 11); // INV-A1 has two lines
    CHECK(report.customersAdded == 3);     // "ALPHA PTY LTD" is Alpha Pty Ltd
    CHECK(report.notSales.value(QStringLiteral("draft")) == 1);
    CHECK(report.notSales.value(QStringLiteral("voided")) == 1);
    CHECK(report.notSales.value(QStringLiteral("overpayment")) == 1);
    CHECK(report.problems.isEmpty());
    CHECK(report.dateOrder == DateOrder::DayMonthYear);

    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice") == 11);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice_line") == 12);
    CHECK(countRows(ws.path, "SELECT net FROM invoice WHERE number = 'INV-A1'") == 120000);
    CHECK(countRows(ws.path, "SELECT net FROM invoice WHERE number = 'CN-A1'") == -10000);
    CHECK(countRows(ws.path, "SELECT tax FROM invoice WHERE number = 'INV-A1'") == 12000);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE counts_as_sale = 0") == 3);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE date = '2022-01-15'") == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM import") == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM customer") == 3);
}

TEST_CASE("Metrics on known data match the hand-computed values")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-history.csv").committed());

    // Alpha: INV-A1 1200.00 + INV-A2 500.00 - CN-A1 100.00 + INV-A3 800.00; the draft, the
    // voided invoice and the overpayment do not count.
    const auto alpha = customerNamed(ws.path, QStringLiteral("Alpha Pty Ltd"));
    REQUIRE(alpha);
    const CustomerMetrics &a = alpha->metrics;
    CHECK(a.firstInvoice == QDate(2022, 1, 15));
    CHECK(a.lastInvoice == QDate(2024, 1, 10));
    CHECK(a.tenureDays == 725);
    CHECK(a.yearsTenths == 20); // 725 / 365.25 = 1.98
    CHECK(a.invoices == 3);
    CHECK(a.creditNotes == 1);
    CHECK(a.netSpend == 240000);
    CHECK(a.monthsSpanned == 25); // January 2022 to January 2024
    CHECK(a.perMonth == 9600);    // 2400.00 / 25
    CHECK(a.perYear == 115200);   // 2400.00 * 12 / 25
    CHECK(a.loyalty == 23);       // 3 of 9 quarters x 25/36 months
    CHECK(a.purchases
          == QStringList{QStringLiteral("Consulting"), QStringLiteral("Workshop"),
                         QStringLiteral("Travel")});
    CHECK(a.currency == QStringLiteral("AUD"));

    // Beta: one invoice.
    const auto beta = customerNamed(ws.path, QStringLiteral("Beta Co"));
    REQUIRE(beta);
    CHECK(beta->metrics.yearsTenths == 0);
    CHECK(beta->metrics.invoices == 1);
    CHECK(beta->metrics.netSpend == 45000);
    CHECK(beta->metrics.monthsSpanned == 1);
    CHECK(beta->metrics.perMonth == 45000);
    CHECK(beta->metrics.perYear == 45000); // less than a year: not extrapolated
    CHECK(beta->metrics.loyalty == 3);     // every quarter, 1/36 of full tenure

    // Gamma: monthly for three months.
    const auto gamma = customerNamed(ws.path, QStringLiteral("Gamma Ltd"));
    REQUIRE(gamma);
    CHECK(gamma->metrics.tenureDays == 59);
    CHECK(gamma->metrics.yearsTenths == 2);
    CHECK(gamma->metrics.perMonth == 10000);
    CHECK(gamma->metrics.perYear == 30000);
    CHECK(gamma->metrics.loyalty == 8);
    CHECK(gamma->metrics.purchases == QStringList{QStringLiteral("Support")});
}

TEST_CASE("Importing the same file twice changes nothing and says what was already there")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-history.csv").committed());
    const qint64 invoices = countRows(ws.path, "SELECT count(*) FROM invoice");
    const qint64 lines = countRows(ws.path, "SELECT count(*) FROM invoice_line");
    const qint64 spend = countRows(ws.path, "SELECT sum(net_spend) FROM customer_summary");

    const ImportReport again = importInvoices(ws, "xero-history.csv");
    INFO(again.summary().toStdString());
    REQUIRE(again.committed());
    CHECK(again.linesImported == 0);
    CHECK(again.documentsImported == 0);
    CHECK(again.linesAlreadyPresent == 12);
    CHECK(again.documentsAlreadyPresent == 11);
    CHECK(again.customersAdded == 0);
    CHECK(again.summary().contains(QStringLiteral("Already present:   12 lines in 11 documents")));
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice") == invoices);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice_line") == lines);
    CHECK(countRows(ws.path, "SELECT sum(net_spend) FROM customer_summary") == spend);
}

TEST_CASE("Odoo exports: drafts numbered '/' and refunds are stored and re-import is idempotent")
{
    TempWorkspace ws;
    ImportOptions options = noSnapshot();
    options.allowProblems = true;
    const ImportReport first = importInvoices(ws, "odoo-invoices-labels.csv", options);
    INFO(first.summary().toStdString());
    REQUIRE(first.committed());
    const ImportReport second = importInvoices(ws, "odoo-invoices-labels.csv", options);
    CHECK(second.documentsImported == 0);
    CHECK(second.documentsAlreadyPresent == first.documentsImported);
    const auto azure = customerNamed(ws.path, QStringLiteral("Azure Interior"));
    REQUIRE(azure);
    CHECK(azure->metrics.netSpend == 100000 - 20000); // invoice minus the refund, untaxed
}

TEST_CASE("Both date orders: an ambiguous file is refused until an order is chosen")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    const ImportReport refused = importInvoices(ws, "xero-invoices-ambiguous.csv");
    CHECK(refused.outcome == ImportReport::Outcome::NeedsDateOrder);
    CHECK(refused.error.contains(QStringLiteral("xero-invoices-ambiguous.csv")));
    CHECK(contentDump(ws.path) == before);

    ImportOptions dmy = noSnapshot();
    dmy.read.dateOrder = DateOrder::DayMonthYear;
    REQUIRE(importInvoices(ws, "xero-invoices-ambiguous.csv", dmy).committed());
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice WHERE date = '2024-04-03'") == 1);

    TempWorkspace us;
    ImportOptions mdy = noSnapshot();
    mdy.read.dateOrder = DateOrder::MonthDayYear;
    REQUIRE(importInvoices(us, "xero-invoices-ambiguous.csv", mdy).committed());
    CHECK(countRows(us.path, "SELECT count(*) FROM invoice WHERE date = '2024-03-04'") == 1);

    // A month-first file settles itself.
    TempWorkspace semicolon;
    const ImportReport r = importInvoices(semicolon, "xero-invoices-us-semicolon.csv");
    REQUIRE(r.committed());
    CHECK(r.dateOrder == DateOrder::MonthDayYear);
    CHECK(countRows(semicolon.path, "SELECT count(*) FROM invoice WHERE date = '2024-03-15'") == 1);
}

TEST_CASE("Lines that cannot be read abort the import unless allowed, and are reported")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    const ImportReport refused = importInvoices(ws, "invoices-bad-lines.csv");
    CHECK(refused.outcome == ImportReport::Outcome::ProblemsFound);
    CHECK(refused.skippedLines() > 0);
    CHECK(contentDump(ws.path) == before);

    ImportOptions options = noSnapshot();
    options.allowProblems = true;
    const ImportReport allowed = importInvoices(ws, "invoices-bad-lines.csv", options);
    INFO(allowed.summary().toStdString());
    REQUIRE(allowed.committed());
    CHECK(allowed.problems.size() == refused.problems.size());
    CHECK(countRows(ws.path, "SELECT count(*) FROM customer WHERE name = 'Good One'") == 1);
    CHECK(countRows(ws.path, "SELECT count(*) FROM customer WHERE name = 'Bad Amount'") == 0);

    // file, line, column, why
    bool found = false;
    for (const ImportProblem &p : allowed.problems) {
        if (p.line == 3) {
            found = true;
            CHECK(p.file.endsWith(QStringLiteral("invoices-bad-lines.csv")));
            CHECK(p.column == QStringLiteral("LineAmount"));
            CHECK_FALSE(p.message.isEmpty());
        }
    }
    CHECK(found);
    CHECK(
        allowed.problemsText().contains(QStringLiteral("invoices-bad-lines.csv:3: LineAmount: ")));
    CHECK(allowed.problemsCsv().startsWith(QStringLiteral("file,line,position,column,problem\n")));
    CHECK(allowed.problemsCsv().contains(QStringLiteral("invoices-bad-lines.csv,3,0,LineAmount,")));

    const QString saved = ws.dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(allowed.save(saved).ok());
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("file,line"));
}

TEST_CASE("Cancelling an import leaves the workspace as it was")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-invoices-au.csv").committed());
    const QString before = contentDump(ws.path);
    ImportOptions options = noSnapshot();
    int calls = 0;
    options.read.cancelled = [&calls] { return ++calls > 1; };
    const ImportReport report = importInvoices(ws, "xero-history.csv", options);
    CHECK(report.outcome == ImportReport::Outcome::Cancelled);
    CHECK(contentDump(ws.path) == before);
}

TEST_CASE("An error while storing rolls the whole import back")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    {
        // Another connection makes the last insert fail: a trigger raises on the Beta invoice.
        SQLite::Database db(ws.path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("CREATE TRIGGER fail_on_beta BEFORE INSERT ON invoice "
                "WHEN NEW.number = 'INV-B1' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    }
    const QString withTrigger = contentDump(ws.path);
    const ImportReport report = importInvoices(ws, "xero-history.csv");
    CHECK(report.outcome == ImportReport::Outcome::Failed);
    CHECK(report.error.contains(QStringLiteral("disk trouble")));
    CHECK(contentDump(ws.path) == withTrigger);
    CHECK(countRows(ws.path, "SELECT count(*) FROM invoice") == 0);
    CHECK(countRows(ws.path, "SELECT count(*) FROM customer") == 0);
    CHECK(before != withTrigger);
}

TEST_CASE("An unreadable file is an error and writes nothing")
{
    TempWorkspace ws;
    const QString before = contentDump(ws.path);
    const ImportReport missing =
        InvoiceImporter(ws.path).run(ws.dir.filePath(QStringLiteral("nope.csv")), noSnapshot());
    CHECK(missing.outcome == ImportReport::Outcome::Failed);
    CHECK(missing.error.contains(QStringLiteral("nope.csv")));
    const ImportReport contacts = importInvoices(ws, "xero-contacts.csv");
    CHECK(contacts.outcome == ImportReport::Outcome::Failed);
    CHECK(contentDump(ws.path) == before);
}

TEST_CASE("A verified snapshot is taken before each import and only ten are kept")
{
    TempWorkspace ws;
    ImportOptions options;
    options.snapshot = true;
    const ImportReport first = importInvoices(ws, "xero-history.csv", options);
    REQUIRE(first.committed());
    REQUIRE(QFile::exists(first.snapshot));
    CHECK(first.snapshot.startsWith(BackupSnapshots::folderFor(ws.path)));
    // The snapshot is the workspace as it was before the import: empty.
    CHECK(countRows(first.snapshot, "SELECT count(*) FROM invoice") == 0);
    // Its label names what it protects: the file and how many lines it had (12 below the header).
    CHECK(BackupSnapshots::describe(first.snapshot).label
          == QStringLiteral("Before importing \u201Cxero-history.csv\u201D, 12 lines"));

    auto file = WorkspaceFile::open(ws.path);
    REQUIRE(file.ok());
    for (int i = 0; i < 12; ++i)
        REQUIRE(BackupSnapshots::take(**file, QStringLiteral("test")).ok());
    BackupSnapshots::keepNewest(ws.path);
    const QStringList kept = BackupSnapshots::list(ws.path);
    CHECK(kept.size() == BackupSnapshots::kKeep);
    CHECK_FALSE(kept.contains(first.snapshot)); // the oldest went first
}

TEST_CASE("A cancelled import leaves no backup and pushes none out")
{
    TempWorkspace ws;
    {
        auto file = WorkspaceFile::open(ws.path);
        REQUIRE(file.ok());
        for (int i = 0; i < BackupSnapshots::kKeep; ++i)
            REQUIRE(BackupSnapshots::take(**file, QStringLiteral("test")).ok());
    }
    const QStringList before = BackupSnapshots::list(ws.path);
    ImportOptions options;
    options.snapshot = true;
    int calls = 0;
    options.read.cancelled = [&calls] { return ++calls > 1; };
    const ImportReport report = importInvoices(ws, "xero-history.csv", options);
    CHECK(report.outcome == ImportReport::Outcome::Cancelled);
    CHECK(report.snapshot.isEmpty());
    CHECK(BackupSnapshots::list(ws.path) == before);
    CHECK(QDir(BackupSnapshots::folderFor(ws.path)).entryList(QDir::Files).size()
          == 2 * BackupSnapshots::kKeep); // each snapshot and its label, no stray files
}

TEST_CASE("A mapping chosen for an unknown header is remembered for the next file")
{
    TempWorkspace ws;
    const ImportReport unknown = importInvoices(ws, "generic-mapped.csv");
    CHECK(unknown.outcome == ImportReport::Outcome::NeedsMapping);

    ColumnMapping mapping;
    mapping.customer = 0;
    mapping.invoiceNumber = 1;
    mapping.date = 2;
    mapping.untaxedTotal = 3;
    mapping.status = 4;
    mapping.type = 5;
    ImportOptions options = noSnapshot();
    options.read.mapping = mapping;
    options.read.dateOrder = DateOrder::DayMonthYear;
    options.allowProblems = true;
    const ImportReport mapped = importInvoices(ws, "generic-mapped.csv", options);
    INFO(mapped.summary().toStdString());
    REQUIRE(mapped.committed());
    CHECK(countRows(ws.path, "SELECT count(*) FROM column_mapping") == 1);

    ImportOptions later = noSnapshot();
    later.read.dateOrder = DateOrder::DayMonthYear;
    later.allowProblems = true;
    const ImportReport again = importInvoices(ws, "generic-mapped.csv", later);
    CHECK(again.committed());
    CHECK(again.documentsAlreadyPresent == mapped.documentsImported);
}

TEST_CASE("Contacts fill in customers, and the same list twice is already present")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-invoices-au.csv").committed());
    ImportOptions options = noSnapshot();
    options.allowProblems = true; // one contact has no name
    const ImportReport first = ContactImporter(ws.path).run(fixture("xero-contacts.csv"), options);
    INFO(first.summary().toStdString());
    REQUIRE(first.committed());
    CHECK(first.contactsUpdated == 2); // Acme and Bright Ideas came with the invoices
    CHECK(first.documentsImported == 0);
    CHECK(first.skippedLines() == 1);
    const auto acme = customerNamed(ws.path, QStringLiteral("Acme Pty Ltd"));
    REQUIRE(acme);
    CHECK(acme->city == QStringLiteral("Parramatta"));
    CHECK(acme->website == QStringLiteral("https://acme.example"));

    const ImportReport second = ContactImporter(ws.path).run(fixture("xero-contacts.csv"), options);
    CHECK(second.committed());
    CHECK(second.documentsImported == 0);
    CHECK(second.contactsUpdated == 0);
    CHECK(second.documentsAlreadyPresent == 2);

    const ImportReport odoo = ContactImporter(ws.path).run(fixture("odoo-contacts.csv"), options);
    CHECK(odoo.committed());
    const auto azure = customerNamed(ws.path, QStringLiteral("Azure Interior"));
    REQUIRE(azure);
    CHECK(azure->industry == QStringLiteral("Retail"));
    CHECK(azure->tags == QStringLiteral("Office, VIP"));
}

TEST_CASE("Invoices say where a customer is unless a contacts export already has")
{
    TempWorkspace fromInvoices;
    REQUIRE(importInvoices(fromInvoices, "xero-invoices-au.csv").committed());
    const auto acme = customerNamed(fromInvoices.path, QStringLiteral("Acme Pty Ltd"));
    REQUIRE(acme);
    CHECK(acme->city == QStringLiteral("Sydney")); // the postal city: the street one is empty
    CHECK(acme->country == QStringLiteral("Australia"));
    auto file = WorkspaceFile::open(fromInvoices.path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const auto inSydney = CustomerRepository((*file)->database())
                              .page({CustomerSort::Name, false, QStringLiteral("sydney"), 0, 10});
    REQUIRE(inSydney.size() >= 1);
    CHECK(inSydney.front().name == QStringLiteral("Acme Pty Ltd"));

    TempWorkspace contactsFirst;
    ImportOptions options = noSnapshot();
    options.allowProblems = true; // one contact has no name
    REQUIRE(
        ContactImporter(contactsFirst.path).run(fixture("xero-contacts.csv"), options).committed());
    REQUIRE(importInvoices(contactsFirst, "xero-invoices-au.csv").committed());
    const auto placed = customerNamed(contactsFirst.path, QStringLiteral("Acme Pty Ltd"));
    REQUIRE(placed);
    CHECK(placed->city == QStringLiteral("Parramatta"));
    CHECK(placed->region == QStringLiteral("NSW"));
}

namespace {

QString summaryDump(const QString &path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement rows(db, "SELECT c.name, s.* FROM customer_summary s "
                               "JOIN customer c ON c.id = s.customer_id ORDER BY c.name");
    QString dump;
    while (rows.executeStep()) {
        for (int i = 0; i < rows.getColumnCount(); ++i) {
            if (std::string(rows.getColumnName(i)) != "customer_id")
                dump += QString::fromUtf8(rows.getColumn(i).getText()) + u'|';
        }
        dump += u'\n';
    }
    return dump;
}

void recomputeAll(const QString &path)
{
    auto file = WorkspaceFile::open(path);
    REQUIRE(file.ok());
    REQUIRE(
        (*file)->transaction([&] { CustomerRepository((*file)->database()).refreshSummaries(); }));
}

} // namespace

TEST_CASE("Summaries gathered during an import equal those the database computes")
{
    for (const char *name : {"xero-history.csv", "xero-invoices-au.csv", "odoo-invoices-labels.csv",
                             "odoo-invoices-technical.tsv", "xero-currencies.csv"}) {
        INFO(name);
        TempWorkspace ws;
        ImportOptions options = noSnapshot();
        options.allowProblems = true;
        REQUIRE(importInvoices(ws, name, options).committed());
        const QString gathered = summaryDump(ws.path);
        recomputeAll(ws.path);
        CHECK(summaryDump(ws.path) == gathered);
    }

    // In two halves: the second import refreshes customers with earlier sales in SQL.
    QFile whole(fixture("xero-history.csv"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = whole.readAll().split('\n');
    TempWorkspace split;
    for (int half = 0; half < 2; ++half) {
        const QString part = split.dir.filePath(QStringLiteral("part%1.csv").arg(half));
        QFile out(part);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(lines.at(0) + '\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty() && (i <= 6) == (half == 0))
                out.write(lines.at(i) + '\n');
        }
        out.close();
        REQUIRE(InvoiceImporter(split.path).run(part, noSnapshot()).committed());
    }
    TempWorkspace once;
    REQUIRE(importInvoices(once, "xero-history.csv").committed());
    CHECK(summaryDump(split.path) == summaryDump(once.path));
}

// Kiwi Pumps Ltd is invoiced in NZD, and once, first of all, in AUD (xero-currencies.csv).
TEST_CASE("Sales in another currency count for tenure and invoices, not for the money")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-currencies.csv").committed());
    const auto check = [](const CustomerMetrics &m) {
        CHECK(m.currency == QStringLiteral("NZD"));
        CHECK(m.firstInvoice == QDate(2024, 1, 15)); // the AUD invoice
        CHECK(m.lastInvoice == QDate(2024, 5, 5));
        CHECK(m.invoices == 4);
        CHECK(m.creditNotes == 1);
        CHECK(m.netSpend == 270000); // NZD 1,000 + 1,000 + 800 - 100; the USD draft is no sale
        CHECK(m.monthsSpanned == 5); // January to May
        CHECK(m.perMonth == 54000);
        CHECK(m.perYear == 270000);
        REQUIRE(m.otherCurrencies.size() == 1);
        CHECK(m.otherCurrencies.at(0) == CurrencyTotal{QStringLiteral("AUD"), 50000, 1});
        CHECK(describeOtherCurrencies(m.otherCurrencies)
              == QStringLiteral("AUD 500.00 in 1 invoice"));
    };
    const std::optional<CustomerRow> gathered =
        customerNamed(ws.path, QStringLiteral("Kiwi Pumps Ltd"));
    REQUIRE(gathered.has_value());
    check(gathered->metrics);
    recomputeAll(ws.path); // the same through the database's SQL
    const std::optional<CustomerRow> computed =
        customerNamed(ws.path, QStringLiteral("Kiwi Pumps Ltd"));
    REQUIRE(computed.has_value());
    check(computed->metrics);
    CHECK(customerNamed(ws.path, QStringLiteral("Coastal Drills"))
              ->metrics.otherCurrencies.isEmpty());
}

TEST_CASE("A schema 1 workspace is upgraded and takes an import")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("foundation-v1.clientele"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString source =
            QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.clientele") + suffix;
        if (QFile::exists(source))
            REQUIRE(QFile::copy(source, path + suffix));
        QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    const qint64 profiles = countRows(path, "SELECT count(*) FROM profile");
    {
        auto file = WorkspaceFile::open(path);
        INFO(file.errorMessage().toStdString());
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
        CHECK((*file)->problems().isEmpty());
    }
    const ImportReport report = InvoiceImporter(path).run(fixture("xero-history.csv"));
    REQUIRE(report.committed());
    CHECK(QFile::exists(report.snapshot));
    CHECK(countRows(path, "SELECT count(*) FROM customer_summary") == 3);
    CHECK(countRows(path, "SELECT count(*) FROM profile") == profiles);
}

TEST_CASE("The home country is the one more than half of the customers share")
{
    TempWorkspace ws;
    REQUIRE(importInvoices(ws, "xero-history.csv").committed()); // three customers in Australia
    const auto setCountry = [&](const char *name, const char *country) {
        SQLite::Database db(ws.path.toStdString(), SQLite::OPEN_READWRITE);
        SQLite::Statement update(db, "UPDATE customer SET country = ? WHERE name = ?");
        update.bind(1, country);
        update.bind(2, name);
        REQUIRE(update.exec() == 1);
    };
    const auto home = [&] {
        auto file = WorkspaceFile::open(ws.path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(file.ok());
        return CustomerRepository((*file)->database()).homeCountry();
    };
    CHECK(home() == QStringLiteral("Australia"));
    // One of two known countries is no majority; an unknown country does not count.
    setCountry("Beta Co", "New Zealand");
    setCountry("Gamma Ltd", "");
    CHECK(home().isEmpty());
    // Spelt in another case, it is the same country.
    setCountry("Gamma Ltd", " AUSTRALIA ");
    CHECK(home().compare(QStringLiteral("australia"), Qt::CaseInsensitive) == 0);
}
