#include "clientele/storage/import/invoicefilereader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

using namespace clientele;

namespace {

QList<InvoiceLine> streamAll(QIODevice &device, const ReadOptions &options,
                             InvoiceReadResult &result, int *calls = nullptr)
{
    QList<InvoiceLine> lines;
    Result<InvoiceReadResult> read =
        streamInvoices(device, QStringLiteral("file.csv"), options, [&](QList<InvoiceLine> &inv) {
            if (calls)
                ++*calls;
            lines.append(inv);
            return true;
        });
    REQUIRE(read.ok());
    result = *read;
    return lines;
}

} // namespace

TEST_CASE("Streaming gives the same lines and problems as reading whole")
{
    const char *names[] = {"xero-invoices-au.csv",     "xero-invoices-us-semicolon.csv",
                           "odoo-invoices-labels.csv", "odoo-invoices-technical.tsv",
                           "invoices-bad-lines.csv",   "xero-history.csv"};
    for (const char *name : names) {
        INFO(name);
        QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Result<InvoiceReadResult> whole = readInvoices(file, QStringLiteral("file.csv"));
        REQUIRE(whole.ok());
        file.seek(0);
        InvoiceReadResult streamed;
        const QList<InvoiceLine> lines = streamAll(file, {}, streamed);
        CHECK(streamed.lines.isEmpty());
        REQUIRE(lines.size() == whole->lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].sourceLine == whole->lines[i].sourceLine);
            CHECK(lines[i].date == whole->lines[i].date);
            CHECK(lines[i].netAmount == whole->lines[i].netAmount);
            CHECK(lines[i].kind == whole->lines[i].kind);
        }
        CHECK(streamed.problems.size() == whole->problems.size());
        CHECK(streamed.dateOrder == whole->dateOrder);
        CHECK(streamed.records == whole->records);
    }
}

TEST_CASE("Streaming hands over the lines of one Xero invoice together")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-history.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    InvoiceReadResult result;
    int calls = 0;
    const QList<InvoiceLine> lines = streamAll(file, {}, result, &calls);
    CHECK(lines.size() == 12);
    CHECK(calls == 11); // INV-A1's two lines come together
}

TEST_CASE("Streaming an ambiguous file leaves the order to the user")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-ambiguous.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    InvoiceReadResult result;
    streamAll(file, {}, result);
    CHECK(result.needsDateOrder());
    file.seek(0);
    ReadOptions dmy;
    dmy.dateOrder = DateOrder::DayMonthYear;
    const QList<InvoiceLine> lines = streamAll(file, dmy, result);
    CHECK_FALSE(result.needsDateOrder());
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.constFirst().date == QDate(2024, 4, 3));
}

TEST_CASE("A file that shows its date order only after many lines is read twice, in order")
{
    // 30,000 day-first lines whose days are all 12 or less, then one that settles it.
    QByteArray csv = "ContactName,InvoiceNumber,InvoiceDate,LineAmount\n";
    const int count = 30'000;
    for (int i = 1; i <= count; ++i)
        csv += "Client " + QByteArray::number(i % 50) + ",INV-" + QByteArray::number(i) + ",0"
               + QByteArray::number(1 + i % 9) + "/0" + QByteArray::number(1 + i % 3)
               + "/2024,10.00\n";
    csv += "Late,INV-LAST,25/12/2024,10.00\n";
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    InvoiceReadResult result;
    const QList<InvoiceLine> lines = streamAll(buffer, {}, result);
    CHECK(result.dateOrder == DateOrder::DayMonthYear);
    CHECK(result.dateVerdict.state == DateOrderVerdict::State::Determined);
    REQUIRE(lines.size() == count + 1);
    for (qsizetype i = 1; i < lines.size(); ++i)
        REQUIRE(lines[i].sourceLine > lines[i - 1].sourceLine);
    CHECK(lines[0].date == QDate(2024, 2, 2)); // "02/02/2024"
    CHECK(lines[1].date == QDate(2024, 3, 3));
    CHECK(lines[2].date == QDate(2024, 1, 4)); // "04/01/2024" day-first
    CHECK(lines.constLast().date == QDate(2024, 12, 25));
    CHECK(result.problems.isEmpty());
}

TEST_CASE("Stopping the sink ends the stream as cancelled")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-history.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    int calls = 0;
    const Result<InvoiceReadResult> read = streamInvoices(
        file, QStringLiteral("f"), {}, [&](QList<InvoiceLine> &) { return ++calls < 2; });
    REQUIRE(read.ok());
    CHECK(read->cancelled);
    CHECK(calls == 2);
}
