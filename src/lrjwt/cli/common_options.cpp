#include "lrjwt/cli/common_options.hpp"

#include "lrjwt/config/profile.hpp"
#include "lrjwt/io/input.hpp"
#include "lrjwt/util/diag.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace lrjwt::cli {
namespace {

constexpr const char* k_api = "LoginRadius";
constexpr const char* k_connection = "Connection";
constexpr const char* k_output = "Output";

bool is_site_name(std::string_view name)
{
  if (name.empty() || name.size() > 63 || name.front() == '-' || name.back() == '-') {
    return false;
  }
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) {
      return false;
    }
  }
  return true;
}

bool is_env_name(std::string_view name)
{
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) {
    return false;
  }
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

Result<long> seconds_to_ms(double seconds, std::string_view what)
{
  if (!std::isfinite(seconds) || seconds <= 0 || seconds > 86400) {
    return fail(ExitCode::usage, fmt::format("{} must be a number of seconds above 0 and at most 86400", what));
  }
  return std::max(1L, std::lround(seconds * 1000.0));
}

} // namespace

namespace {

bool env_set(const char* name)
{
  auto v = io::env(name);
  return v && !v->empty();
}

// The user's own arguments, to tell a flag from a variable: CLI11 counts both.
std::vector<std::string> g_command_line;

bool on_command_line(std::string_view flag)
{
  for (const auto& arg : g_command_line) {
    if (arg == "--") {
      break;
    }
    if (arg == flag || (arg.starts_with(flag) && arg.size() > flag.size() && arg[flag.size()] == '=')) {
      return true;
    }
  }
  return false;
}

// Where a set value came from, by precedence: 3 a flag, 2 its variable, 1 the profile.
int source_level(const char* flag, const char* env)
{
  if (on_command_line(flag)) return 3;
  if (env_set(env)) return 2;
  return 1;
}

std::string source_name(int level, const char* flag, const char* env, const char* key)
{
  if (level == 3) return flag;
  if (level == 2) return env;
  return fmt::format("'{}' in the profile", key);
}

bool given(CLI::App& app, const char* name)
{
  const CLI::Option* opt = app.get_option_no_throw(name);
  return opt && opt->count() > 0;
}

// Whether a profile value for `key` must yield to a flag or variable that
// sets the same thing another way (identity, password, access token).
bool shadowed(CLI::App& app, const std::string& key)
{
  if (key == "email" || key == "username" || key == "phone") {
    return given(app, "--email") || given(app, "--username") || given(app, "--phone") || env_set("LRJWT_EMAIL")
           || env_set("LRJWT_USERNAME") || env_set("LRJWT_PHONE");
  }
  if (key == "password_file") {
    return given(app, "--password-stdin") || io::env("LRJWT_PASSWORD").has_value() || env_set("LRJWT_PASSWORD_FILE");
  }
  if (key == "access_token_file") {
    return given(app, "--access-token") || env_set("LRJWT_ACCESS_TOKEN") || env_set("LRJWT_ACCESS_TOKEN_FILE");
  }
  return false;
}

} // namespace

void remember_command_line(int argc, char** argv)
{
  g_command_line.assign(argv + (argc > 0 ? 1 : 0), argv + argc);
}

Result<void> apply_profile(CommonOptions& o)
{
  const std::string name = io::trim(o.profile);
  std::string file = io::trim(o.config);
  // Checked even when no profile is asked for: a bad value is refused, not ignored.
  if (auto ok = io::refuse_control_chars(file, "--config (LRJWT_CONFIG)"); !ok) {
    return ok;
  }
  if (name.empty()) {
    return {};
  }
  if (auto ok = io::refuse_control_chars(name, "--profile (LRJWT_PROFILE)"); !ok) {
    return ok;
  }
  if (file.empty()) {
    auto def = config::default_config_file();
    if (!def) {
      return fail(ExitCode::usage, "--profile: no config file (set --config, XDG_CONFIG_HOME or HOME)");
    }
    file = *def;
  }
  auto profile = config::load_profile(file, name);
  if (!profile) {
    return std::unexpected(profile.error());
  }
  CLI::App& app = *o.command;
  for (const auto& setting : profile->settings) {
    std::string flag = "--" + setting.key;
    std::replace(flag.begin(), flag.end(), '_', '-');
    CLI::Option* opt = app.get_option_no_throw(flag);
    if (!opt || opt->count() > 0 || shadowed(app, setting.key)) {
      continue; // another command's key, or a flag or variable wins
    }
    try {
      opt->add_result(setting.value);
      opt->run_callback();
    } catch (const CLI::Error& e) {
      return fail(ExitCode::usage, fmt::format("{}:{}: bad value for '{}': {}", file, setting.line, setting.key,
                                               e.what()));
    }
  }
  return {};
}

