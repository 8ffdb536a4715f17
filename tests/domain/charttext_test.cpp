#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

ChartValue parsed(StandardAttribute which, const char *text)
{
    const auto value = parseCell(standardAttribute(which), QString::fromUtf8(text));
    INFO(text);
    REQUIRE(value.ok());
    return *value;
}

QString error(StandardAttribute which, const char *text)
{
    const auto value = parseCell(standardAttribute(which), QString::fromUtf8(text));
    REQUIRE_FALSE(value.ok());
    return value.errorMessage();
}

} // namespace

TEST_CASE("The standard chart lists the attributes of the source notes in order", "[domain][chart]")
{
    const QList<Attribute> attributes = standardAttributes();
    REQUIRE(attributes.size() == 11);
    CHECK(attributes.first().label == QStringLiteral("Number of employees"));
    CHECK(attributes.at(1).values.contains(QStringLiteral("Trade services")));
    CHECK(attributes.at(2).values.contains(QStringLiteral("Franchise")));
    CHECK(attributes.at(7).key == QStringLiteral("spendPerMonth"));
    CHECK(attributes.last().type == AttributeType::YesNo);
    for (AttributeType type : allAttributeTypes())
        CHECK(attributeTypeFromKey(attributeTypeKey(type)) == type);
}

TEST_CASE("Cells parse typed text by their attribute's type", "[domain][chart]")
{
    using S = StandardAttribute;
    CHECK(*parsed(S::Employees, "20-50").number() == NumberRange{20, 50});
    CHECK(parsed(S::Revenue, "$1M-$5M").money()->maximum.minorUnits() == 500000000);
    CHECK(*parsed(S::Industry, "trade SERVICES").text() == QStringLiteral("Trade services"));
    CHECK(*parsed(S::Industry, "Mining  equipment").text() == QStringLiteral("Mining equipment"));
    CHECK(parsed(S::Purchases, "erp integration; Projects, ERP Integration,")
          == ChartValue::fromTags({QStringLiteral("ERP integration"), QStringLiteral("Projects")}));
    CHECK(*parsed(S::Location, "Parramatta (12 km)").place()
          == ChartPlace{QStringLiteral("Parramatta"), 12.0});
    CHECK(*parsed(S::Location, "Penrith, 1,250.5km").place()
          == ChartPlace{QStringLiteral("Penrith"), 1250.5});
    CHECK(*parsed(S::Location, "40 km").place() == ChartPlace{QString(), 40.0});
    CHECK(*parsed(S::Location, "Route 66").place() == ChartPlace{QStringLiteral("Route 66"), {}});
    CHECK(parsed(S::ReferredUs, "Y").yesNo() == true);
    CHECK(parsed(S::ReferredUs, "no").yesNo() == false);
    CHECK(*parsed(S::YearsAsCustomer, "4 years").number() == NumberRange{4, 4});
    for (const char *unknown : {"", "  ", "?", "Unknown", "n/a", "-"})
        CHECK(parsed(S::ReferredUs, unknown).isUnknown());
}

TEST_CASE("Cells refuse text with a message that says what is expected", "[domain][chart]")
{
    using S = StandardAttribute;
    CHECK(
        error(S::Employees, "lots")
        == QStringLiteral("Expected a number such as 40 or a range such as 20-50, not \"lots\"."));
    CHECK(error(S::YearsAsCustomer, "ages")
          == QStringLiteral("Expected a number of years such as 4 or a range such as 3-5, not "
                            "\"ages\"."));
    CHECK(error(S::SpendPerMonth, "heaps").startsWith(QStringLiteral("Expected an amount")));
    CHECK(error(S::SpendPerMonth, "USD 100")
          == QStringLiteral("Amounts in this chart are in AUD; \"USD 100\" is in USD."));
    CHECK(error(S::ReferredUs, "maybe")
          == QStringLiteral("Expected yes or no (leave blank when unknown), not \"maybe\"."));
}

TEST_CASE("Display text reads back to the same value", "[domain][chart]")
{
    using S = StandardAttribute;
    const std::pair<S, const char *> samples[] = {
        {S::Employees, "20-50"},     {S::Employees, "1200"},
        {S::Revenue, "$1.25M-$5M"},  {S::SpendPerMonth, "$1,234.56"},
        {S::SpendPerMonth, "(120)"}, {S::Industry, "Law"},
        {S::Purchases, "A, B, C"},   {S::Location, "Parramatta 12.5 km"},
        {S::Location, "Ryde"},       {S::Location, "3 km"},
        {S::ReferredUs, "yes"},      {S::YearsAsCustomer, "2.5"},
    };
    for (const auto &[which, text] : samples) {
        const ChartValue value = parsed(which, text);
        const QString shown = displayText(value);
        INFO(text << " shown as " << shown.toStdString());
        CHECK(*parseCell(standardAttribute(which), shown) == value);
    }
    CHECK(displayText(parsed(S::Revenue, "$1M-$5M")) == QStringLiteral("$1M–$5M"));
    CHECK(displayText(parsed(S::Location, "Parramatta, 12km"))
          == QStringLiteral("Parramatta (12 km)"));
    CHECK(displayText(ChartValue()).isEmpty());
}

TEST_CASE("Money in another currency than the chart's is shown with its code", "[domain][chart]")
{
    const Attribute perMonth = standardAttribute(StandardAttribute::SpendPerMonth);
    const ChartValue nzd =
        ChartValue::fromMoney(MoneyRange::exactly(Money(54050, QStringLiteral("NZD"))));
    const QString shown = displayText(nzd, QStringLiteral("AUD"));
    CHECK(shown == QStringLiteral("NZD 540.50"));
    // Typed into an AUD chart it is refused by name, never read as dollars of the chart's.
    const auto typed = parseCell(perMonth, shown, QStringLiteral("AUD"));
    REQUIRE_FALSE(typed.ok());
    CHECK(typed.errorMessage().contains(QStringLiteral("is in NZD")));
    // In its own chart it keeps the symbol and reads back.
    CHECK(displayText(nzd, QStringLiteral("NZD")) == QStringLiteral("$540.50"));
    CHECK(*parseCell(perMonth, QStringLiteral("$540.50"), QStringLiteral("NZD")) == nzd);
}
