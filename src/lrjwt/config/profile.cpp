#include "lrjwt/config/profile.hpp"

#include "lrjwt/io/input.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lrjwt::config {
namespace {

constexpr std::string_view k_secret_keys[] = {"password", "access_token", "secret", "client_secret", "api_secret",
                                              "apisecret", "token"};

std::string_view trim(std::string_view s)
{
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_bare_key(std::string_view key)
{
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// Parses a value and what follows it (only a comment may); nullopt with `why` on error.
std::optional<std::string> parse_value(std::string_view text, std::string& why)
{
  std::string out;
  std::size_t end = 0;
  if (text.empty()) {
    why = "a value is missing";
    return std::nullopt;
  }
  if (text.front() == '"') {
    std::size_t i = 1;
    for (; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] != '\\') {
        out += text[i];
        continue;
      }
      if (++i >= text.size()) break;
      switch (text[i]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      default: why = fmt::format("unsupported escape '\\{}'", text[i]); return std::nullopt;
      }
    }
    if (i >= text.size()) {
      why = "unterminated string";
      return std::nullopt;
    }
    end = i + 1;
  } else if (text.front() == '\'') {
    const auto close = text.find('\'', 1);
    if (close == std::string_view::npos) {
      why = "unterminated string";
      return std::nullopt;
    }
    out = std::string(text.substr(1, close - 1));
    end = close + 1;
  } else {
    const auto hash = text.find('#');
    const std::string_view bare = trim(text.substr(0, hash));
    const bool is_bool = bare == "true" || bare == "false";
    const bool is_number = !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == '_' || c == 'e' || c == 'E';
    });
    if (!is_bool && !is_number) {
      why = "strings must be quoted";
      return std::nullopt;
    }
    out = std::string(bare);
    out.erase(std::remove(out.begin(), out.end(), '_'), out.end());
    return out;
  }
  const std::string_view rest = trim(text.substr(end));
  if (!rest.empty() && rest.front() != '#') {
    why = "unexpected text after the value";
    return std::nullopt;
  }
  return out;
}

} // namespace

const std::vector<std::string_view>& known_keys()
{
  static const std::vector<std::string_view> keys = {
    "apikey",      "jwtapp",          "base_url",  "api",          "site",         "region",
    "timeout",     "connect_timeout", "retries",   "cacert",       "insecure",     "output",
    "env_name",    "color",           "verbose",   "quiet",        "cache",        "min_valid",
    "email",       "username",        "phone",     "password_file", "access_token_file",
    "verification_url", "login_url",  "email_template"};
  return keys;
}

std::vector<std::string> section_names(std::string_view text)
{
  std::vector<std::string> names;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    std::string_view line = trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (line.size() > 2 && line.front() == '[' && line.find(']') != std::string_view::npos) {
      names.emplace_back(trim(line.substr(1, line.find(']') - 1)));
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return names;
}

std::optional<std::string> default_config_file()
{
  if (auto xdg = io::env("XDG_CONFIG_HOME"); xdg && !xdg->empty() && xdg->front() == '/') {
    return *xdg + "/lrjwt/config.toml";
  }
  if (auto home = io::env("HOME"); home && !home->empty()) {
    return *home + "/.config/lrjwt/config.toml";
  }
  return std::nullopt;
}

Result<Profile> load_profile(const std::string& file, std::string_view name)
{
  auto text = io::read_file_or_stdin(file, "--config");
  if (!text) {
    return std::unexpected(text.error());
  }
  return parse_profile_text(*text, name, file);
}

Result<Profile> parse_profile_text(std::string_view t, std::string_view name, std::string_view file)
{
  Profile profile;
  profile.name = std::string(name);
  profile.file = std::string(file);
  bool found = false;
  bool in_section = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < t.size()) {
    auto nl = t.find('\n', pos);
    std::string_view line = trim(t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? t.size() : nl + 1;
    ++line_no;
    auto error = [&](std::string_view why) {
      return fail(ExitCode::usage, fmt::format("{}:{}: {}", file, line_no, why));
    };
    if (line.empty() || line.front() == '#') {
      continue;
    }
    if (line.front() == '[') {
      const auto close = line.find(']');
      const std::string_view after = close == std::string_view::npos ? std::string_view() : trim(line.substr(close + 1));
      if (close == std::string_view::npos || (!after.empty() && after.front() != '#')) {
        return error("a section header must look like [name]");
      }
      std::string_view section = trim(line.substr(1, close - 1));
      if (section.size() >= 2 && section.front() == '"' && section.back() == '"') {
        section = section.substr(1, section.size() - 2);
      }
      in_section = section == name;
      found = found || in_section;
      continue;
    }
    const auto eq = line.find('=');
    if (eq == std::string_view::npos) {
      return error("expected key = value");
    }
    const std::string_view key = trim(line.substr(0, eq));
    if (!is_bare_key(key)) {
      return error(fmt::format("'{}' is not a valid key", io::trim(key)));
    }
    std::string why;
    auto value = parse_value(trim(line.substr(eq + 1)), why);
    if (!value) {
      return error(why);
    }
    std::string normalised(key);
    std::replace(normalised.begin(), normalised.end(), '-', '_');
    if (std::find(std::begin(k_secret_keys), std::end(k_secret_keys), normalised) != std::end(k_secret_keys)) {
      return error(fmt::format("'{}' is a secret and may not be stored in a config file; use LRJWT_PASSWORD, "
                               "--password-file, --access-token-file or the environment",
                               key));
    }
    const auto& keys = known_keys();
    if (std::find(keys.begin(), keys.end(), normalised) == keys.end()) {
      return error(fmt::format("unknown key '{}'", key));
    }
    if (in_section) {
      profile.settings.push_back(Setting{normalised, std::move(*value), line_no});
    }
  }
  if (!found) {
    auto names = section_names(t);
    return fail(ExitCode::usage,
                fmt::format("profile '{}' not found in {}{}", name, file,
                            names.empty() ? std::string() : fmt::format(" (it has: {})", fmt::join(names, ", "))));
  }
  return profile;
}

} // namespace lrjwt::config
