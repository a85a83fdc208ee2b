#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::emulator {

// One JWT app: HS* apps carry a secret, RS*/ES* apps a PEM key file (or none,
// in which case a key is generated at start).
struct AppConfig {
  std::string name;
  std::string alg;
  std::string secret;
  std::string private_key_file; // already resolved against the config's directory
};

struct UserConfig {
  std::string uid;
  std::optional<std::string> username;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string password;
  bool email_verified = true;
  bool phone_verified = true;
  bool blocked = false;
  std::string claims_json = "{}"; // a serialized JSON object, merged into the JWT claims
};

struct AccessTokenConfig {
  std::string token;
  std::string uid;
  std::int64_t expires_at = 0; // epoch seconds, 0 = never
};

struct Config {
  std::string apikey;
  std::string issuer;
  std::int64_t token_lifetime = 600;
  std::vector<AppConfig> apps;
  std::vector<UserConfig> users;
  std::vector<AccessTokenConfig> access_tokens;
};

// The built-in demo configuration (documented in the README; keep in sync).
Config demo_config();

// Reads and validates a JSON configuration file; the error is one line.
std::expected<Config, std::string> load_config_file(const std::string& path);

// True for the 8-4-4-4-12 hex shape of a LoginRadius API key.
bool is_guid_shaped(std::string_view text);

} // namespace lrjwt::emulator
