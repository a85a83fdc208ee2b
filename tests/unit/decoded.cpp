#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/compact.hpp"
#include "lrjwt/out/decoded.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

using lrjwt::jwt::base64url_encode;
using lrjwt::jwt::parse_compact;
using lrjwt::jwt::ParseMode;
using lrjwt::out::render_decoded_json;
using lrjwt::out::render_decoded_text;
using lrjwt::out::render_fetch_json;

namespace {

// 2025-12-03T12:02:00Z
constexpr std::int64_t k_now = 1764763320;

const std::string k_header = R"({"alg":"HS256","typ":"JWT"})";

std::string make_token(std::string_view payload)
{
  return base64url_encode(k_header) + "." + base64url_encode(payload) + ".c2ln";
}

lrjwt::jwt::DecodedToken decoded(std::string_view payload)
{
  auto token = parse_compact(make_token(payload), ParseMode::lenient);
  REQUIRE(token.has_value());
  return *token;
}

// The lines after the claims JSON.
std::string times_of(std::string_view payload, std::int64_t now = k_now)
{
  const std::string text = render_decoded_text(decoded(payload), now, false);
  const auto start = text.rfind("}\n\n");
  REQUIRE(start != std::string::npos);
  return text.substr(start + 3);
}

} // namespace

TEST_CASE("out::render_decoded_text")
{
  SUBCASE("whole output")
  {
    const std::string payload = R"({"sub":"u-0001","name":"Zoë","n":9007199254740993,)"
                                R"("iat":1764763200,"nbf":1764763200,"exp":1764763800})";
    CHECK(render_decoded_text(decoded(payload), k_now, false) == R"(Header:
{
  "alg": "HS256",
  "typ": "JWT"
}

Claims:
{
  "sub": "u-0001",
  "name": "Zoë",
  "n": 9007199254740993,
  "iat": 1764763200,
  "nbf": 1764763200,
  "exp": 1764763800
}

Issued at:  2025-12-03T12:00:00Z (2m ago)
Not before: 2025-12-03T12:00:00Z (2m ago)
Expires at: 2025-12-03T12:10:00Z (in 8m)
Status:     expires in 8m
)");
  }
  SUBCASE("colour only when asked")
  {
    const auto token = decoded(R"({"sub":"x"})");
    CHECK(render_decoded_text(token, k_now, false).find('\x1b') == std::string::npos);
    CHECK(render_decoded_text(token, k_now, true).find("\x1b[1;34m\"sub\"\x1b[0m: \x1b[32m\"x\"\x1b[0m")
          != std::string::npos);
  }
  SUBCASE("expired, not yet valid, no expiry")
  {
    CHECK(times_of(R"({"exp":1764763128})") == "Expires at: 2025-12-03T11:58:48Z (3m 12s ago)\n"
                                               "Status:     expired 3m 12s ago\n");
    CHECK(times_of(R"({"exp":1764763320})") == "Expires at: 2025-12-03T12:02:00Z (now)\n"
                                               "Status:     expired just now\n");
    CHECK(times_of(R"({"nbf":1764763620,"exp":1764767400})")
          == "Not before: 2025-12-03T12:07:00Z (in 5m)\n"
             "Expires at: 2025-12-03T13:10:00Z (in 1h 8m)\n"
             "Status:     not yet valid, starts in 5m\n");
    CHECK(times_of(R"({"sub":"x"})") == "Status:     never expires (no exp claim)\n");
  }
  SUBCASE("fractional exp: expired only once the instant has passed")
  {
    CHECK(times_of(R"({"exp":1764763320.5})") == "Expires at: 2025-12-03T12:02:00Z (now)\n"
                                                 "Status:     expires now\n");
    CHECK(times_of(R"({"exp":1764763319.5})") == "Expires at: 2025-12-03T12:01:59Z (1s ago)\n"
                                                 "Status:     expired 1s ago\n");
  }
  SUBCASE("unusable and odd time claims")
  {
    CHECK(times_of(R"({"iat":"1764763200","nbf":-1,"exp":1e300})")
          == "Issued at:  \"1764763200\" is not a number\n"
             "Not before: 1969-12-31T23:59:59Z (55y 350d ago)\n"
             "Expires at: 1e300 is out of range\n"
             "Status:     unknown: exp is out of range\n");
    CHECK(times_of(R"({"iat":1764763200000,"exp":200000000000})")
          == "Issued at:  1764763200000 is out of range; looks like milliseconds (2025-12-03T12:00:00Z)\n"
             "Expires at: 8307-10-01T19:33:20Z (in 6285y 364d); looks like milliseconds (1976-05-03T19:33:20Z)\n"
             "Status:     expires in 6285y 364d\n");
    CHECK(times_of(R"({"exp":null})") == "Expires at: null is not a number\n"
                                         "Status:     unknown: exp is not a number\n");
  }
  SUBCASE("absurd clocks do not overflow")
  {
    CHECK(times_of(R"({"exp":-62135596800})", std::numeric_limits<std::int64_t>::max())
          == "Expires at: 0001-01-01T00:00:00Z (292471208677y 195d ago)\n"
             "Status:     expired 292471208677y 195d ago\n");
    CHECK(times_of(R"({"exp":253402300799})", std::numeric_limits<std::int64_t>::min())
          == "Expires at: 9999-12-31T23:59:59Z (in 292471208677y 195d); looks like milliseconds "
             "(1978-01-11T21:31:40Z)\n"
             "Status:     expires in 292471208677y 195d\n");
  }
}

