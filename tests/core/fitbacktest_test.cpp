// The backtest scores the best imported customers outside the chart as if they were prospects.
#include "clientele/core/charteditor.h"
#include "clientele/core/customerbook.h"
#include "clientele/core/fitbacktest.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"
#include "clientele/storage/sampleworkspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;

namespace {

const FitReason *reasonFor(const FitScore &score, const QString &attribute)
{
    for (const FitReason &reason : score.reasons)
        if (reason.attribute == attribute)
            return &reason;
    return nullptr;
}

} // namespace

TEST_CASE("The backtest scores the top customers by spend that are not chart clients",
          "[core][fit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.clientele"));
    REQUIRE(writeSampleWorkspace(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    const Workspace &workspace = **opened;
    const IcpChart &chart = workspace.chart()->chart();
    const FitModel model(chart, workspace.chart()->ideal());

    // The sample has 23 customers; its five chart clients are among them.
    const Backtest backtest = runBacktest(model, chart, *workspace.customers());
    REQUIRE(backtest.entries.size() == 18);
    CHECK(backtest.entries.first().customer.name == QStringLiteral("Cardiff Electrical Wholesale"));
    CHECK(backtest.entries.last().customer.name == QStringLiteral("Nelson Bay Charters"));
    for (const BacktestEntry &entry : backtest.entries) {
        INFO(entry.customer.name.toStdString());
        for (const ChartClient &client : chart.clients())
            CHECK(entry.customer.name != client.name);
        const FitReason *location = reasonFor(entry.score, QStringLiteral("Location"));
        REQUIRE(location != nullptr);
        CHECK(location->value == entry.customer.city);
    }
    CHECK(backtest.summary().contains(QStringLiteral("of the top 18 customers by spend")));

    const Backtest five = runBacktest(model, chart, *workspace.customers(), 5);
    CHECK(five.entries.size() == 5);
}

TEST_CASE("A customer becomes a prospect with its place, industry and figures", "[core][fit]")
{
    const IcpChart chart = IcpChart::standard(2);
    CustomerRow customer;
    customer.name = QStringLiteral("Maitland Pumps");
    customer.region = QStringLiteral("NSW");
    customer.industry = QStringLiteral("engineering");
    customer.metrics.currency = QStringLiteral("AUD");
    customer.metrics.invoices = 4;
    customer.metrics.yearsTenths = 25;
    customer.metrics.perYear = 1200000; // $12,000.00

    const Prospect prospect = prospectFromCustomer(chart, customer);
    auto value = [&](StandardAttribute which) {
        return prospect.value(chart.attribute(which)->id);
    };
    CHECK(prospect.company == QStringLiteral("Maitland Pumps"));
    REQUIRE(value(StandardAttribute::Location).place());
    CHECK(value(StandardAttribute::Location).place()->name == QStringLiteral("NSW")); // no city
    REQUIRE(value(StandardAttribute::Industry).text());
    CHECK(*value(StandardAttribute::Industry).text() == QStringLiteral("Engineering"));
    REQUIRE(value(StandardAttribute::YearsAsCustomer).number());
    CHECK(value(StandardAttribute::YearsAsCustomer).number()->minimum == 2.5);
    REQUIRE(value(StandardAttribute::SpendPerYear).money());
    CHECK(value(StandardAttribute::SpendPerYear).money()->minimum.minorUnits() == 1200000);
    CHECK(value(StandardAttribute::Employees).isUnknown());

    customer.metrics.currency = QStringLiteral("NZD"); // another currency is not the chart's
    CHECK(prospectFromCustomer(chart, customer)
              .value(chart.attribute(StandardAttribute::SpendPerYear)->id)
              .isUnknown());
}
