#include "lrjwt/util/time_parse.hpp"

#include <doctest/doctest.h>

using lrjwt::util::parse_instant;

TEST_CASE("util::parse_instant")
{
  SUBCASE("epoch seconds")
  {
    CHECK(parse_instant("1300819380") == 1300819380);
    CHECK(parse_instant("0") == 0);
    CHECK(parse_instant("-86400") == -86400);
    CHECK_FALSE(parse_instant("99999999999999999999").has_value());
    CHECK_FALSE(parse_instant("12a").has_value());
    CHECK_FALSE(parse_instant("").has_value());
  }
  SUBCASE("RFC 3339")
  {
    CHECK(parse_instant("2011-03-22T18:43:00Z") == 1300819380);
    CHECK(parse_instant("2011-03-22t18:43:00z") == 1300819380);
    CHECK(parse_instant("2011-03-22 18:43:00Z") == 1300819380);
    CHECK(parse_instant("2011-03-22T18:43:00.999Z") == 1300819380);
    CHECK(parse_instant("2011-03-22T19:43:00+01:00") == 1300819380);
    CHECK(parse_instant("2011-03-22T13:13:00-05:30") == 1300819380);
    CHECK(parse_instant("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_instant("2024-02-29T00:00:00Z") == 1709164800);
    CHECK(parse_instant("0001-01-01T00:00:00Z") == -62135596800);
    CHECK(parse_instant("9999-12-31T23:59:59Z") == 253402300799);
  }
  SUBCASE("refused")
  {
    for (const char* bad : {"2011-03-22", "2011-03-22T18:43:00", "2023-02-29T00:00:00Z", "2011-13-01T00:00:00Z",
                            "2011-03-22T24:00:00Z", "2011-03-22T18:43:00.Z", "2011-03-22T18:43:00+0100",
                            "2011-03-22T18:43:00Zjunk", "0000-01-01T00:00:00Z", "yesterday"}) {
      CHECK_MESSAGE(!parse_instant(bad).has_value(), bad);
    }
  }
}
