#include "options.hpp"

#include <charconv>
#include <string_view>

namespace lrjwt::emulator {
namespace {

// HOST:PORT, with an IPv6 HOST in brackets ([::1]:8080).
std::expected<void, std::string> parse_listen(std::string_view text, Options& options)
{
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos) return std::unexpected("--listen needs HOST:PORT, got \"" + std::string(text) + "\"");
  std::string_view host = text.substr(0, colon);
  std::string_view port = text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) return std::unexpected("--listen needs a HOST before the ':'");
  int value = -1;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc{} || end != port.data() + port.size() || value < 0 || value > 65535)
    return std::unexpected("--listen: PORT must be a number from 0 to 65535, got \"" + std::string(port) + "\"");
  options.host = std::string(host);
  options.port = value;
  return {};
}

} // namespace

std::expected<Options, std::string> parse_options(int argc, char** argv)
{
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::string_view name = arg;
    std::optional<std::string_view> inline_value;
    if (arg.starts_with("--")) {
      if (auto eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        inline_value = arg.substr(eq + 1);
      }
    }
    auto value = [&]() -> std::expected<std::string, std::string> {
      if (inline_value) return std::string(*inline_value);
      if (i + 1 >= argc) return std::unexpected(std::string(name) + " needs a value");
      return std::string(argv[++i]);
    };

    if (name == "--help" || name == "-h") {
      options.help = true;
      continue;
    }
    if (name != "--listen" && name != "--config" && name != "--tls-cert" && name != "--tls-key" && name != "--fault")
      return std::unexpected("unknown argument \"" + std::string(arg) + "\"");
    auto v = value();
    if (!v) return std::unexpected(v.error());
    if (name == "--listen") {
      if (auto ok = parse_listen(*v, options); !ok) return std::unexpected(ok.error());
    } else if (name == "--config") {
      if (v->empty()) return std::unexpected("--config needs a file name");
      options.config_file = *v;
    } else if (name == "--tls-cert") {
      options.tls_cert = *v;
    } else if (name == "--tls-key") {
      options.tls_key = *v;
    } else {
      auto fault = parse_fault(*v);
      if (!fault) return std::unexpected(fault.error());
      options.faults.push_back(std::move(*fault));
    }
  }
  if (options.tls_cert.empty() != options.tls_key.empty())
    return std::unexpected("--tls-cert and --tls-key go together");
  return options;
}

std::string help_text()
{
  std::string text = R"(Usage: lrjwt-emulator [--listen HOST:PORT] [--config FILE]
                     [--tls-cert FILE --tls-key FILE] [--fault SPEC]... [--help]

A local stand-in for the LoginRadius JWT API (legacy /sso/jwt/api/login and
/sso/jwt/api/token, hub /api/jwt/{jwtapp}/login and /api/jwt/{jwtapp}/token)
that signs real JWTs. Prints "listening on http(s)://HOST:PORT" as its first
line once the socket is bound, then serves until SIGTERM or SIGINT (exit 0).
Bad arguments or configuration: a message on stderr, exit 2; a port that
cannot be bound: exit 1.

Options:
  --listen HOST:PORT  address to bind (default 127.0.0.1:0, 0 = any free port;
                      IPv6 as [::1]:PORT)
  --config FILE       JSON configuration (keys: apikey, issuer, token_lifetime,
                      apps, users, access_tokens; see the README, "The emulator"); without it
                      the built-in demo configuration is served
  --tls-cert FILE     serve HTTPS with this PEM certificate (chain) ...
  --tls-key FILE      ... and this PEM private key
  --fault SPEC        misbehave on purpose (repeatable; see below)
  -h, --help          show this text

Control endpoints (never logged, never faulted):
  GET    /__emulator/requests  every API request received: [{method, path
                               (raw, percent-encoded), query (raw, without
                               '?'), headers, body}]
  DELETE /__emulator/requests  forget them (204)
  GET    /__emulator/jwks      {"keys":[...]}: public JWKs of the RS*/ES* apps
                               (kid = app name)
  GET    /__emulator/faults    the active faults and their remaining counts
  POST   /__emulator/faults    JSON array of SPEC strings: replaces the set
                               ([] clears it); a bad SPEC answers 400
  DELETE /__emulator/faults    clears the set

Built-in demo configuration (without --config):
  apikey 11111111-2222-3333-4444-555555555555, issuer
  https://demo.hub.loginradius.com/, token lifetime 600 s
  apps: demo (HS256, secret demo-secret), demo-hs384 (demo-secret-384),
        demo-hs512 (demo-secret-512), demo-rs, demo-rs384, demo-rs512,
        demo-es, demo-es384, demo-es512 (keys generated at start; public
        keys at /__emulator/jwks)
  users: ada   u-0001 ada@example.com +15555550100 "correct horse" roles [admin]
         grace u-0002 grace@example.com +15555550101 "hopper" (email not verified)
         mallory u-0003 mallory@example.com +15555550102 "blocked-pw" (blocked)
  access tokens: 7f3c9a1e-0000-4000-8000-000000000001 (ada),
                 7f3c9a1e-0000-4000-8000-000000000002 (ada, expired),
                 7f3c9a1e-0000-4000-8000-000000000003 (grace)

Answers (ErrorCode/HTTP status), checked in this order:
  apikey missing 922/400, not a GUID 920/400, not the site's key 901/403;
  jwtapp missing 1196/400, unknown 1180/401;
  login: body not a JSON object, or not exactly one of username/email/phone
  as a string, or password not a string 965/400; empty email 1187/400, empty
  phone 1188/400, implausible phone 1096/400; password missing or empty
  1089/400; no such user 938/403; wrong password 966/401; blocked 991/403;
  email not verified (email or username login) 970/403; phone not verified
  (phone login) 1066/403;
  token: access_token missing or empty 1060/400, unknown 905/403, expired
  906/403, its user blocked 991/403;
  unknown path 404, wrong method 405 (with Allow), both with an error body.
  Success: 200 {"signature":"<JWT>"}.
Query values are percent-decoded as UTF-8 bytes; '+' stays a literal '+'
(clients must send a space as %20). Parameter names match case-insensitively;
the first occurrence wins.

)";
  text += fault_help();
  return text;
}

} // namespace lrjwt::emulator
