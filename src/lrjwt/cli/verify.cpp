#include "lrjwt/cli/command.hpp"
#include "lrjwt/cmd/verify.hpp"

#include <CLI/CLI.hpp>

#include <cmath>
#include <memory>

namespace lrjwt::cli {
namespace {

struct VerifyOptions {
  cmd::VerifySettings settings;
  std::string iss;
  std::string aud;
  std::string sub;
  double timeout = 30;
  CLI::Option* iss_opt = nullptr;
  CLI::Option* aud_opt = nullptr;
  CLI::Option* sub_opt = nullptr;
  CLI::Option* secret_opt = nullptr;
  std::string secret_on_argv;
};

Result<std::string> run_verify(VerifyOptions& o)
{
  auto& s = o.settings;
  if (o.secret_opt->count() > 0) {
    return fail(ExitCode::usage, "there is no --secret flag (a secret on the command line shows in ps and shell "
                                 "history); use --secret-file FILE, --secret-env NAME or --secret-stdin");
  }
  if (o.iss_opt->count() > 0) s.iss = o.iss;
  if (o.aud_opt->count() > 0) s.aud = o.aud;
  if (o.sub_opt->count() > 0) s.sub = o.sub;
  if (!std::isfinite(o.timeout) || o.timeout <= 0 || o.timeout > 86400) {
    return fail(ExitCode::usage, "--timeout must be a number of seconds above 0 and at most 86400");
  }
  s.transport.total_timeout_ms = static_cast<long>(o.timeout * 1000);
  s.transport.connect_timeout_ms = std::min(s.transport.connect_timeout_ms, s.transport.total_timeout_ms);
  return cmd::run_verify(s);
}

} // namespace

Command setup_verify(CLI::App& parent)
{
  auto o = std::make_shared<VerifyOptions>();
  auto& s = o->settings;
  CLI::App* sub = parent.add_subcommand("verify", "Check a JWT's signature, algorithm, times and claims");
  sub->footer("Exactly one key source. The algorithm comes from --alg or the key, never from the token alone;\n"
              "\"none\" is never accepted. Valid iff now < exp + leeway and now >= nbf - leeway.\n"
              "Exit codes: 0 valid, 2 usage, 3 network (a --jwks URL), 5 malformed token, 6 signature/algorithm/key,\n"
              "7 expired or not yet valid, 8 claim mismatch.");
  sub->add_option("token", s.token, "the JWT; - or nothing reads standard input (use -- before a token "
                                    "starting with -)")
    ->option_text("TOKEN|-");
  const char* k_key = "Key source (exactly one)";
  sub->add_option("--secret-file", s.key.secret_file, "HMAC secret in FILE (one trailing newline dropped)")
    ->option_text("FILE")
    ->group(k_key);
  sub->add_option("--secret-env", s.key.secret_env, "HMAC secret in environment variable NAME")
    ->option_text("NAME")
    ->group(k_key);
  sub->add_flag("--secret-stdin", s.key.secret_stdin, "HMAC secret on standard input")->group(k_key);
  // Caught so that the refusal does not echo the value (CLI11 would quote it).
  o->secret_opt = sub->add_option("--secret", o->secret_on_argv)->group("");
  sub->add_flag("--secret-base64", s.key.secret_base64, "the secret is base64 or base64url text")->group(k_key);
  sub->add_option("--key", s.key.key_file, "PEM public key (SPKI or PKCS#1), X.509 certificate, or JWK")
    ->option_text("FILE")
    ->group(k_key);
  sub->add_option("--jwks", s.key.jwks, "JWK Set file or URL (https, or http on loopback); key chosen by kid")
    ->option_text("FILE|URL")
    ->group(k_key);
  const char* k_checks = "Checks";
  sub->add_option("--alg", s.algs, "allowed algorithm (repeatable); default: what the key can verify")
    ->option_text("ALG")
    ->allow_extra_args(false)
    ->group(k_checks);
  sub->add_option("--leeway", s.leeway, "seconds of clock skew allowed on exp and nbf (default 0)")
    ->envname("LRJWT_LEEWAY")
    ->option_text("SECONDS")
    ->group(k_checks);
  sub->add_option("--at", s.at, "verify as of TIME: epoch seconds or RFC 3339 (default now)")
    ->option_text("TIME")
    ->group(k_checks);
  o->iss_opt = sub->add_option("--iss", o->iss, "required issuer (exact match)")
                 ->envname("LRJWT_ISS")
                 ->option_text("ISSUER")
                 ->group(k_checks);
  o->aud_opt = sub->add_option("--aud", o->aud, "required audience (aud string or array member)")
                 ->envname("LRJWT_AUD")
                 ->option_text("AUDIENCE")
                 ->group(k_checks);
  o->sub_opt = sub->add_option("--sub", o->sub, "required subject (exact match)")->option_text("SUBJECT")->group(k_checks);
  sub->add_option("--require", s.require, "claim that must be present (repeatable)")
    ->option_text("CLAIM")
    ->allow_extra_args(false)
    ->group(k_checks);
  const char* k_net = "JWKS download";
  sub->add_option("--timeout", o->timeout, "total time limit in seconds (default 30)")
    ->envname("LRJWT_TIMEOUT")
    ->option_text("SECONDS")
    ->group(k_net);
  sub->add_option("--cacert", s.transport.cacert, "trust the CA certificates in this PEM file (default: the system store, $SSL_CERT_DIR or /etc/ssl/certs)")
    ->envname("LRJWT_CACERT")
    ->option_text("FILE")
    ->group(k_net);
  sub->add_flag("--insecure", s.transport.insecure, "do not verify the server's TLS certificate (unsafe)")->group(k_net);
  sub->add_flag("--json", s.json, "print a JSON verdict (valid, alg, kid, header, claims, expires_at, expires_in)");
  sub->add_flag("-q,--quiet", s.quiet, "print nothing on success and no warnings; the exit code is the answer");
  Command command;
  command.app = sub;
  command.run = [o] { return run_verify(*o); };
  return command;
}

} // namespace lrjwt::cli
