#include "lrjwt/api/response.hpp"

#include <doctest/doctest.h>

using namespace lrjwt;
using namespace lrjwt::api;

namespace {
net::Response make(long status, std::string body, net::Headers headers = {})
{
  net::Response r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}
} // namespace

TEST_CASE("api::classify_response")
{
  SUBCASE("success")
  {
    auto r = classify_response(make(200, R"({"signature":"a.b.c"})"));
    REQUIRE(r.has_value());
    CHECK(*r == "a.b.c");
  }
  SUBCASE("LoginRadius error body, PascalCase")
  {
    auto r = classify_response(make(401, R"({"Description":"The user ID or password is wrong.","ErrorCode":966,)"
                                         R"("Message":"Invalid user ID and/or password","IsProviderError":false,)"
                                         R"("ProviderErrorResponse":null})"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::api_error);
    CHECK(r.error().message ==
          "LoginRadius error 966: Invalid user ID and/or password (The user ID or password is wrong.)");
  }
  SUBCASE("LoginRadius error body, camelCase")
  {
    auto r = classify_response(make(403, R"({"description":"d","errorCode":905,"message":"Access token is invalid"})"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::api_error);
    CHECK(r.error().message == "LoginRadius error 905: Access token is invalid (d)");
  }
  SUBCASE("LoginRadius error body with HTTP 200")
  {
    auto r = classify_response(make(200, R"({"ErrorCode":1180,"Message":"JWT configuration not found."})"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::api_error);
    CHECK(r.error().message == "LoginRadius error 1180: JWT configuration not found.");
  }
  SUBCASE("error code as a string, extra keys")
  {
    auto r = classify_response(make(400, R"({"ERRORCODE":"922","MESSAGE":"API key is missing","Errors":[],"Data":null})"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == "LoginRadius error 922: API key is missing");
  }
  SUBCASE("HTML")
  {
    auto r = classify_response(make(502, "<html><body>\n<h1>502 Bad Gateway</h1></body></html>"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected response: HTTP 502 without a LoginRadius error body, got "
                               "\"<html><body> <h1>502 Bad Gateway</h1></body></html>\"");
  }
  SUBCASE("empty")
  {
    auto r = classify_response(make(200, ""));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected response: HTTP 200 with an empty body, not a JSON object");
    auto r500 = classify_response(make(500, ""));
    CHECK(r500.error().message == "unexpected response: HTTP 500 without a LoginRadius error body, got an empty body");
  }
  SUBCASE("empty object")
  {
    auto r = classify_response(make(200, "{}"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected response: HTTP 200 JSON has no \"signature\"");
  }
  SUBCASE("null signature")
  {
    auto r = classify_response(make(200, R"({"signature":null})"));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected response: HTTP 200 \"signature\" is null");
  }
  SUBCASE("empty signature")
  {
    auto r = classify_response(make(200, R"({"signature":""})"));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected response: HTTP 200 \"signature\" is empty");
  }
  SUBCASE("non-string signature")
  {
    auto r = classify_response(make(200, R"({"signature":42})"));
    CHECK(r.error().code == ExitCode::bad_response);
  }
  SUBCASE("JSON that is not an object")
  {
    auto r = classify_response(make(200, R"(["signature"])"));
    CHECK(r.error().code == ExitCode::bad_response);
  }
  SUBCASE("signature with a non-2xx status is not success")
  {
    auto r = classify_response(make(500, R"({"signature":"a.b.c"})"));
    CHECK(r.error().code == ExitCode::bad_response);
  }
  SUBCASE("redirect names the host, not the query")
  {
    auto r = classify_response(make(302, "", {{"Location", "https://evil.test:8443/x?apikey=secret"}}));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected redirect (HTTP 302) to evil.test:8443; redirects are not followed");
  }
  SUBCASE("rate limited without a body")
  {
    auto r = classify_response(make(429, "", {{"Retry-After", "3"}}));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "rate limited by LoginRadius (HTTP 429, Retry-After: 3)");
  }
  SUBCASE("a JWT in an unexpected body or an error message loses its signature")
  {
    auto r = classify_response(make(500, "<p>debug: eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.SIGPART</p>"));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message.find("SIGPART") == std::string::npos);
    CHECK(r.error().message.find("eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.<signature redacted>") != std::string::npos);
    auto e = classify_response(
      make(403, R"({"ErrorCode":905,"Message":"bad eyJa.eyJb.SIGPART","Description":"eyJc.eyJd.SIGPART"})"));
    CHECK(e.error().code == ExitCode::api_error);
    CHECK(e.error().message.find("SIGPART") == std::string::npos);
  }
  SUBCASE("a redirect names the target host, not its path or query")
  {
    auto r = classify_response(make(302, "", {{"Location", "https://user:pw@evil.example:8443/x?apikey=SECRET"}}));
    CHECK(r.error().code == ExitCode::bad_response);
    CHECK(r.error().message == "unexpected redirect (HTTP 302) to evil.example:8443; redirects are not followed");
  }
  SUBCASE("long bodies are cut to one short line")
  {
    auto r = classify_response(make(500, std::string(500, 'x')));
    CHECK(r.error().message.size() < 200);
  }
}

TEST_CASE("api::parse_api_error")
{
  CHECK_FALSE(parse_api_error("{}").has_value());
  CHECK_FALSE(parse_api_error(R"({"Message":"x"})").has_value());
  CHECK_FALSE(parse_api_error("not json").has_value());
  auto e = parse_api_error(R"({"ErrorCode":938,"Message":"m\u001b[31m","Description":"d"})");
  REQUIRE(e.has_value());
  CHECK(e->code == 938);
  CHECK(e->message == "m [31m");
}
