#include "lrjwt/cli/command.hpp"
#include "lrjwt/cli/common_options.hpp"
#include "lrjwt/cache/cache_key.hpp"
#include "lrjwt/cmd/fetch.hpp"
#include "lrjwt/io/input.hpp"
#include "lrjwt/util/diag.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace lrjwt::cli {
namespace {

struct TokenOptions {
  CommonOptions common;
  std::string access_token;
  std::string access_token_file;
  CLI::Option* token_opt = nullptr;
  CLI::Option* file_opt = nullptr;
};

// The access token from --access-token, --access-token-file, LRJWT_ACCESS_TOKEN
// or LRJWT_ACCESS_TOKEN_FILE, in that order.
Result<std::string> resolve_access_token(TokenOptions& o)
{
  if (o.token_opt->count() > 0 && o.file_opt->count() > 0) {
    return fail(ExitCode::usage, "use either --access-token or --access-token-file, not both");
  }
  std::string token;
  std::string what;
  if (o.token_opt->count() > 0) {
    token = o.access_token;
    what = "--access-token";
  } else if (o.file_opt->count() > 0) {
    auto r = io::read_file_or_stdin(io::trim(o.access_token_file), "--access-token-file");
    if (!r) return std::unexpected(r.error());
    token = std::move(*r);
    what = o.access_token_file == "-" ? "the access token on standard input" : "the access token in --access-token-file";
  } else if (auto v = io::env("LRJWT_ACCESS_TOKEN"); v && !v->empty()) {
    token = std::move(*v);
    what = "LRJWT_ACCESS_TOKEN";
  } else if (auto f = io::env("LRJWT_ACCESS_TOKEN_FILE"); f && !f->empty()) {
    auto r = io::read_file_or_stdin(io::trim(*f), "LRJWT_ACCESS_TOKEN_FILE");
    if (!r) return std::unexpected(r.error());
    token = std::move(*r);
    what = "the access token in LRJWT_ACCESS_TOKEN_FILE";
  } else {
    return fail(ExitCode::usage, "no access token: set LRJWT_ACCESS_TOKEN, or use --access-token-file FILE (- for "
                                 "standard input) or --access-token TOKEN");
  }
  token = io::trim(token);
  if (token.empty()) {
    return fail(ExitCode::usage, fmt::format("{} is empty", what));
  }
  if (token == "null" || token == "undefined") {
    return fail(ExitCode::usage, fmt::format("{} is the literal '{}'; an upstream step probably failed to produce a "
                                             "token",
                                             what, token));
  }
  if (auto ok = io::refuse_control_chars(token, what); !ok) {
    return std::unexpected(ok.error());
  }
  return token;
}

Result<Obtained> obtain_token(TokenOptions& o)
{
  if (auto ok = apply_profile(o.common); !ok) return std::unexpected(ok.error());
  diag::set_quiet(o.common.quiet);
  auto endpoint = resolve_endpoint(o.common);
  if (!endpoint) return std::unexpected(endpoint.error());
  auto settings = resolve_fetch_settings(o.common);
  if (!settings) return std::unexpected(settings.error());
  auto cache = resolve_cache_options(o.common);
  if (!cache) return std::unexpected(cache.error());
  auto token = resolve_access_token(o);
  if (!token) return std::unexpected(token.error());
  if (settings->transport.insecure) {
    diag::warning("--insecure: the server's TLS certificate is not verified");
  }
  api::TokenRequest token_request{*endpoint, std::move(*token)};
  const net::Request request = api::build_token_request(token_request);
  trace_settings(*settings, *cache);
  if (settings->dry_run) {
    return Obtained{cmd::describe_request(request), true, *settings};
  }
  auto jwt = cmd::obtain_jwt(cmd::CallKind::token, request, cache::key_for_token(token_request), *settings, *cache);
  if (!jwt) return std::unexpected(jwt.error());
  return Obtained{std::move(*jwt), false, *settings};
}

} // namespace

Obtainer add_token_options(CLI::App& sub)
{
  auto o = std::make_shared<TokenOptions>();
  const char* source = "Access token (default: LRJWT_ACCESS_TOKEN)";
  o->token_opt = sub.add_option("--access-token", o->access_token,
                                "the access token (visible in ps; prefer a file or the variable) [env "
                                "LRJWT_ACCESS_TOKEN]")
                   ->option_text("TOKEN")
                   ->group(source);
  o->file_opt = sub.add_option("--access-token-file", o->access_token_file,
                               "read the access token from FILE, - for stdin [env LRJWT_ACCESS_TOKEN_FILE]")
                  ->option_text("FILE|-")
                  ->group(source);
  add_common_options(sub, o->common);
  return [o] { return obtain_token(*o); };
}

Command setup_token(CLI::App& parent)
{
  CLI::App* sub = parent.add_subcommand("token", "Exchange a LoginRadius access token for a JWT; print the JWT");
  return printing_command(sub, add_token_options(*sub));
}

} // namespace lrjwt::cli
