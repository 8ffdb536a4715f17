#include "clientele/domain/profilefields.h"
#include "clientele/domain/staffrange.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Staff ranges accept exact counts and ranges", "[domain]")
{
    CHECK(StaffRange::parse(QStringLiteral("5-200"))->minimum == 5);
    CHECK(StaffRange::parse(QStringLiteral("5 – 200"))->maximum == 200);
    CHECK(StaffRange::parse(QStringLiteral("5 to 200"))->maximum == 200);
    CHECK(StaffRange::parse(QStringLiteral("40"))->isExact());
    CHECK(StaffRange::parse(QString())->isEmpty());
    CHECK(StaffRange::parse(QStringLiteral("5-200"))->toString() == QStringLiteral("5–200"));
}

TEST_CASE("Staff ranges refuse text that is not a count, naming what is expected", "[domain]")
{
    auto bad = StaffRange::parse(QStringLiteral("lots"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("5-200")));
    CHECK_FALSE(StaffRange::parse(QStringLiteral("200-5")).ok());
}

TEST_CASE("Every profile field reads back what was set", "[domain]")
{
    CustomerProfile profile;
    for (ProfileField field : allProfileFields()) {
        const QString value = field == ProfileField::BusinessSize
                                  ? QStringLiteral("5–200")
                                  : fieldKey(field) + QStringLiteral(" <b>&</b>");
        REQUIRE(setFieldText(profile, field, value).ok());
        CHECK(fieldText(profile, field) == value);
    }
    CHECK_FALSE(setFieldText(profile, ProfileField::BusinessSize, QStringLiteral("many")).ok());
    CHECK(profile.segment.businessSize == StaffRange{5, 200});
}
