#include "lrjwt/cmd/verify.hpp"

#include "lrjwt/io/input.hpp"
#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/jwk.hpp"
#include "lrjwt/net/curl_transport.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace lrjwt::cmd {
namespace {

// The host of an http(s) URL, without brackets or port.
std::string url_host(std::string_view url)
{
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (rest.starts_with('[')) return std::string(rest.substr(1, rest.find(']') - 1));
  return std::string(rest.substr(0, rest.find(':')));
}

bool is_loopback_host(std::string_view host)
{
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

Result<std::string> fetch_jwks(const std::string& url, const net::TransportOptions& options)
{
  if (!url.starts_with("https://") && !(url.starts_with("http://") && is_loopback_host(url_host(url)))) {
    return fail(ExitCode::usage, "--jwks URL must use https:// (http:// only for 127.0.0.1, ::1 or localhost)");
  }
  auto transport = net::make_curl_transport(options);
  net::Request request{"GET", url, {{"Accept", "application/json"}}, {}};
  auto response = transport->send(request);
  if (!response) {
    return fail(response.error().code, fmt::format("fetching the JWKS: {}", response.error().message));
  }
  if (response->status != 200) {
    return fail(ExitCode::bad_response, fmt::format("fetching the JWKS: {} answered HTTP {}", url, response->status));
  }
  return std::move(response->body);
}

Result<std::string> read_secret(const KeySource& s, std::string& what)
{
  std::string secret;
  if (s.secret_stdin || !s.secret_file.empty()) {
    const std::string path = s.secret_stdin ? "-" : s.secret_file;
    what = s.secret_stdin ? "the secret on standard input" : fmt::format("the secret in {}", s.secret_file);
    auto r = io::read_file_or_stdin(path, s.secret_stdin ? "--secret-stdin" : "--secret-file");
    if (!r) return std::unexpected(r.error());
    secret = io::strip_one_newline(std::move(*r));
  } else {
    what = fmt::format("the secret in ${}", s.secret_env);
    auto v = io::env(s.secret_env.c_str());
    if (!v) return fail(ExitCode::usage, fmt::format("--secret-env: {} is not set", s.secret_env));
    secret = io::strip_one_newline(std::move(*v));
  }
  if (s.secret_base64) {
    const std::string text = io::trim(secret);
    auto decoded = jwt::base64_decode(text);
    if (!decoded) decoded = jwt::base64url_decode(text);
    if (!decoded) return fail(ExitCode::usage, fmt::format("--secret-base64: {} is not base64", what));
    secret = std::move(*decoded);
  }
  if (secret.empty()) return fail(ExitCode::usage, fmt::format("{} is empty", what));
  return secret;
}

// The flags given, to check that exactly one key source was.
std::vector<std::string> given_sources(const KeySource& s)
{
  std::vector<std::string> given;
  if (!s.secret_file.empty()) given.emplace_back("--secret-file");
  if (!s.secret_env.empty()) given.emplace_back("--secret-env");
  if (s.secret_stdin) given.emplace_back("--secret-stdin");
  if (!s.key_file.empty()) given.emplace_back("--key");
  if (!s.jwks.empty()) given.emplace_back("--jwks");
  return given;
}

} // namespace

Result<LoadedKeys> load_keys(const KeySource& source, const net::TransportOptions& transport, std::string_view kid)
{
  const auto given = given_sources(source);
  if (given.empty()) {
    return fail(ExitCode::usage, "verify needs a key: --secret-file FILE, --secret-env NAME, --secret-stdin, "
                                 "--key FILE or --jwks FILE|URL");
  }
  if (given.size() > 1) {
    return fail(ExitCode::usage, fmt::format("give one key source, not {}", fmt::join(given, " and ")));
  }
  const bool secret = given.front().starts_with("--secret");
  if (source.secret_base64 && !secret) {
    return fail(ExitCode::usage, "--secret-base64 applies to --secret-file, --secret-env or --secret-stdin");
  }
  LoadedKeys out;
  if (secret) {
    auto bytes = read_secret(source, out.what);
    if (!bytes) return std::unexpected(bytes.error());
    out.keys.push_back(jwt::hmac_key(std::move(*bytes)));
    return out;
  }
  if (!source.key_file.empty()) {
    out.what = fmt::format("--key {}", source.key_file);
    auto text = io::read_file_or_stdin(source.key_file, "--key");
    if (!text) return std::unexpected(text.error());
    auto key = jwt::load_key_text(*text, out.what);
    if (!key) return std::unexpected(key.error());
    out.keys.push_back(std::move(*key));
    return out;
  }
  out.from_jwks = true;
  out.what = fmt::format("--jwks {}", source.jwks);
  const bool is_url = source.jwks.starts_with("https://") || source.jwks.starts_with("http://");
  auto text = is_url ? fetch_jwks(source.jwks, transport) : io::read_file_or_stdin(source.jwks, "--jwks");
  if (!text) return std::unexpected(text.error());
  auto set = jwt::keys_from_jwks(*text, out.what, kid);
  if (!set) return std::unexpected(set.error());
  out.keys = std::move(set->keys);
  out.skipped = std::move(set->skipped);
  out.other_kids = std::move(set->other_kids);
  return out;
}

} // namespace lrjwt::cmd
