#include "lrjwt/api/endpoint.hpp"

#include "lrjwt/api/query.hpp"

#include <nlohmann/json.hpp>

namespace lrjwt::api {
namespace {

std::string trim_trailing_slashes(std::string url)
{
  while (!url.empty() && url.back() == '/') {
    url.pop_back();
  }
  return url;
}

// Legacy puts the app in the query; hub puts it in the path.
std::string call_url(const Endpoint& ep, const char* call, QueryParams params)
{
  const std::string base = trim_trailing_slashes(ep.base_url);
  std::string path;
  QueryParams query{{"apikey", ep.apikey}};
  if (ep.style == ApiStyle::legacy) {
    path = std::string("/sso/jwt/api/") + call;
    query.emplace_back("jwtapp", ep.jwtapp);
  } else {
    path = "/api/jwt/" + percent_encode(ep.jwtapp) + "/" + call;
  }
  for (auto& p : params) {
    query.push_back(std::move(p));
  }
  if (!ep.region.empty()) {
    query.emplace_back("region", ep.region);
  }
  return base + path + "?" + build_query(query);
}

} // namespace

const char* identity_field(IdentityKind kind)
{
  switch (kind) {
  case IdentityKind::username: return "username";
  case IdentityKind::email: return "email";
  case IdentityKind::phone: return "phone";
  }
  return "email";
}

std::string login_body(IdentityKind kind, const std::string& identity, const std::string& password)
{
  nlohmann::ordered_json body;
  body[identity_field(kind)] = identity;
  body["password"] = password;
  // Invalid UTF-8 is refused at intake; replace here rather than throw.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

net::Request build_login_request(const LoginRequest& login)
{
  QueryParams extra;
  if (!login.verification_url.empty()) extra.emplace_back("verificationurl", login.verification_url);
  if (!login.login_url.empty()) extra.emplace_back("loginurl", login.login_url);
  if (!login.email_template.empty()) extra.emplace_back("emailtemplate", login.email_template);
  net::Request req;
  req.method = "POST";
  req.url = call_url(login.endpoint, "login", std::move(extra));
  req.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
  req.body = login_body(login.kind, login.identity, login.password);
  return req;
}

net::Request build_token_request(const TokenRequest& token)
{
  net::Request req;
  req.method = "GET";
  req.url = call_url(token.endpoint, "token", {{"access_token", token.access_token}});
  req.headers = {{"Accept", "application/json"}};
  return req;
}

} // namespace lrjwt::api
