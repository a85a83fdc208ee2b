#include "config.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace lrjwt::emulator {
namespace {

using nlohmann::json;

constexpr std::string_view k_algs[] = {"HS256", "HS384", "HS512", "RS256", "RS384",
                                       "RS512", "ES256", "ES384", "ES512"};

// Thrown inside this file only, turned into the one-line error at the boundary.
struct ConfigError {
  std::string message;
};

[[noreturn]] void bad(std::string message)
{
  throw ConfigError{std::move(message)};
}

// "WHERE: " before a message about a nested object, nothing at the top level.
std::string at(const std::string& where)
{
  return where.empty() ? std::string() : where + ": ";
}

std::string required_string(const json& obj, const char* key, const std::string& where)
{
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) bad(at(where) + "\"" + key + "\" must be a string");
  return it->get<std::string>();
}

std::optional<std::string> optional_string(const json& obj, const char* key, const std::string& where)
{
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) bad(at(where) + "\"" + key + "\" must be a string or null");
  return it->get<std::string>();
}

bool optional_bool(const json& obj, const char* key, bool fallback, const std::string& where)
{
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) bad(at(where) + "\"" + key + "\" must be true or false");
  return it->get<bool>();
}

std::int64_t optional_int(const json& obj, const char* key, std::int64_t fallback, const std::string& where)
{
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return fallback;
  if (!it->is_number_integer() || (it->is_number_unsigned() && it->get<std::uint64_t>() > INT64_MAX))
    bad(at(where) + "\"" + key + "\" must be an integer");
  return it->get<std::int64_t>();
}

const json& optional_array(const json& obj, const char* key)
{
  static const json empty = json::array();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return empty;
  if (!it->is_array()) bad(std::string("\"") + key + "\" must be an array");
  return *it;
}

AppConfig parse_app(const json& j, std::size_t index, const std::filesystem::path& base_dir)
{
  std::string where = "apps[" + std::to_string(index) + "]";
  if (!j.is_object()) bad(where + " must be an object");
  AppConfig app;
  app.name = required_string(j, "name", where);
  if (app.name.empty()) bad(where + ": \"name\" must not be empty");
  where += " (" + app.name + ")";
  app.alg = required_string(j, "alg", where);
  if (std::find(std::begin(k_algs), std::end(k_algs), app.alg) == std::end(k_algs))
    bad(where + ": unsupported alg \"" + app.alg + "\" (HS256/384/512, RS256/384/512, ES256/384/512)");
  auto secret = optional_string(j, "secret", where);
  auto key_file = optional_string(j, "private_key_file", where);
  if (app.alg.starts_with("HS")) {
    if (!secret || secret->empty()) bad(where + ": an " + app.alg + " app needs a non-empty \"secret\"");
    if (key_file) bad(where + ": an " + app.alg + " app takes a \"secret\", not \"private_key_file\"");
    app.secret = *secret;
  } else {
    if (secret) bad(where + ": an " + app.alg + " app takes \"private_key_file\" (or nothing), not \"secret\"");
    if (key_file) {
      if (key_file->empty()) bad(where + ": \"private_key_file\" must not be empty");
      std::filesystem::path p(*key_file);
      app.private_key_file = p.is_absolute() ? p.string() : (base_dir / p).string();
    }
  }
  return app;
}

UserConfig parse_user(const json& j, std::size_t index)
{
  std::string where = "users[" + std::to_string(index) + "]";
  if (!j.is_object()) bad(where + " must be an object");
  UserConfig user;
  user.uid = required_string(j, "uid", where);
  if (user.uid.empty()) bad(where + ": \"uid\" must not be empty");
  where += " (" + user.uid + ")";
  user.username = optional_string(j, "username", where);
  user.email = optional_string(j, "email", where);
  user.phone = optional_string(j, "phone", where);
  user.password = required_string(j, "password", where);
  user.email_verified = optional_bool(j, "email_verified", true, where);
  user.phone_verified = optional_bool(j, "phone_verified", true, where);
  user.blocked = optional_bool(j, "blocked", false, where);
  auto claims = j.find("claims");
  if (claims != j.end() && !claims->is_null()) {
    if (!claims->is_object()) bad(where + ": \"claims\" must be an object");
    user.claims_json = claims->dump();
  }
  return user;
}

