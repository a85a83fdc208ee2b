#pragma once

#include "config.hpp"
#include "lr_errors.hpp"
#include "raw_target.hpp"
#include "signing_key.hpp"

#include <expected>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lrjwt::emulator {

// What the emulated API answers to one request, before any fault is applied.
struct ApiAnswer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// The emulated LoginRadius JWT API (design §3): both endpoint styles, the
// validation order and error codes of api/loginradius-facts.md, real JWTs.
class JwtApi {
public:
  // Loads or generates every app's key; fails on an unusable key file.
  static std::expected<JwtApi, std::string> create(Config config);

  // Answers one request; `raw_path` and `raw_query` are as received.
  ApiAnswer handle(std::string_view method, std::string_view raw_path, std::string_view raw_query,
                   std::string_view body) const;

  // {"keys":[...]}: the public JWKs of the asymmetric apps.
  std::string jwks_json() const;

private:
  ApiAnswer login(const QueryParams& query, const std::string& app_name, std::string_view body) const;
  ApiAnswer token(const QueryParams& query, const std::string& app_name) const;
  // Checks apikey and jwtapp; on success returns the app's key.
  std::expected<const SigningKey*, LrError> check_site_and_app(const QueryParams& query,
                                                               const std::string& app_name) const;
  ApiAnswer issue(const SigningKey& key, const UserConfig& user) const;

  Config m_config;
  std::map<std::string, SigningKey> m_keys;
};

} // namespace lrjwt::emulator
