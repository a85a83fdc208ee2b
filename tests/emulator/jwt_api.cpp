#include "jwt_api.hpp"

#include "jwt_minter.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <ctime>

namespace lrjwt::emulator {
namespace {

using nlohmann::json;

constexpr std::string_view k_legacy_login = "/sso/jwt/api/login";
constexpr std::string_view k_legacy_token = "/sso/jwt/api/token";
constexpr std::string_view k_hub_prefix = "/api/jwt/";

ApiAnswer error_answer(const LrError& error)
{
  return {error.http_status, "application/json", error_body(error), {}};
}

std::string lower(std::string_view text)
{
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A phone number as typed, without the separators people put in it.
std::string normalized_phone(std::string_view phone)
{
  std::string out;
  for (char c : phone)
    if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') out.push_back(c);
  return out;
}

// Plausible phone number: optional leading '+', then 5 to 15 digits once
// separators are removed (the real service answers 1096 otherwise).
bool is_plausible_phone(std::string_view phone)
{
  std::string digits = normalized_phone(phone);
  if (!digits.empty() && digits.front() == '+') digits.erase(0, 1);
  return digits.size() >= 5 && digits.size() <= 15 &&
         std::ranges::all_of(digits, [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::expected<JwtApi, std::string> JwtApi::create(Config config)
{
  JwtApi api;
  for (const auto& app : config.apps) {
    auto key = SigningKey::create(app);
    if (!key) return std::unexpected(key.error());
    api.m_keys.emplace(app.name, std::move(*key));
  }
  api.m_config = std::move(config);
  return api;
}

ApiAnswer JwtApi::handle(std::string_view method, std::string_view raw_path, std::string_view raw_query,
                         std::string_view body) const
{
  QueryParams query(raw_query);
  bool is_get = method == "GET" || method == "HEAD";
  auto not_allowed = [&](const char* allowed) {
    ApiAnswer answer = error_answer(lr::method_not_allowed(std::string(method), allowed));
    answer.headers.emplace_back("Allow", allowed);
    return answer;
  };

  if (raw_path == k_legacy_login) {
    if (method != "POST") return not_allowed("POST");
    return login(query, query.get("jwtapp").value_or(""), body);
  }
  if (raw_path == k_legacy_token) {
    if (!is_get) return not_allowed("GET");
    return token(query, query.get("jwtapp").value_or(""));
  }
  if (raw_path.starts_with(k_hub_prefix)) {
    std::string_view rest = raw_path.substr(k_hub_prefix.size());
    auto slash = rest.find('/');
    if (slash != std::string_view::npos) {
      std::string app_name = percent_decode(rest.substr(0, slash));
      std::string_view action = rest.substr(slash + 1);
      if (action == "login") {
        if (method != "POST") return not_allowed("POST");
        return login(query, app_name, body);
      }
      if (action == "token") {
        if (!is_get) return not_allowed("GET");
        return token(query, app_name);
      }
    }
  }
  return error_answer(lr::not_found(std::string(method), std::string(raw_path)));
}

std::expected<const SigningKey*, LrError> JwtApi::check_site_and_app(const QueryParams& query,
                                                                     const std::string& app_name) const
{
  auto apikey = query.get("apikey");
  if (!apikey || apikey->empty()) return std::unexpected(lr::apikey_missing());
  if (!is_guid_shaped(*apikey)) return std::unexpected(lr::apikey_invalid());
  // GUIDs compare case-insensitively (the real service parses them).
  if (lower(*apikey) != lower(m_config.apikey)) return std::unexpected(lr::apikey_unauthorized());
  if (app_name.empty()) return std::unexpected(lr::jwtapp_missing());
  auto it = m_keys.find(app_name);
  if (it == m_keys.end()) return std::unexpected(lr::jwtapp_unknown());
  return &it->second;
}

ApiAnswer JwtApi::login(const QueryParams& query, const std::string& app_name, std::string_view body) const
{
  auto key = check_site_and_app(query, app_name);
  if (!key) return error_answer(key.error());

  json request = json::parse(body, nullptr, false);
  if (request.is_discarded() || !request.is_object()) return error_answer(lr::body_invalid());
  const char* identity_kind = nullptr;
  int identities = 0;
  for (const char* kind : {"username", "email", "phone"}) {
    auto it = request.find(kind);
    if (it != request.end() && !it->is_null()) {
      identity_kind = kind;
      ++identities;
    }
  }
  if (identities != 1 || !request[identity_kind].is_string()) return error_answer(lr::body_invalid());
  std::string kind = identity_kind;
  std::string identity = request[identity_kind].get<std::string>();
  if (identity.empty()) {
    if (kind == "email") return error_answer(lr::email_missing());
    if (kind == "phone") return error_answer(lr::phone_missing());
    return error_answer(lr::body_invalid());
  }
  if (kind == "phone" && !is_plausible_phone(identity)) return error_answer(lr::phone_invalid());

  auto password = request.find("password");
  if (password == request.end() || password->is_null()) return error_answer(lr::password_missing());
  if (!password->is_string()) return error_answer(lr::body_invalid());
  if (password->get_ref<const std::string&>().empty()) return error_answer(lr::password_missing());

  auto user = std::ranges::find_if(m_config.users, [&](const UserConfig& u) {
    if (kind == "username") return u.username && *u.username == identity;
    if (kind == "email") return u.email && lower(*u.email) == lower(identity);
    return u.phone && normalized_phone(*u.phone) == normalized_phone(identity);
  });
  if (user == m_config.users.end()) return error_answer(lr::user_not_found());
  if (user->password != password->get_ref<const std::string&>()) return error_answer(lr::wrong_password());
  if (user->blocked) return error_answer(lr::account_blocked());
  // Username logins also need a verified email, as with required email verification.
  if (kind == "phone" && !user->phone_verified) return error_answer(lr::phone_not_verified());
  if (kind != "phone" && !user->email_verified) return error_answer(lr::email_not_verified());
  return issue(**key, *user);
}

ApiAnswer JwtApi::token(const QueryParams& query, const std::string& app_name) const
{
  auto key = check_site_and_app(query, app_name);
  if (!key) return error_answer(key.error());
  auto access_token = query.get("access_token");
  if (!access_token || access_token->empty()) return error_answer(lr::access_token_missing());
  auto token = std::ranges::find_if(m_config.access_tokens,
                                    [&](const AccessTokenConfig& t) { return t.token == *access_token; });
  if (token == m_config.access_tokens.end()) return error_answer(lr::access_token_invalid());
  if (token->expires_at != 0 && token->expires_at <= static_cast<std::int64_t>(std::time(nullptr)))
    return error_answer(lr::access_token_expired());
  auto user = std::ranges::find_if(m_config.users, [&](const UserConfig& u) { return u.uid == token->uid; });
  if (user == m_config.users.end()) return error_answer(lr::access_token_invalid());
  if (user->blocked) return error_answer(lr::account_blocked());
  return issue(**key, *user);
}

ApiAnswer JwtApi::issue(const SigningKey& key, const UserConfig& user) const
{
  auto jwt = mint_jwt(key, m_config, user, static_cast<std::int64_t>(std::time(nullptr)));
  if (!jwt) {
    LrError failure{1000, 500, "Oops something went wrong, Please try again.",
                    "lrjwt-emulator could not sign the JWT: " + jwt.error()};
    return error_answer(failure);
  }
  return {200, "application/json", json{{"signature", *jwt}}.dump(), {}};
}

std::string JwtApi::jwks_json() const
{
  std::string out = "{\"keys\":[";
  bool first = true;
  for (const auto& app : m_config.apps) {
    const SigningKey& key = m_keys.at(app.name);
    if (!key.is_asymmetric()) continue;
    std::string jwk = key.public_jwk_json();
    if (jwk.empty()) continue;
    if (!first) out += ",";
    out += jwk;
    first = false;
  }
  return out + "]}";
}

} // namespace lrjwt::emulator
