#include "lrjwt/jwt/json_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using lrjwt::jwt::inspect_json;
using lrjwt::jwt::json_member;
using lrjwt::jwt::JsonKind;
using lrjwt::jwt::JsonPrintStyle;
using lrjwt::jwt::print_json;
using lrjwt::jwt::quote_json;

using Strings = std::vector<std::string>;

TEST_CASE("jwt::inspect_json")
{
  SUBCASE("kinds")
  {
    CHECK(inspect_json("{}")->kind == JsonKind::object);
    CHECK(inspect_json(" [1] ")->kind == JsonKind::array);
    CHECK(inspect_json("\"s\"")->kind == JsonKind::string);
    CHECK(inspect_json("12")->kind == JsonKind::integer);
    CHECK(inspect_json("123456789012345678901234567890")->kind == JsonKind::integer);
    CHECK(inspect_json("1.5")->kind == JsonKind::number);
    CHECK(inspect_json("false")->kind == JsonKind::boolean);
    CHECK(inspect_json("null")->kind == JsonKind::null);
  }
  SUBCASE("duplicates are named once each, with a JSON Pointer to their object")
  {
    const auto shape = inspect_json(R"({"a":1,"a":2,"a":3,"x/y":{"m~n":{"k":1,"k":1}},"x/y":0})");
    REQUIRE(shape.has_value());
    CHECK(shape->duplicate_members == Strings{R"("a")", R"("k" in /x~1y/m~0n)", R"("x/y")"});
  }
  SUBCASE("errors")
  {
    CHECK(inspect_json("{\"a\":\"\xff\"}").error().message == "invalid UTF-8 at byte 6 (0xff)");
    CHECK(inspect_json("").error().message
          == "parse error at line 1, column 1: syntax error while parsing value - unexpected end of "
             "input; expected '[', '{', or a literal");
    CHECK(inspect_json("[1,]").error().message
          == "parse error at line 1, column 4: syntax error while parsing value - unexpected ']'; "
             "expected '[', '{', or a literal");
    CHECK(inspect_json("-1e999").error().message == "number overflow parsing '-1e999' at byte 6");
    CHECK(inspect_json(std::string(256, '[') + std::string(256, ']')).has_value());
    CHECK(inspect_json(std::string(257, '[') + std::string(257, ']')).error().message
          == "nesting is deeper than 256 levels");
  }
}

TEST_CASE("jwt::json_member")
{
  const std::string object = R"({"s":"Zo\u00eb \"q\"","max53":9007199254740993,"u64":18446744073709551615,)"
                             R"("big":18446744073709551616,"neg":-9223372036854775809,"f":1.50,"e":1E300,)"
                             R"("t":true,"n":null,"a":[1,{"b":2}],"d":1,"d":2})";
  const auto text_of = [&](std::string_view name) { return json_member(object, name).value().text; };
  CHECK(json_member(object, "s")->kind == JsonKind::string);
  CHECK(text_of("s") == "Zo\xc3\xab \"q\"");
  CHECK(text_of("max53") == "9007199254740993");
  CHECK(text_of("u64") == "18446744073709551615");
  CHECK(json_member(object, "big")->kind == JsonKind::integer);
  CHECK(text_of("big") == "18446744073709551616");
  CHECK(text_of("neg") == "-9223372036854775809");
  CHECK(json_member(object, "f")->kind == JsonKind::number);
  CHECK(text_of("f") == "1.50");
  CHECK(text_of("e") == "1E300");
  CHECK(text_of("t") == "true");
  CHECK(text_of("n") == "null");
  CHECK(json_member(object, "a")->kind == JsonKind::array);
  CHECK(text_of("a") == R"([1,{"b":2}])");
  CHECK(text_of("d") == "2");
  CHECK_FALSE(json_member(object, "missing").has_value());
  CHECK_FALSE(json_member("[1]", "a").has_value());
  CHECK_FALSE(json_member("{\"a\":", "a").has_value());
}

TEST_CASE("jwt::print_json")
{
  SUBCASE("two-space indentation, member order and numbers as received")
  {
    const std::string text = R"({"z":1,"a":[9007199254740993,123456789012345678901234567890,-0.0,1.50,1e-7],)"
                             R"("o":{},"l":[],"n":null,"b":false})";
    CHECK(print_json(text, {}) == R"({
  "z": 1,
  "a": [
    9007199254740993,
    123456789012345678901234567890,
    -0.0,
    1.50,
    1e-7
  ],
  "o": {},
  "l": [],
  "n": null,
  "b": false
})");
  }
  SUBCASE("UTF-8 stays UTF-8; escapes are decoded; control characters are escaped")
  {
    CHECK(print_json(R"({"name":"Zo\u00eb \u65e5\u672c","raw":"日本","c":"a\u0001\n\"/"})", {}) == R"({
  "name": "Zoë 日本",
  "raw": "日本",
  "c": "a\u0001\n\"/"
})");
  }
  SUBCASE("the last duplicate wins, at the first one's position")
  {
    CHECK(print_json(R"({"a":1,"b":2,"a":3})", {-1, 0, false}) == R"({"a":3,"b":2})");
  }
  SUBCASE("nested depth and compact form")
  {
    CHECK(print_json(R"({"a":[1]})", {2, 1, false}) == "{\n    \"a\": [\n      1\n    ]\n  }");
    CHECK(print_json(R"({ "a" : [ 1 , 2 ] })", {-1, 0, false}) == R"({"a":[1,2]})");
  }
  SUBCASE("colours")
  {
    CHECK(print_json(R"({"k":"v","n":1,"t":true,"z":null})", {2, 0, true})
          == "{\n  \x1b[1;34m\"k\"\x1b[0m: \x1b[32m\"v\"\x1b[0m,\n  \x1b[1;34m\"n\"\x1b[0m: \x1b[36m1\x1b[0m,\n"
             "  \x1b[1;34m\"t\"\x1b[0m: \x1b[33mtrue\x1b[0m,\n  \x1b[1;34m\"z\"\x1b[0m: \x1b[33mnull\x1b[0m\n}");
  }
  SUBCASE("text that is not JSON comes back as a string")
  {
    CHECK(print_json("not json", {}) == R"("not json")");
  }
}

TEST_CASE("jwt::quote_json")
{
  CHECK(quote_json("plain") == R"("plain")");
  CHECK(quote_json("a\"b\\c\n") == R"("a\"b\\c\n")");
  CHECK(quote_json("Zo\xc3\xab") == "\"Zo\xc3\xab\"");
  CHECK(quote_json("bad\xff") == "\"bad\xef\xbf\xbd\"");
}
