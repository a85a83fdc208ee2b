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
