#include "lrjwt/api/endpoint.hpp"

#include <doctest/doctest.h>

using namespace lrjwt::api;

TEST_CASE("api::login_body")
{
  SUBCASE("plain")
  {
    CHECK(login_body(IdentityKind::email, "ada@example.com", "pw") ==
          R"({"email":"ada@example.com","password":"pw"})");
    CHECK(login_body(IdentityKind::username, "ada", "pw") == R"({"username":"ada","password":"pw"})");
    CHECK(login_body(IdentityKind::phone, "+15555550100", "pw") == R"({"phone":"+15555550100","password":"pw"})");
  }
  SUBCASE("quote and backslash")
  {
    CHECK(login_body(IdentityKind::email, "a@b.c", "a\"b\\c") == R"({"email":"a@b.c","password":"a\"b\\c"})");
  }
  SUBCASE("trailing backslash")
  {
    CHECK(login_body(IdentityKind::email, "a@b.c", "pw\\") == R"({"email":"a@b.c","password":"pw\\"})");
  }
  SUBCASE("tab and newline")
  {
    CHECK(login_body(IdentityKind::email, "a@b.c", "a\tb\nc") == R"({"email":"a@b.c","password":"a\tb\nc"})");
  }
  SUBCASE("UTF-8 stays UTF-8")
  {
    CHECK(login_body(IdentityKind::email, "a@b.c", "é😀") == R"({"email":"a@b.c","password":"é😀"})");
  }
  SUBCASE("other control characters use \\u escapes")
  {
    CHECK(login_body(IdentityKind::email, "a@b.c", std::string("\x01", 1)) ==
          R"({"email":"a@b.c","password":"\u0001"})");
  }
}

TEST_CASE("api::build_login_request")
{
  LoginRequest login;
  login.endpoint.apikey = "key+/=";
  login.endpoint.jwtapp = "my app";
  login.endpoint.base_url = "https://example.test/";
  login.kind = IdentityKind::email;
  login.identity = "ada@example.com";
  login.password = "pw";

  SUBCASE("legacy")
  {
    auto req = build_login_request(login);
    CHECK(req.method == "POST");
    CHECK(req.url == "https://example.test/sso/jwt/api/login?apikey=key%2B%2F%3D&jwtapp=my%20app");
    CHECK(req.body == R"({"email":"ada@example.com","password":"pw"})");
    CHECK(req.headers.front() == std::pair<std::string, std::string>{"Content-Type", "application/json"});
  }
  SUBCASE("legacy with the optional parameters and region")
  {
    login.verification_url = "https://app.test/verify?x=1&y=2";
    login.login_url = "https://app.test/login";
    login.email_template = "tmpl é";
    login.endpoint.region = "eu";
    auto req = build_login_request(login);
    CHECK(req.url == "https://example.test/sso/jwt/api/login?apikey=key%2B%2F%3D&jwtapp=my%20app"
                     "&verificationurl=https%3A%2F%2Fapp.test%2Fverify%3Fx%3D1%26y%3D2"
                     "&loginurl=https%3A%2F%2Fapp.test%2Flogin&emailtemplate=tmpl%20%C3%A9&region=eu");
  }
  SUBCASE("hub")
  {
    login.endpoint.style = ApiStyle::hub;
    auto req = build_login_request(login);
    CHECK(req.url == "https://example.test/api/jwt/my%20app/login?apikey=key%2B%2F%3D");
  }
}

TEST_CASE("api::build_token_request")
{
  TokenRequest token;
  token.endpoint.apikey = "k";
  token.endpoint.jwtapp = "demo";
  token.access_token = "a+b/c=";
  SUBCASE("legacy")
  {
    auto req = build_token_request(token);
    CHECK(req.method == "GET");
    CHECK(req.body.empty());
    CHECK(req.url == "https://cloud-api.loginradius.com/sso/jwt/api/token?apikey=k&jwtapp=demo&access_token=a%2Bb%2Fc%3D");
  }
  SUBCASE("hub with region")
  {
    token.endpoint.style = ApiStyle::hub;
    token.endpoint.base_url = "https://demo.hub.loginradius.com";
    token.endpoint.region = "ap south";
    auto req = build_token_request(token);
    CHECK(req.url == "https://demo.hub.loginradius.com/api/jwt/demo/token?apikey=k&access_token=a%2Bb%2Fc%3D"
                     "&region=ap%20south");
  }
}
