#include "charttestdata.h"
#include "clientele/domain/icpchart.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;
using S = StandardAttribute;

TEST_CASE("A standard chart has five named clients and the standard attributes", "[domain][chart]")
{
    IcpChart chart = IcpChart::standard();
    REQUIRE(chart.clients().size() == 5);
    CHECK(chart.clients().first().name == QStringLiteral("Client #1"));
    CHECK(chart.clients().last().name == QStringLiteral("Client #5"));
    CHECK(chart.attributes().size() == 11);
    CHECK(chart.orientation() == ChartOrientation::ClientsAsColumns);
    CHECK(chart.weighting() == Weighting::Equal);

    chart.renameClient(chart.clients().at(4).id, QStringLiteral("Acme Pumps"));
    const qint64 sixth = chart.addClient();
    CHECK(chart.client(sixth)->name == QStringLiteral("Client #6"));
    chart.removeClient(chart.clients().first().id);
    CHECK(chart.client(chart.addClient())->name == QStringLiteral("Client #7"));
    CHECK(chartOrientationFromKey(chartOrientationKey(ChartOrientation::ClientsAsRows))
          == ChartOrientation::ClientsAsRows);
}

TEST_CASE("Removing, moving and re-inserting keeps cells with their client", "[domain][chart]")
{
    IcpChart chart = IcpChart::standard(3);
    row(chart, S::Employees, {"10", "20", "30"});
    const ChartClient second = chart.clients().at(1);
    REQUIRE(chart.moveClient(second.id, 0));
    CHECK(chart.clients().first().id == second.id);
    CHECK(chart.cellText(second.id, attributeId(chart, S::Employees)) == QStringLiteral("20"));

    const QList<ChartEntry> before = chart.entries();
    REQUIRE(chart.removeClient(second.id));
    CHECK(chart.entries().size() == 2);
    CHECK(chart.value(second.id, attributeId(chart, S::Employees)).isUnknown());
    CHECK(chart.insertClient(0, second) == second.id);
    for (const ChartEntry &entry : before) {
        if (entry.clientId == second.id)
            chart.setValue(entry.clientId, entry.attributeId, entry.value);
    }
    CHECK(chart.entries() == before);
    CHECK_FALSE(chart.setValue(999, attributeId(chart, S::Employees), ChartValue::fromText({})));
}

TEST_CASE("Retyping an attribute keeps the cells that still make sense", "[domain][chart]")
{
    IcpChart chart = IcpChart::standard(3);
    const qint64 id =
        chart.addAttribute(Attribute{0, {}, QStringLiteral("Staff"), AttributeType::Text, {}, {}});
    chart.setCellText(chart.clients().at(0).id, id, QStringLiteral("40"));
    chart.setCellText(chart.clients().at(1).id, id, QStringLiteral("about forty"));
    CHECK(chart.setAttributeType(id, AttributeType::NumberOrRange) == 1);
    CHECK(*chart.value(chart.clients().at(0).id, id).number() == NumberRange{40, 40});
    CHECK(chart.value(chart.clients().at(1).id, id).isUnknown());
    CHECK(chart.removeAttribute(id));
    CHECK(chart.entries().isEmpty());
}

TEST_CASE("Spend per month and per year derive each other when one is blank", "[domain][chart]")
{
    IcpChart chart = IcpChart::standard(4);
    const qint64 month = attributeId(chart, S::SpendPerMonth);
    const qint64 year = attributeId(chart, S::SpendPerYear);
    row(chart, S::SpendPerYear, {"$12,000", nullptr, "$0.18", "$50,000"});
    row(chart, S::SpendPerMonth, {nullptr, "$100-$200", nullptr, "$4,000"});
    const auto &c = chart.clients();

    const ChartCell derivedMonth = chart.cell(c.at(0).id, month);
    CHECK(derivedMonth.derived);
    CHECK(chart.cellText(c.at(0).id, month) == QStringLiteral("$1,000"));
    CHECK(chart.value(c.at(0).id, month).isUnknown()); // never stored

    const ChartCell derivedYear = chart.cell(c.at(1).id, year);
    CHECK(derivedYear.derived);
    CHECK(chart.cellText(c.at(1).id, year) == QStringLiteral("$1,200–$2,400"));

    // 18 cents / 12 = 1.5 cents, rounded half away from zero.
    CHECK(chart.cell(c.at(2).id, month).value.money()->minimum.minorUnits() == 2);

    // Both entered: each shows what was typed.
    CHECK_FALSE(chart.cell(c.at(3).id, month).derived);
    CHECK(chart.cellText(c.at(3).id, year) == QStringLiteral("$50,000"));

    // Typing into a derived cell replaces the derived value.
    type(chart, 0, S::SpendPerMonth, "$900");
    CHECK_FALSE(chart.cell(c.at(0).id, month).derived);
    CHECK(chart.cellText(c.at(0).id, month) == QStringLiteral("$900"));
}

TEST_CASE("Refused text leaves the cell as it was", "[domain][chart]")
{
    IcpChart chart = IcpChart::standard(1);
    type(chart, 0, S::Employees, "40");
    const auto status = chart.setCellText(chart.clients().first().id,
                                          attributeId(chart, S::Employees), QStringLiteral("x"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.errorMessage().contains(QStringLiteral("20-50")));
    CHECK(chart.cellText(chart.clients().first().id, attributeId(chart, S::Employees))
          == QStringLiteral("40"));
}
