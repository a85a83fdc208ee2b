#include "lrjwt/jwt/time_claim.hpp"

#include <doctest/doctest.h>

#include <string>

using lrjwt::jwt::describe_time_claim;
using lrjwt::jwt::read_time_claim;
using lrjwt::jwt::TimeClaim;
using Status = TimeClaim::Status;

namespace {

TimeClaim exp_of(std::string_view value_json)
{
  return read_time_claim(R"({"sub":"x","exp":)" + std::string(value_json) + "}", "exp");
}

std::string described(std::string_view value_json)
{
  return describe_time_claim("exp", exp_of(value_json));
}

} // namespace

TEST_CASE("jwt::read_time_claim")
{
  SUBCASE("absent")
  {
    const auto claim = read_time_claim(R"({"sub":"x"})", "exp");
    CHECK(claim.status == Status::absent);
    CHECK(describe_time_claim("exp", claim).empty());
  }
  SUBCASE("integers, negative too")
  {
    const auto claim = exp_of("1764763800");
    CHECK(claim.status == Status::usable);
    CHECK(claim.seconds == 1764763800);
    CHECK_FALSE(claim.fractional);
    CHECK_FALSE(claim.milliseconds_reading.has_value());
    CHECK(described("1764763800").empty());
    CHECK(exp_of("-1").seconds == -1);
    CHECK(exp_of("-62135596800").status == Status::usable);
    CHECK(exp_of("253402300799").status == Status::usable);
  }
  SUBCASE("fractions round down")
  {
    const auto claim = exp_of("1764763800.75");
    CHECK(claim.status == Status::usable);
    CHECK(claim.seconds == 1764763800);
    CHECK(claim.fractional);
    CHECK(exp_of("-1.5").seconds == -2);
    CHECK(exp_of("1e3").seconds == 1000);
    CHECK_FALSE(exp_of("1e3").fractional);
  }
  SUBCASE("out of range, never overflowing")
  {
    CHECK(exp_of("1e300").status == Status::out_of_range);
    CHECK(described("1e300") == "exp: 1e300 is out of range");
    CHECK(described("-1e300") == "exp: -1e300 is out of range");
    CHECK(described("-62135596801") == "exp: -62135596801 is out of range");
    CHECK(described("9223372036854775807") == "exp: 9223372036854775807 is out of range");
    CHECK(described("18446744073709551615") == "exp: 18446744073709551615 is out of range");
    CHECK(described("123456789012345678901234567890") == "exp: 123456789012345678901234567890 is out of range");
    CHECK(described("-123456789012345678901234567890") == "exp: -123456789012345678901234567890 is out of range");
    CHECK(described("1" + std::string(308, '0')) == "exp: 1" + std::string(308, '0') + " is out of range");
  }
  SUBCASE("not a number")
  {
    const auto claim = exp_of(R"("1700000000")");
    CHECK(claim.status == Status::not_a_number);
    CHECK(described(R"("1700000000")") == R"(exp: "1700000000" is not a number)");
    CHECK(described("true") == "exp: true is not a number");
    CHECK(described("null") == "exp: null is not a number");
    CHECK(described("[1764763800]") == "exp: an array is not a number");
    CHECK(described(R"({"at":1})") == "exp: an object is not a number");
  }
  SUBCASE("values that look like milliseconds")
  {
    const auto now_in_ms = exp_of("1764763200000");
    CHECK(now_in_ms.status == Status::out_of_range);
    CHECK(now_in_ms.milliseconds_reading == 1764763200);
    CHECK(described("1764763200000")
          == "exp: 1764763200000 is out of range; it looks like milliseconds (2025-12-03T12:00:00Z)");
    const auto year_8307 = exp_of("200000000000");
    CHECK(year_8307.status == Status::usable);
    CHECK(year_8307.seconds == 200000000000);
    CHECK(described("200000000000") == "exp: 200000000000 looks like milliseconds (1976-05-03T19:33:20Z)");
    CHECK(described("1.7647632e12")
          == "exp: 1.7647632e12 is out of range; it looks like milliseconds (2025-12-03T12:00:00Z)");
    CHECK(described("100000000000").empty());
    CHECK(exp_of("100000000001").milliseconds_reading == 100000000);
    CHECK_FALSE(exp_of("1e300").milliseconds_reading.has_value());
  }
}
