#include "clientele/core/customertext.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("A customer's place leaves out the home country but keeps any other")
{
    CustomerRow row;
    row.city = QStringLiteral("Cessnock");
    row.region = QStringLiteral("NSW");
    row.country = QStringLiteral("Australia");
    CHECK(customerPlace(row) == QStringLiteral("Cessnock, NSW, Australia"));
    CHECK(customerPlace(row, QStringLiteral("australia")) == QStringLiteral("Cessnock, NSW"));
    CHECK(customerPlace(row, QStringLiteral("New Zealand"))
          == QStringLiteral("Cessnock, NSW, Australia"));
    // Known only by its country, a customer still says where it is.
    row.city.clear();
    row.region.clear();
    CHECK(customerPlace(row, QStringLiteral("Australia")) == QStringLiteral("Australia"));
}
