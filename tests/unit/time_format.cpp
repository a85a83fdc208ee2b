#include "lrjwt/util/time_format.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

using lrjwt::util::format_duration;
using lrjwt::util::format_relative;
using lrjwt::util::format_rfc3339_utc;
using lrjwt::util::k_max_rfc3339_epoch;
using lrjwt::util::k_min_rfc3339_epoch;

TEST_CASE("util::format_rfc3339_utc")
{
  SUBCASE("ordinary instants")
  {
    CHECK(format_rfc3339_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(format_rfc3339_utc(1764763200) == "2025-12-03T12:00:00Z");
    CHECK(format_rfc3339_utc(1700000000) == "2023-11-14T22:13:20Z");
    CHECK(format_rfc3339_utc(951782400) == "2000-02-29T00:00:00Z");
    CHECK(format_rfc3339_utc(1300819380) == "2011-03-22T18:43:00Z");
  }
  SUBCASE("before the epoch")
  {
    CHECK(format_rfc3339_utc(-1) == "1969-12-31T23:59:59Z");
    CHECK(format_rfc3339_utc(-86400) == "1969-12-31T00:00:00Z");
    CHECK(format_rfc3339_utc(-86401) == "1969-12-30T23:59:59Z");
  }
  SUBCASE("year bounds 0001..9999")
  {
    CHECK(format_rfc3339_utc(k_min_rfc3339_epoch) == "0001-01-01T00:00:00Z");
    CHECK(format_rfc3339_utc(k_max_rfc3339_epoch) == "9999-12-31T23:59:59Z");
    CHECK_FALSE(format_rfc3339_utc(k_min_rfc3339_epoch - 1).has_value());
    CHECK_FALSE(format_rfc3339_utc(k_max_rfc3339_epoch + 1).has_value());
    CHECK_FALSE(format_rfc3339_utc(std::numeric_limits<std::int64_t>::max()).has_value());
    CHECK_FALSE(format_rfc3339_utc(std::numeric_limits<std::int64_t>::min()).has_value());
  }
}

TEST_CASE("util::format_duration")
{
  CHECK(format_duration(0) == "0s");
  CHECK(format_duration(45) == "45s");
  CHECK(format_duration(60) == "1m");
  CHECK(format_duration(598) == "9m 58s");
  CHECK(format_duration(3600) == "1h");
  CHECK(format_duration(3659) == "1h");
  CHECK(format_duration(7380) == "2h 3m");
  CHECK(format_duration(3 * 86400 + 4 * 3600 + 59) == "3d 4h");
  CHECK(format_duration(365 * 86400 + 5 * 86400 + 7) == "1y 5d");
  CHECK(format_duration(std::numeric_limits<std::uint64_t>::max()) == "584942417355y 26d");
}

TEST_CASE("util::format_relative")
{
  CHECK(format_relative(0) == "now");
  CHECK(format_relative(598) == "in 9m 58s");
  CHECK(format_relative(480) == "in 8m");
  CHECK(format_relative(-192) == "3m 12s ago");
  CHECK(format_relative(-10800) == "3h ago");
  CHECK(format_relative(-7380) == "2h 3m ago");
  CHECK(format_relative(-1) == "1s ago");
  CHECK(format_relative(std::numeric_limits<std::int64_t>::min()) == "292471208677y 195d ago");
  CHECK(format_relative(std::numeric_limits<std::int64_t>::max()) == "in 292471208677y 195d");
}
