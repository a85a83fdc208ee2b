#include "lrjwt/util/redact.hpp"

#include <doctest/doctest.h>

using namespace lrjwt::util;

TEST_CASE("util::mask_apikey")
{
  CHECK(mask_apikey("11111111-2222-3333-4444-555555555555") == "****5555");
  CHECK(mask_apikey("short") == "****");
}

TEST_CASE("util::redact_url")
{
  CHECK(redact_url("https://h/sso/jwt/api/token?apikey=11111111-2222-3333-4444-555555555555&jwtapp=demo&access_token="
                   "SECRETTOKEN") == "https://h/sso/jwt/api/token?apikey=****5555&jwtapp=demo&access_token=***");
  CHECK(redact_url("https://h/path") == "https://h/path");
  CHECK(redact_url("https://h/p?flag&password=x") == "https://h/p?flag&password=***");
}

TEST_CASE("util::redact_body")
{
  CHECK(redact_body(R"({"email":"a@b.c","password":"hunter2"})") == R"({"email":"a@b.c","password":"***"})");
  CHECK(redact_body("") == "");
  CHECK(redact_body("hunter2") == "(body of 7 bytes hidden)");
}

TEST_CASE("util::redact_jwts")
{
  CHECK(redact_jwts(R"({"signature":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.SIGNATUREPART"})") ==
        R"({"signature":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.<signature redacted>"})");
  CHECK(redact_jwts("no token here") == "no token here");
  CHECK(redact_jwts("eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.") == "eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.");
  CHECK(redact_jwts("Bearer eyJa.eyJb.c1 and eyJd.eyJe.f2") ==
        "Bearer eyJa.eyJb.<signature redacted> and eyJd.eyJe.<signature redacted>");
}

TEST_CASE("util::redact_response_body")
{
  SUBCASE("JWTs keep header and payload")
  {
    CHECK(redact_response_body(R"({"signature":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.SIGPART"})")
          == R"({"signature":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.<signature redacted>"})");
  }
  SUBCASE("secret members are masked at any depth, whatever their case")
  {
    CHECK(redact_response_body(R"({"Access_Token":"at-1","data":{"Password":"pw","list":[{"secret":"s"}]}})")
          == R"({"Access_Token":"***","data":{"Password":"***","list":[{"secret":"***"}]}})");
    CHECK(redact_response_body(R"({"apikey":"11111111-2222-3333-4444-555555555555"})") == R"({"apikey":"****5555"})");
  }
  SUBCASE("a JWT inside an error body")
  {
    CHECK(redact_response_body(R"({"ErrorCode":905,"Message":"token eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.SIGPART"})")
          == R"({"ErrorCode":905,"Message":"token eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.<signature redacted>"})");
  }
  SUBCASE("text that is not JSON is kept, JWTs redacted")
  {
    CHECK(redact_response_body("<html>eyJa.eyJb.SIGPART</html>") == "<html>eyJa.eyJb.<signature redacted></html>");
    CHECK(redact_response_body("") == "");
  }
}

TEST_CASE("util::redact_header")
{
  CHECK(redact_header("Authorization", "Bearer eyJa.eyJb.SIGPART") == "Bearer ***");
  CHECK(redact_header("proxy-authorization", "Basic dXNlcjpwYXNz") == "Basic ***");
  CHECK(redact_header("Set-Cookie", "session=abc123; Path=/; HttpOnly") == "session=***; Path=/; HttpOnly");
  CHECK(redact_header("Cookie", "opaque") == "***");
  CHECK(redact_header("Location", "https://evil.example:8443/x?apikey=SECRET-0123456789&a=b")
        == "https://evil.example:8443/x?apikey=****6789&a=b");
  CHECK(redact_header("X-Debug-Token", "eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.SIGPART")
        == "eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.<signature redacted>");
  CHECK(redact_header("Content-Type", "application/json") == "application/json");
}