TEST_CASE("out::render_decoded_json")
{
  SUBCASE("with a usable exp")
  {
    const auto token = decoded(R"({"sub":"u-0001","big":123456789012345678901234567890,"f":0.1,"exp":1764763800})");
    CHECK(render_decoded_json(token, k_now) == R"({
  "header": {
    "alg": "HS256",
    "typ": "JWT"
  },
  "claims": {
    "sub": "u-0001",
    "big": 123456789012345678901234567890,
    "f": 0.1,
    "exp": 1764763800
  },
  "signature": "c2ln",
  "expires_at": "2025-12-03T12:10:00Z",
  "expires_in": 480,
  "expired": false
})");
    CHECK(render_decoded_json(token, 1764763800).ends_with(R"("expires_in": 0,
  "expired": true
})"));
    CHECK(render_decoded_json(token, 1764764000).ends_with(R"("expires_in": -200,
  "expired": true
})"));
  }
  SUBCASE("without a usable exp nothing is inferred")
  {
    CHECK(render_decoded_json(decoded(R"({"exp":"soon"})"), k_now) == R"({
  "header": {
    "alg": "HS256",
    "typ": "JWT"
  },
  "claims": {
    "exp": "soon"
  },
  "signature": "c2ln"
})");
    CHECK(render_decoded_json(decoded(R"({"exp":1e300})"), k_now).ends_with("\"signature\": \"c2ln\"\n}"));
  }
}

TEST_CASE("out::render_fetch_json")
{
  SUBCASE("decodable")
  {
    const std::string jwt = make_token(R"({"sub":"u-0001","exp":1764763800})");
    CHECK(render_fetch_json(jwt, k_now) == R"({
  "signature": ")" + jwt + R"(",
  "header": {
    "alg": "HS256",
    "typ": "JWT"
  },
  "claims": {
    "sub": "u-0001",
    "exp": 1764763800
  },
  "expires_at": "2025-12-03T12:10:00Z",
  "expires_in": 480
})");
  }
  SUBCASE("decodable without exp")
  {
    const std::string jwt = make_token(R"({"sub":"u-0001"})");
    CHECK(render_fetch_json(jwt, k_now).ends_with("\"claims\": {\n    \"sub\": \"u-0001\"\n  }\n}"));
  }
  SUBCASE("not decodable: the signature alone, never failing")
  {
    CHECK(render_fetch_json("opaque-token", k_now) == "{\n  \"signature\": \"opaque-token\"\n}");
    CHECK(render_fetch_json("a\"b\xff", k_now) == "{\n  \"signature\": \"a\\\"b\xef\xbf\xbd\"\n}");
  }
}
