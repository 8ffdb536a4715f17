#include "clientele/storage/import/invoicefilereader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

using namespace clientele;

namespace {

const ImportProblem *problemAt(const InvoiceReadResult &r, qint64 line)
{
    for (const ImportProblem &problem : r.problems) {
        if (problem.line == line)
            return &problem;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Bad lines become problems with file, line and column, and reading continues")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/invoices-bad-lines.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<InvoiceReadResult> result = readInvoices(file, QStringLiteral("bad.csv"));
    REQUIRE(result.ok());
    const InvoiceReadResult &r = *result;
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].customer == QStringLiteral("Good One"));
    CHECK(r.lines[1].customer == QStringLiteral("Good Two"));
    CHECK(r.lines[1].date == QDate(2024, 3, 28));
    CHECK(r.problems.size() == 6);
    for (const ImportProblem &problem : r.problems)
        CHECK(problem.file == QStringLiteral("bad.csv"));

    const ImportProblem *amount = problemAt(r, 3);
    REQUIRE(amount);
    CHECK(amount->column == QStringLiteral("LineAmount"));
    CHECK(amount->message.contains(QStringLiteral("12,34.5x")));
    const ImportProblem *date = problemAt(r, 4);
    REQUIRE(date);
    CHECK(date->column == QStringLiteral("InvoiceDate"));
    const ImportProblem *customer = problemAt(r, 5);
    REQUIRE(customer);
    CHECK(customer->column == QStringLiteral("ContactName"));
    REQUIRE(problemAt(r, 6)); // too few fields
    const ImportProblem *encoding = problemAt(r, 7);
    REQUIRE(encoding);
    CHECK(encoding->position == 5);
    const ImportProblem *quote = problemAt(r, 9);
    REQUIRE(quote);
    CHECK(quote->message.contains(QStringLiteral("never closed")));
}

TEST_CASE("Files that cannot be read at all fail with a reason")
{
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    const Result<InvoiceReadResult> result = readInvoices(empty, QStringLiteral("empty.csv"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.errorMessage().contains(QStringLiteral("empty")));
}

TEST_CASE("A cancelled read says so")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-au.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ReadOptions options;
    options.cancelled = [] { return true; };
    const Result<InvoiceReadResult> result = readInvoices(file, file.fileName(), options);
    REQUIRE(result.ok());
    CHECK(result->cancelled);
    CHECK(result->lines.isEmpty());
}
