#include "lrjwt/jwt/claims_check.hpp"

#include <doctest/doctest.h>

#include <string>

using lrjwt::ExitCode;
using lrjwt::jwt::check_claim_values;
using lrjwt::jwt::check_time_claims;
using lrjwt::jwt::ClaimChecks;

namespace {

constexpr std::int64_t k_exp = 1300819380; // 2011-03-22T18:43:00Z

ClaimChecks at(std::int64_t now, std::int64_t leeway = 0)
{
  ClaimChecks c;
  c.now = now;
  c.leeway = leeway;
  return c;
}

std::string time_error(std::string_view payload, const ClaimChecks& checks)
{
  const auto r = check_time_claims(payload, checks);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == ExitCode::expired);
  return r.error().message;
}

std::string value_error(std::string_view payload, const ClaimChecks& checks)
{
  const auto r = check_claim_values(payload, checks);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == ExitCode::claim_mismatch);
  return r.error().message;
}

} // namespace

TEST_CASE("jwt::check_time_claims")
{
  const std::string exp = R"({"exp":1300819380})";
  SUBCASE("exp boundary without leeway: exp - 1 valid, exp expired")
  {
    CHECK(check_time_claims(exp, at(k_exp - 1)).has_value());
    CHECK(time_error(exp, at(k_exp)) == "token expired 0s ago (exp 2011-03-22T18:43:00Z)");
    CHECK(time_error(exp, at(k_exp + 192)) == "token expired 3m 12s ago (exp 2011-03-22T18:43:00Z)");
  }
  SUBCASE("exp with leeway: valid iff now < exp + leeway")
  {
    CHECK(check_time_claims(exp, at(k_exp + 29, 30)).has_value());
    CHECK(time_error(exp, at(k_exp + 30, 30)) == "token expired 30s ago (exp 2011-03-22T18:43:00Z, leeway 30s)");
  }
  SUBCASE("fractional exp counts exactly")
  {
    CHECK(check_time_claims(R"({"exp":1300819380.5})", at(k_exp)).has_value());
    CHECK_FALSE(check_time_claims(R"({"exp":1300819380.5})", at(k_exp + 1)).has_value());
  }
  SUBCASE("nbf: valid iff now >= nbf - leeway")
  {
    const std::string nbf = R"({"nbf":1300819380})";
    CHECK(check_time_claims(nbf, at(k_exp)).has_value());
    CHECK(time_error(nbf, at(k_exp - 300)) == "token not valid before 2011-03-22T18:43:00Z (in 5m)");
    CHECK(check_time_claims(nbf, at(k_exp - 10, 10)).has_value());
    CHECK(time_error(nbf, at(k_exp - 11, 10)).find("leeway 10s") != std::string::npos);
    CHECK(check_time_claims(R"({"nbf":1300819379.5})", at(k_exp)).has_value());
    CHECK_FALSE(check_time_claims(R"({"nbf":1300819379.5})", at(k_exp - 1)).has_value());
  }
  SUBCASE("--at is named in the message")
  {
    auto c = at(k_exp + 60);
    c.now_is_given = true;
    CHECK(time_error(exp, c) == "token expired 1m ago as of 2011-03-22T18:44:00Z (exp 2011-03-22T18:43:00Z)");
  }
  SUBCASE("no exp: valid, no expiry")
  {
    const auto r = check_time_claims(R"({"sub":"x"})", at(k_exp));
    REQUIRE(r.has_value());
    CHECK_FALSE(r->expires_at.has_value());
  }
  SUBCASE("unusable exp or nbf is a claim mismatch")
  {
    for (const char* payload : {R"({"exp":"1300819380"})", R"({"exp":1e300})", R"({"nbf":null})"}) {
      const auto r = check_time_claims(payload, at(k_exp));
      REQUIRE_FALSE(r.has_value());
      CHECK(r.error().code == ExitCode::claim_mismatch);
    }
  }
  SUBCASE("milliseconds: refused past year 9999, else warned about")
  {
    const auto ms = check_time_claims(R"({"exp":1764763200000})", at(k_exp));
    REQUIRE_FALSE(ms.has_value());
    CHECK(ms.error().code == ExitCode::claim_mismatch);
    CHECK(ms.error().message.find("milliseconds (2025-12-03T12:00:00Z)") != std::string::npos);
    const auto r = check_time_claims(R"({"exp":170000000000})", at(k_exp));
    REQUIRE(r.has_value());
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].find("milliseconds") != std::string::npos);
  }
  SUBCASE("extreme values do not overflow")
  {
    CHECK(check_time_claims(R"({"exp":253402300799})", at(253402300799 - 1, 31536000)).has_value());
    CHECK_FALSE(check_time_claims(R"({"nbf":-62135596800})", at(-62135596800 - 1)).has_value());
  }
}

TEST_CASE("jwt::check_claim_values")
{
  const std::string payload = R"({"iss":"https://a.example/","sub":"u-1","aud":["app1","app2"],"n":42})";
  ClaimChecks c;
  SUBCASE("all match")
  {
    c.iss = "https://a.example/";
    c.sub = "u-1";
    c.aud = "app2";
    c.require = {"n", "aud"};
    CHECK(check_claim_values(payload, c).has_value());
  }
  SUBCASE("iss")
  {
    c.iss = "https://b.example/";
    CHECK(value_error(payload, c) == R"(iss is "https://a.example/", expected "https://b.example/")");
    CHECK(value_error(R"({"iss":42})", c) == R"(iss is 42 (an integer), expected "https://b.example/")");
    CHECK(value_error("{}", c) == R"(iss is missing, expected "https://b.example/")");
  }
  SUBCASE("sub")
  {
    c.sub = "u-2";
    CHECK(value_error(payload, c) == R"(sub is "u-1", expected "u-2")");
  }
  SUBCASE("aud: string or array member")
  {
    c.aud = "app3";
    CHECK(value_error(payload, c) == R"(aud is ["app1","app2"], expected "app3")");
    CHECK(check_claim_values(R"({"aud":"app3"})", c).has_value());
    CHECK(value_error(R"({"aud":"app"})", c) == R"(aud is "app", expected "app3")");
    CHECK(value_error(R"({"aud":[["app3"]]})", c).starts_with("aud is"));
  }
  SUBCASE("require")
  {
    c.require = {"email"};
    CHECK(value_error(payload, c) == R"(required claim "email" is missing)");
    CHECK(check_claim_values(R"({"email":null})", c).has_value());
  }
}
