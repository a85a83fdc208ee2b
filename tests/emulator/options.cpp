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
                      apps, users, access_tokens; see design.md §7); without it
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

Query values are percent-decoded as UTF-8 bytes; '+' stays a literal '+'
(clients must send a space as %20). Parameter names match case-insensitively.

)";
  text += fault_help();
  return text;
}

} // namespace lrjwt::emulator
