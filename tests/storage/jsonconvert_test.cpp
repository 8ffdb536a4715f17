#include "clientele/storage/jsonconvert.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Qt and domain values convert to JSON and back", "[storage][json]")
{
    SECTION("text")
    {
        const QString text = QStringLiteral("Grüße, 🚜");
        const nlohmann::json json = text;
        CHECK(json.get<std::string>() == "Grüße, 🚜");
        CHECK(json.get<QString>() == text);
    }
    SECTION("timestamps in UTC with milliseconds, null when unknown")
    {
        const QDateTime when(QDate(2024, 3, 4), QTime(19, 30, 0, 250), Qt::OffsetFromUTC, 36000);
        const nlohmann::ordered_json json = when;
        CHECK(json == "2024-03-04T09:30:00.250Z");
        CHECK(json.get<QDateTime>() == when);
        CHECK(nlohmann::json(QDateTime()).is_null());
        CHECK_FALSE(nlohmann::json(nullptr).get<QDateTime>().isValid());
        CHECK_THROWS(nlohmann::json("2024-03-04T09:30:00").get<QDateTime>());
    }
    SECTION("timestamps with an offset are read as the same moment in UTC")
    {
        const QDateTime when = timestampFromJsonText(QStringLiteral("2024-03-04T20:30:00+11:00"));
        REQUIRE(when.isValid());
        CHECK(timestampToJsonText(when) == QStringLiteral("2024-03-04T09:30:00.000Z"));
        CHECK_FALSE(timestampFromJsonText(QStringLiteral("4 March 2024")).isValid());
    }
    SECTION("staff ranges, null when unset")
    {
        const nlohmann::ordered_json json = StaffRange{5, 200};
        CHECK(json.dump() == R"({"min":5,"max":200})");
        CHECK(json.get<StaffRange>() == StaffRange{5, 200});
        CHECK(nlohmann::json(StaffRange{}).is_null());
        CHECK(nlohmann::json(nullptr).get<StaffRange>().isEmpty());
    }
}
