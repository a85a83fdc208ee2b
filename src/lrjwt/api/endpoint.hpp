#pragma once

#include "lrjwt/net/transport.hpp"

#include <string>

namespace lrjwt::api {

enum class ApiStyle { legacy, hub };

inline constexpr const char* k_default_base_url = "https://cloud-api.loginradius.com";

// Where and as whom requests go.
struct Endpoint {
  ApiStyle style = ApiStyle::legacy;
  std::string base_url = k_default_base_url;
  std::string apikey;
  std::string jwtapp;
  std::string region;
};

enum class IdentityKind { username, email, phone };

// The JSON member name LoginRadius uses for an identity kind.
const char* identity_field(IdentityKind kind);

struct LoginRequest {
  Endpoint endpoint;
  IdentityKind kind = IdentityKind::email;
  std::string identity;
  std::string password;
  std::string verification_url;
  std::string login_url;
  std::string email_template;
};

struct TokenRequest {
  Endpoint endpoint;
  std::string access_token;
};

// The exact JSON text of a login body: {"<kind>":"...","password":"..."}.
std::string login_body(IdentityKind kind, const std::string& identity, const std::string& password);

// The HTTP requests for the two calls (design §3).
net::Request build_login_request(const LoginRequest& login);
net::Request build_token_request(const TokenRequest& token);

} // namespace lrjwt::api