void trace_settings(const cmd::FetchSettings& s, const cmd::CacheOptions& cache)
{
  if (!s.verbose) {
    return;
  }
  static constexpr const char* k_outputs[] = {"raw", "json", "header", "env", "decoded"};
  // The timeouts and attempts get their own line when a request is made.
  diag::line(fmt::format("* settings: cacert {}, insecure {}, output {}, env name {}, cache {}, min valid {}s",
                         s.transport.cacert.empty() ? "(system)" : s.transport.cacert, s.transport.insecure,
                         k_outputs[static_cast<int>(s.output)], s.env_name, cache.enabled, cache.min_valid));
  if (s.dry_run) {
    // No attempt follows to print them.
    diag::line("* " + cmd::describe_attempt_limits(s));
  }
}

Result<void> normalise_value(std::string& value, std::string_view what)
{
  value = io::trim(value);
  return io::refuse_control_chars(value, what);
}

void add_common_options(CLI::App& command, CommonOptions& o)
{
  o.command = &command;
  command.add_option("--profile", o.profile, "read defaults from [NAME] of the config file")
    ->envname("LRJWT_PROFILE")
    ->option_text("NAME")
    ->group("Profile");
  command.add_option("--config", o.config, "config file (default $XDG_CONFIG_HOME/lrjwt/config.toml)")
    ->envname("LRJWT_CONFIG")
    ->option_text("FILE")
    ->group("Profile");
  command.add_option("--apikey", o.apikey, "LoginRadius API key")->envname("LRJWT_APIKEY")->option_text("KEY")
    ->group(k_api);
  command.add_option("--jwtapp", o.jwtapp, "JWT app name")->envname("LRJWT_JWTAPP")->option_text("NAME")
    ->group(k_api);
  command.add_option("--base-url", o.base_url, "API base URL (default https://cloud-api.loginradius.com)")
    ->envname("LRJWT_BASE_URL")
    ->option_text("URL")
    ->group(k_api);
  command.add_option("--api", o.api, "endpoint style: legacy (/sso/jwt/api/...) or hub (/api/jwt/APP/...)")
    ->envname("LRJWT_API")
    ->option_text("legacy|hub")
    ->group(k_api);
  command.add_option("--site", o.site, "hub site name: base URL https://NAME.hub.loginradius.com, implies --api hub")
    ->envname("LRJWT_SITE")
    ->option_text("NAME")
    ->group(k_api);
  command.add_option("--region", o.region, "LoginRadius region (sent as region=)")
    ->envname("LRJWT_REGION")
    ->option_text("REGION")
    ->group(k_api);

  command.add_option("--timeout", o.timeout, "total time limit in seconds (default 30)")
    ->envname("LRJWT_TIMEOUT")
    ->option_text("SECONDS")
    ->group(k_connection);
  command.add_option("--connect-timeout", o.connect_timeout, "connection time limit in seconds (default 10)")
    ->envname("LRJWT_CONNECT_TIMEOUT")
    ->option_text("SECONDS")
    ->group(k_connection);
  command.add_option("--retries", o.retries, "retries on transient failures (default 2)")
    ->envname("LRJWT_RETRIES")
    ->option_text("N")
    ->check(CLI::Range(0, 10))
    ->group(k_connection);
  command.add_option("--cacert", o.cacert, "trust the CA certificates in this PEM file (default: the system store, $SSL_CERT_DIR or /etc/ssl/certs)")
    ->envname("LRJWT_CACERT")
    ->option_text("FILE")
    ->group(k_connection);
  command.add_flag("--insecure", o.insecure, "do not verify the server's TLS certificate (unsafe)")->group(k_connection);
  command.add_flag("--dry-run", o.dry_run, "print the request (secrets masked) instead of sending it")
    ->group(k_connection);

  const char* cache = "Cache";
  command.add_flag("--cache", o.cache, "reuse a cached JWT while it stays valid for --min-valid seconds")
    ->envname("LRJWT_CACHE")
    ->group(cache);
  command.add_flag("--refresh", o.refresh, "with --cache: fetch a new JWT and store it")->group(cache);
  command.add_option("--min-valid", o.min_valid, "with --cache: seconds a cached JWT must stay valid (default 60)")
    ->envname("LRJWT_MIN_VALID")
    ->option_text("SECONDS")
    ->group(cache);

  command.add_option("-o,--output", o.output, "raw (default), json, header, env or decoded")
    ->envname("LRJWT_OUTPUT")
    ->option_text("FORMAT")
    ->group(k_output);
  command.add_option("--env-name", o.env_name, "variable name for -o env (default LRJWT_TOKEN)")
    ->envname("LRJWT_ENV_NAME")
    ->option_text("NAME")
    ->group(k_output);
  command.add_option("--color", o.color, "auto (default), always or never; NO_COLOR disables auto")
    ->envname("LRJWT_COLOR")
    ->option_text("WHEN")
    ->group(k_output);
  command.add_flag("-v,--verbose", o.verbose, "trace the HTTP exchange on stderr (secrets redacted)")
    ->group(k_output);
  command.add_flag("-q,--quiet", o.quiet, "print no warnings")->group(k_output);
}

