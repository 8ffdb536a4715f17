#include "clientele/core/models/customersmodel.h"
#include "clientele/storage/invoiceimporter.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

namespace {

// A workspace with `customers` customers; customer i has i invoices of 10.00 each, so spend
// grows with the number.
struct CustomerWorkspace {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    std::unique_ptr<WorkspaceFile> file;

    explicit CustomerWorkspace(int customers)
    {
        REQUIRE(WorkspaceFile::create(path).ok());
        const QString csv = dir.filePath(QStringLiteral("invoices.csv"));
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("ContactName,InvoiceNumber,InvoiceDate,LineAmount,Description\n");
        int number = 0;
        for (int c = 1; c <= customers; ++c) {
            for (int i = 0; i < c % 7 + 1; ++i) {
                out.write(QStringLiteral("Customer %1,INV-%2,2024-%3-15,%4.00,Item %5\n")
                              .arg(c, 3, 10, QLatin1Char('0'))
                              .arg(++number)
                              .arg(i + 1, 2, 10, QLatin1Char('0'))
                              .arg(c)
                              .arg(c % 3)
                              .toUtf8());
            }
        }
        out.close();
        ImportOptions options;
        options.snapshot = false;
        const ImportReport report = InvoiceImporter(path).run(csv, options);
        INFO(report.summary().toStdString());
        REQUIRE(report.committed());
        auto opened = WorkspaceFile::open(path);
        REQUIRE(opened.ok());
        file = std::move(*opened);
    }
};

} // namespace

TEST_CASE("CustomersModel fetches lazily, sorts and filters in SQL, and passes the model tester")
{
    CustomerWorkspace ws(250);
    CustomersModel model(*ws.file);
    CHECK(model.totalCount() == 250);
    CHECK(model.rowCount() == CustomersModel::kPageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * CustomersModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    // The tester fetches everything it can and checks every change from here on.
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    // Spend descending by default: customer 250 has 250 x 5 invoices' worth... the biggest.
    const auto spendAt = [&](int row) {
        return model.data(model.index(row, CustomersModel::NetSpend), CustomersModel::SortRole)
            .toLongLong();
    };
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(spendAt(row - 1) >= spendAt(row));

    model.sort(CustomersModel::Name, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, CustomersModel::Name)).toString()
          == QStringLiteral("Customer 001"));
    CHECK(model.rowCount() == 250); // what was loaded stays loaded
    model.sort(CustomersModel::Name, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, CustomersModel::Name)).toString()
          == QStringLiteral("Customer 250"));

    model.setFilter(QStringLiteral("customer 12"));
    CHECK(model.totalCount() == 10); // 120-129
    CHECK(model.rowCount() == 10);
    model.setFilter({});
    CHECK(model.totalCount() == 250);

    // Tooltips carry the metric definitions.
    const QString tip =
        model.headerData(CustomersModel::PerMonth, Qt::Horizontal, Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("calendar months")));
    CHECK(model.data(model.index(0, CustomersModel::YearsAsCustomer), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("365.25")));
    CHECK(model.headerData(CustomersModel::NetSpend, Qt::Horizontal).toString()
          == QStringLiteral("Net spend"));
}

TEST_CASE("CustomersModel shows the metrics of a customer")
{
    CustomerWorkspace ws(3);
    CustomersModel model(*ws.file);
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    REQUIRE(model.rowCount() == 3);
    model.sort(CustomersModel::Name, Qt::AscendingOrder);
    // Customer 003: four invoices of 3.00, January to April 2024.
    const int row = 2;
    CHECK(model.data(model.index(row, CustomersModel::Name)).toString()
          == QStringLiteral("Customer 003"));
    CHECK(model.data(model.index(row, CustomersModel::Invoices)).toInt() == 4);
    CHECK(model.data(model.index(row, CustomersModel::NetSpend), CustomersModel::SortRole)
              .toLongLong()
          == 1200);
    CHECK(model.data(model.index(row, CustomersModel::FirstInvoice)).toString()
          == QStringLiteral("2024-01-15"));
    CHECK(model.data(model.index(row, CustomersModel::LastInvoice)).toString()
          == QStringLiteral("2024-04-15"));
    CHECK(model.data(model.index(row, CustomersModel::PerMonth), CustomersModel::SortRole)
              .toLongLong()
          == 300);
    CHECK(model.data(model.index(row, CustomersModel::Purchases)).toString()
          == QStringLiteral("Item 0"));
}
