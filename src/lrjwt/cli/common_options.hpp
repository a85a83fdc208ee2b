#pragma once

#include "lrjwt/api/endpoint.hpp"
#include "lrjwt/cli/command.hpp"
#include "lrjwt/cmd/fetch.hpp"
#include "lrjwt/cmd/obtain.hpp"
#include "lrjwt/net/transport.hpp"
#include "lrjwt/util/error.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace lrjwt::cli {

// The options `login` and `token` share (design §4), as parsed.
struct CommonOptions {
  std::string apikey;
  std::string jwtapp;
  std::string base_url;
  std::string api;
  std::string site;
  std::string region;
  double timeout = 30;
  double connect_timeout = 10;
  int retries = 2;
  std::string cacert;
  bool insecure = false;
  std::string output = "raw";
  std::string env_name = "LRJWT_TOKEN";
  std::string color = "auto";
  bool verbose = false;
  bool quiet = false;
  bool dry_run = false;
  bool cache = false;
  bool refresh = false;
  std::int64_t min_valid = 60;
  std::string profile;
  std::string config;
  CLI::App* command = nullptr; // where the options live (for --profile)
};

// What `login` or `token` obtained: the JWT (or, with --dry-run, the request
// description) and how to print it.
struct Obtained {
  std::string text;
  bool dry_run = false;
  cmd::FetchSettings settings;
};
using Obtainer = std::function<Result<Obtained>()>;

// Registers the options of `login` / `token` on `command` (also used by `exec`).
Obtainer add_login_options(CLI::App& command);
Obtainer add_token_options(CLI::App& command);

// A command that prints what `obtain` got: the dry-run text, or the JWT in the -o format.
Command printing_command(CLI::App* command, Obtainer obtain);

// The cache options, checked.
Result<cmd::CacheOptions> resolve_cache_options(const CommonOptions& options);

// Registers the shared options on a subcommand, each with its LRJWT_* variable.
void add_common_options(CLI::App& command, CommonOptions& options);

// Keeps the arguments, so that a flag can be told from its variable (CLI11
// counts both) where two options set the same thing: --site and --base-url.
void remember_command_line(int argc, char** argv);

// Fills every option that neither a flag nor its environment variable set
// from the --profile section of the config file (flag > env > profile > default).
Result<void> apply_profile(CommonOptions& options);

// Checks and normalises the parsed values into an endpoint and a fetch plan
// (everything but the request itself).
Result<api::Endpoint> resolve_endpoint(CommonOptions& options);
Result<cmd::FetchSettings> resolve_fetch_settings(const CommonOptions& options);

// With -v: the effective settings on stderr ("* timeout 30s, ..."), so that
// defaults and profile values can be checked with --dry-run -v.
void trace_settings(const cmd::FetchSettings& settings, const cmd::CacheOptions& cache);

// Normalises a non-secret value (surrounding whitespace dropped) and refuses
// control characters; `what` names the option and its variable.
Result<void> normalise_value(std::string& value, std::string_view what);

} // namespace lrjwt::cli