Result<api::Endpoint> resolve_endpoint(CommonOptions& o)
{
  struct Named {
    std::string* value;
    const char* what;
  };
  for (auto [value, what] : {Named{&o.apikey, "--apikey (LRJWT_APIKEY)"}, Named{&o.jwtapp, "--jwtapp (LRJWT_JWTAPP)"},
                             Named{&o.base_url, "--base-url (LRJWT_BASE_URL)"}, Named{&o.api, "--api (LRJWT_API)"},
                             Named{&o.site, "--site (LRJWT_SITE)"}, Named{&o.region, "--region (LRJWT_REGION)"}}) {
    if (auto ok = normalise_value(*value, what); !ok) {
      return std::unexpected(ok.error());
    }
  }
  api::Endpoint ep;
  if (o.apikey.empty()) {
    return fail(ExitCode::usage, "no API key: pass --apikey KEY or set LRJWT_APIKEY");
  }
  if (o.jwtapp.empty()) {
    return fail(ExitCode::usage, "no JWT app: pass --jwtapp NAME or set LRJWT_JWTAPP");
  }
  ep.apikey = o.apikey;
  ep.jwtapp = o.jwtapp;
  ep.region = o.region;

  if (!o.api.empty() && o.api != "legacy" && o.api != "hub") {
    return fail(ExitCode::usage, fmt::format("--api must be legacy or hub, not '{}'", o.api));
  }
  ep.style = o.api == "hub" ? api::ApiStyle::hub : api::ApiStyle::legacy;
  if (!o.site.empty() && !o.base_url.empty()) {
    // Both set the base URL: the higher precedence wins (flag > variable > profile).
    const int site = source_level("--site", "LRJWT_SITE");
    const int base = source_level("--base-url", "LRJWT_BASE_URL");
    if (site == base) {
      return fail(ExitCode::usage,
                  fmt::format("{} and {} both set the base URL; use one of them",
                              source_name(site, "--site", "LRJWT_SITE", "site"),
                              source_name(base, "--base-url", "LRJWT_BASE_URL", "base_url")));
    }
    (site > base ? o.base_url : o.site).clear();
  }
  if (!o.site.empty()) {
    if (!is_site_name(o.site)) {
      return fail(ExitCode::usage, "--site must be a LoginRadius site name (letters, digits and '-')");
    }
    if (o.api == "legacy") {
      return fail(ExitCode::usage, "--site uses the hub endpoints; it cannot be combined with --api legacy");
    }
    ep.style = api::ApiStyle::hub;
    ep.base_url = fmt::format("https://{}.hub.loginradius.com", o.site);
  } else if (!o.base_url.empty()) {
    if (!o.base_url.starts_with("https://") && !o.base_url.starts_with("http://")) {
      return fail(ExitCode::usage, "--base-url must start with https:// (or http://)");
    }
    if (o.base_url.find_first_of("?#") != std::string::npos) {
      return fail(ExitCode::usage, "--base-url must not contain a query or fragment");
    }
    ep.base_url = o.base_url;
  }
  return ep;
}