Config parse_config(const json& root, const std::filesystem::path& base_dir)
{
  if (!root.is_object()) bad("the top level must be a JSON object");
  Config config;
  config.apikey = required_string(root, "apikey", "");
  // The emulator answers 920 to anything that is not GUID-shaped, so a
  // non-GUID key could never be accepted.
  if (!is_guid_shaped(config.apikey)) bad("\"apikey\" must look like a GUID (8-4-4-4-12 hex digits)");
  config.issuer = optional_string(root, "issuer", "").value_or("https://demo.hub.loginradius.com/");
  config.token_lifetime = optional_int(root, "token_lifetime", 600, "");
  if (config.token_lifetime < 0 || config.token_lifetime > 10LL * 365 * 24 * 3600)
    bad("\"token_lifetime\" must be between 0 and 315360000 seconds");

  std::set<std::string> names;
  const json& apps = optional_array(root, "apps");
  for (std::size_t i = 0; i < apps.size(); ++i) {
    config.apps.push_back(parse_app(apps[i], i, base_dir));
    if (!names.insert(config.apps.back().name).second) bad("duplicate app name \"" + config.apps.back().name + "\"");
  }

  std::set<std::string> uids;
  const json& users = optional_array(root, "users");
  for (std::size_t i = 0; i < users.size(); ++i) {
    config.users.push_back(parse_user(users[i], i));
    if (!uids.insert(config.users.back().uid).second) bad("duplicate user uid \"" + config.users.back().uid + "\"");
  }

  std::set<std::string> tokens;
  const json& access_tokens = optional_array(root, "access_tokens");
  for (std::size_t i = 0; i < access_tokens.size(); ++i) {
    std::string where = "access_tokens[" + std::to_string(i) + "]";
    if (!access_tokens[i].is_object()) bad(where + " must be an object");
    AccessTokenConfig token;
    token.token = required_string(access_tokens[i], "token", where);
    if (token.token.empty()) bad(where + ": \"token\" must not be empty");
    token.uid = required_string(access_tokens[i], "uid", where);
    if (!uids.contains(token.uid)) bad(where + ": no user has uid \"" + token.uid + "\"");
    token.expires_at = optional_int(access_tokens[i], "expires_at", 0, where);
    if (!tokens.insert(token.token).second) bad(where + ": duplicate token");
    config.access_tokens.push_back(std::move(token));
  }
  return config;
}

} // namespace

bool is_guid_shaped(std::string_view text)
{
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

Config demo_config()
{
  Config c;
  c.apikey = "11111111-2222-3333-4444-555555555555";
  c.issuer = "https://demo.hub.loginradius.com/";
  c.token_lifetime = 600;
  c.apps = {
    {"demo", "HS256", "demo-secret", ""},        {"demo-hs384", "HS384", "demo-secret-384", ""},
    {"demo-hs512", "HS512", "demo-secret-512", ""}, {"demo-rs", "RS256", "", ""},
    {"demo-rs384", "RS384", "", ""},              {"demo-rs512", "RS512", "", ""},
    {"demo-es", "ES256", "", ""},                 {"demo-es384", "ES384", "", ""},
    {"demo-es512", "ES512", "", ""},
  };
  c.users = {
    {"u-0001", "ada", "ada@example.com", "+15555550100", "correct horse", true, true, false,
     R"({"roles":["admin"]})"},
    {"u-0002", "grace", "grace@example.com", "+15555550101", "hopper", false, true, false, "{}"},
    {"u-0003", "mallory", "mallory@example.com", "+15555550102", "blocked-pw", true, true, true, "{}"},
  };
  c.access_tokens = {
    {"7f3c9a1e-0000-4000-8000-000000000001", "u-0001", 0},
    {"7f3c9a1e-0000-4000-8000-000000000002", "u-0001", 1},
    {"7f3c9a1e-0000-4000-8000-000000000003", "u-0002", 0},
  };
  return c;
}

std::expected<Config, std::string> load_config_file(const std::string& path)
{
  std::error_code ec;
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path, ec)) return std::unexpected("cannot read config file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  json root = json::parse(text.str(), nullptr, false);
  if (root.is_discarded()) return std::unexpected("config file " + path + " is not valid JSON");
  try {
    auto base_dir = std::filesystem::absolute(std::filesystem::path(path)).parent_path();
    return parse_config(root, base_dir);
  } catch (const ConfigError& e) {
    return std::unexpected("config file " + path + ": " + e.message);
  }
}

} // namespace lrjwt::emulator
