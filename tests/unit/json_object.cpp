#include "lrjwt/out/json_object.hpp"

#include <doctest/doctest.h>

#include <limits>

using lrjwt::out::JsonObjectText;

TEST_CASE("out::JsonObjectText")
{
  SUBCASE("empty")
  {
    CHECK(JsonObjectText().str() == "{}");
  }
  SUBCASE("members in insertion order, values escaped")
  {
    JsonObjectText object;
    object.string("s", "a\"b\n").integer("i", std::numeric_limits<std::int64_t>::min()).boolean("b", false);
    object.json("j", "{\n    \"x\": 1\n  }");
    CHECK(object.str() == "{\n  \"s\": \"a\\\"b\\n\",\n  \"i\": -9223372036854775808,\n  \"b\": false,\n"
                          "  \"j\": {\n    \"x\": 1\n  }\n}");
  }
}