Command printing_command(CLI::App* command, Obtainer obtain)
{
  return Command{command, [obtain = std::move(obtain)]() -> Result<std::string> {
                   auto got = obtain();
                   if (!got) return std::unexpected(got.error());
                   return got->dry_run ? got->text : cmd::format_token(got->text, got->settings);
                 }};
}

Result<cmd::CacheOptions> resolve_cache_options(const CommonOptions& o)
{
  if (o.min_valid < 0 || o.min_valid > 366LL * 86400) {
    return fail(ExitCode::usage, "--min-valid must be between 0 and 31622400 seconds");
  }
  if (o.refresh && !o.cache) {
    return fail(ExitCode::usage, "--refresh needs --cache (or LRJWT_CACHE=1)");
  }
  return cmd::CacheOptions{o.cache, o.refresh, o.min_valid};
}

Result<cmd::FetchSettings> resolve_fetch_settings(const CommonOptions& o)
{
  cmd::FetchSettings s;
  auto total = seconds_to_ms(o.timeout, "--timeout");
  if (!total) return std::unexpected(total.error());
  auto connect = seconds_to_ms(o.connect_timeout, "--connect-timeout");
  if (!connect) return std::unexpected(connect.error());
  s.transport.total_timeout_ms = *total;
  s.transport.connect_timeout_ms = *connect;
  s.transport.insecure = o.insecure;
  std::string cacert = io::trim(o.cacert);
  if (auto ok = io::refuse_control_chars(cacert, "--cacert (LRJWT_CACERT)"); !ok) {
    return std::unexpected(ok.error());
  }
  if (!cacert.empty() && !o.dry_run) {
    auto readable = io::read_file_or_stdin(cacert, "--cacert");
    if (!readable) {
      return std::unexpected(readable.error());
    }
  }
  s.transport.cacert = cacert;
  s.retries = o.retries;

  const std::string output = io::trim(o.output);
  if (output == "raw") s.output = cmd::OutputMode::raw;
  else if (output == "json") s.output = cmd::OutputMode::json;
  else if (output == "header") s.output = cmd::OutputMode::header;
  else if (output == "env") s.output = cmd::OutputMode::env;
  else if (output == "decoded") s.output = cmd::OutputMode::decoded;
  else {
    return fail(ExitCode::usage, fmt::format("-o/--output must be raw, json, header, env or decoded, not '{}'",
                                             io::refuse_control_chars(output, "").has_value() ? output : "?"));
  }
  s.env_name = io::trim(o.env_name);
  if (!is_env_name(s.env_name)) {
    return fail(ExitCode::usage, "--env-name must be a shell variable name (letters, digits, '_')");
  }
  const std::string color = io::trim(o.color);
  if (color != "auto" && color != "always" && color != "never") {
    return fail(ExitCode::usage, "--color must be auto, always or never");
  }
  s.color = color == "always" || (color == "auto" && !io::env("NO_COLOR") && io::stdout_is_terminal());
  s.verbose = o.verbose;
  s.quiet = o.quiet;
  s.dry_run = o.dry_run;
  return s;
}

} // namespace lrjwt::cli
