#pragma once

#include "lrjwt/util/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::config {

// One `key = value` of a profile, with where it came from (for messages).
struct Setting {
  std::string key;
  std::string value; // strings unquoted; numbers and booleans as written
  int line = 0;
};

struct Profile {
  std::string name;
  std::string file;
  std::vector<Setting> settings;
};

// The keys a profile may set: the long options of login/token with '-' -> '_'.
const std::vector<std::string_view>& known_keys();

// Parses the `[name]` section of a TOML-subset config file (sections,
// `key = "string" | 'literal' | integer | float | true | false`, comments).
// Errors name the file and line: syntax, unknown keys, secrets (password,
// access_token, secret...), a missing file or profile.
Result<Profile> load_profile(const std::string& file, std::string_view name);

// load_profile on text already read; `file` only names it in messages.
Result<Profile> parse_profile_text(std::string_view text, std::string_view name, std::string_view file);

// Every `[section]` name in `text` (for completion and messages).
std::vector<std::string> section_names(std::string_view text);

// The default config file: $XDG_CONFIG_HOME/lrjwt/config.toml, else ~/.config/lrjwt/config.toml.
std::optional<std::string> default_config_file();

} // namespace lrjwt::config
