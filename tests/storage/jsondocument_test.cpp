#include "clientele/storage/jsondocument.h"
#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/jsonnode.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

// The message parseJsonDocument refuses `bytes` with, or an empty string when it accepts them.
std::string refusal(const QByteArray &bytes, int maxDepth = kMaxJsonDepth)
{
    try {
        parseJsonDocument(bytes, maxDepth);
        return {};
    } catch (const JsonInputError &e) {
        return e.message().toStdString();
    }
}

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

TEST_CASE("Nesting is accepted up to the limit and refused beyond it", "[storage][json]")
{
    CHECK(refusal(nestedArrays(kMaxJsonDepth)).empty());
    CHECK_THAT(refusal(nestedArrays(kMaxJsonDepth + 1)), Catch::Contains("nested deeper"));
    CHECK(refusal(nestedArrays(4), 3)
          == "[0][0][0]: nested deeper than 3 levels; a workspace never is");
    CHECK_THAT(refusal(nestedArrays(100'000)), Catch::Contains("nested deeper than 64"));
}

TEST_CASE("The depth refusal names the path, counting array elements", "[storage][json]")
{
    CHECK(refusal(R"({"a": [1, "x", {"b": [[[0]]]}]})", 4)
          == "a[2].b[0]: nested deeper than 4 levels; a workspace never is");
    CHECK(refusal(R"([[1], [2], {"k": {}}, [[[]]]])", 3)
          == "[3][0][0]: nested deeper than 3 levels; a workspace never is");
}

TEST_CASE("A key repeated in one object is refused with its path", "[storage][json]")
{
    CHECK(refusal(R"({"a": 1, "b": {"c": 1, "c": 2}})")
          == "b.c: the key appears twice in the same object");
    // The same key in different objects is fine.
    CHECK(refusal(R"([{"id": 1}, {"id": 2}, {"x": {"id": 3}}])").empty());
}

TEST_CASE("Syntax errors name the line and the column in characters", "[storage][json]")
{
    CHECK_THAT(refusal("{\n  \"name\": \"Ünï\" x\n}"),
               Catch::StartsWith("line 2, column 17 (byte offset 20): not valid JSON: "));
    CHECK_THAT(refusal("[1, 2"), Catch::Contains("line 1, column 6"));
    CHECK_THAT(refusal("\"bad \xff byte\""), Catch::Contains("not valid JSON"));
}

TEST_CASE("A node reports the type it found and the path it sits at", "[storage][json]")
{
    const auto document = nlohmann::json::parse(R"({"list": [{"n": 3.5}, {"n": "x"}]})");
    const JsonNode root(document);
    const auto elements = root.member(QStringLiteral("list")).elements();
    REQUIRE(elements.size() == 2);
    CHECK(elements[1].member(QStringLiteral("n")).where() == QStringLiteral("list[1].n"));
    CHECK_THROWS_WITH(elements[0].member(QStringLiteral("n")).toInteger(0, 10),
                      "list[0].n: expected a whole number, found 3.5");
    CHECK_THROWS_WITH(elements[1].member(QStringLiteral("n")).toInteger(0, 10),
                      "list[1].n: expected a whole number, found a string");
    CHECK_THROWS_WITH(root.member(QStringLiteral("gone")), "gone: required key is missing");
    CHECK_THROWS_WITH(root.toText(), "top level: expected a string, found an object");
    CHECK_THROWS_WITH(root.expectObject({QStringLiteral("other")}),
                      "list: unknown key (expected one of: other)");
}
