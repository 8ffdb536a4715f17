// The built-in sample's invoice history and its ICP chart tell one story: the chart's clients
// are the consultancy's best customers, and the history gives the figures the chart holds.
#include "clientele/core/charteditor.h"
#include "clientele/core/picktopcustomers.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/icpchart.h"
#include "clientele/storage/customerrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace clientele;

namespace {

struct SampleFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    SampleFixture()
    {
        const QString path = dir.filePath(QStringLiteral("Sample.clientele"));
        REQUIRE(writeSampleWorkspace(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(*opened);
    }

    CustomerRepository customers() const
    {
        return CustomerRepository(workspace->file().database());
    }
    const IcpChart &chart() const { return workspace->chart()->chart(); }
};

QSet<QString> names(const QList<CustomerRow> &rows)
{
    QSet<QString> result;
    for (const CustomerRow &row : rows)
        result.insert(row.name);
    return result;
}

const CustomerRow *named(const QList<CustomerRow> &rows, const QString &name)
{
    for (const CustomerRow &row : rows)
        if (row.name == name)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("The sample's best customers are the clients of its chart, by every ranking", "[sample]")
{
    SampleFixture f;
    const QSet<QString> clients = {
        QStringLiteral("Hunter Valley Air Conditioning"), QStringLiteral("Aqua Pump Services"),
        QStringLiteral("Novacastrian Weighbridges"), QStringLiteral("Coalfields Mining Equipment"),
        QStringLiteral("Voltline EV Charging")};
    QSet<QString> inChart;
    for (const ChartClient &client : f.chart().clients())
        inChart.insert(client.name);
    REQUIRE(inChart == clients);

    const CustomerRepository customers = f.customers();
    CHECK(customers.count() == 23);
    for (CustomerSort by : {CustomerSort::Spend, CustomerSort::Loyalty, CustomerSort::Tenure}) {
        INFO("ranking " << int(by));
        CHECK(names(customers.top(by, 5)) == clients);
    }
}

TEST_CASE("The sample's history gives the figures its chart holds", "[sample]")
{
    SampleFixture f;
    const QList<CustomerRow> top = f.customers().top(CustomerSort::Spend, 5);

    // Figures worked out by hand from resources/sample/sample-invoices.csv.
    const CustomerRow *coalfields = named(top, QStringLiteral("Coalfields Mining Equipment"));
    REQUIRE(coalfields != nullptr);
    CHECK(coalfields->metrics.netSpendMoney().toString() == QStringLiteral("200,000.00"));
    CHECK(coalfields->metrics.invoices == 31);
    CHECK(coalfields->metrics.perYearMoney().toString() == QStringLiteral("96,000.00"));
    const CustomerRow *hunter = named(top, QStringLiteral("Hunter Valley Air Conditioning"));
    REQUIRE(hunter != nullptr);
    CHECK(hunter->metrics.creditNotes == 1);
    CHECK(hunter->metrics.perMonthMoney().toString() == QStringLiteral("2,400.00"));
    CHECK(hunter->metrics.yearsAsCustomer() == 6.0);

    // Picking them changes no value typed into the chart: years, purchases and spend agree.
    const PickTopPlan plan = planPickTop(f.chart(), top);
    REQUIRE(plan.clients.size() == 5);
    for (const PickTopClient &pick : plan.clients) {
        INFO(pick.customer.name.toStdString());
        CHECK(pick.action == PickTopClient::Action::Update);
        CHECK(pick.spendLeftOut.isEmpty());
        for (const PickTopCell &cell : pick.cells) {
            INFO(cell.attributeLabel.toStdString());
            CHECK(cell.before.isUnknown()); // only blanks are filled
        }
    }
    CHECK(plan.conflictCount() == 0);
}

TEST_CASE("The sample shows a customer billed in another currency apart", "[sample]")
{
    SampleFixture f;
    const QList<CustomerRow> all = f.customers().top(CustomerSort::Spend, 50);
    const CustomerRow *whangarei = named(all, QStringLiteral("Whangarei Timber Treatment"));
    REQUIRE(whangarei != nullptr);
    CHECK(whangarei->metrics.currency == QStringLiteral("NZD"));
    REQUIRE(whangarei->metrics.otherCurrencies.size() == 1);
    CHECK(whangarei->metrics.otherCurrencies[0].currency == QStringLiteral("AUD"));
    CHECK(whangarei->metrics.otherCurrencies[0].netSpend == 65000);
    CHECK(whangarei->metrics.invoices == 3);
}
