#include "lrjwt/cmd/verify.hpp"

#include "lrjwt/io/input.hpp"
#include "lrjwt/jwt/algorithm.hpp"
#include "lrjwt/jwt/claims_check.hpp"
#include "lrjwt/jwt/compact.hpp"
#include "lrjwt/jwt/json_text.hpp"
#include "lrjwt/jwt/jws_verify.hpp"
#include "lrjwt/out/json_object.hpp"
#include "lrjwt/util/diag.hpp"
#include "lrjwt/util/time_format.hpp"
#include "lrjwt/util/time_parse.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace lrjwt::cmd {
namespace {

// The largest --leeway accepted: a day is already far more than clock skew.
constexpr double k_max_leeway = 365.0 * 86400;

Result<jwt::ClaimChecks> resolve_checks(const VerifySettings& s)
{
  jwt::ClaimChecks checks;
  if (!std::isfinite(s.leeway) || s.leeway < 0 || s.leeway > k_max_leeway) {
    return fail(ExitCode::usage, "--leeway must be between 0 and 31536000 seconds");
  }
  checks.leeway = static_cast<std::int64_t>(s.leeway);
  checks.now = static_cast<std::int64_t>(std::time(nullptr));
  if (!s.at.empty()) {
    const auto at = util::parse_instant(io::trim(s.at));
    if (!at) {
      return fail(ExitCode::usage, "--at must be epoch seconds or an RFC 3339 time such as 2026-01-02T03:04:05Z");
    }
    checks.now = *at;
    checks.now_is_given = true;
  }
  for (const auto& alg : s.algs) {
    if (jwt::is_none_algorithm(alg)) return fail(ExitCode::usage, "--alg none: unsigned tokens are never accepted");
    if (!jwt::is_supported_algorithm(alg)) {
      return fail(ExitCode::usage, fmt::format("--alg {} is not supported (supported: {})", alg,
                                               fmt::join(jwt::supported_algorithms(), ", ")));
    }
  }
  checks.iss = s.iss;
  checks.aud = s.aud;
  checks.sub = s.sub;
  checks.require = s.require;
  return checks;
}

Result<std::string> read_token(const VerifySettings& s)
{
  if (!s.token.empty() && s.token != "-") return s.token;
  if (s.token.empty() && io::stdin_is_terminal()) {
    return fail(ExitCode::usage, "verify needs a token: lrjwt verify TOKEN, or pipe it on standard input");
  }
  return io::read_file_or_stdin("-", "verify");
}

std::string kid_of(const jwt::DecodedToken& token)
{
  const auto kid = jwt::json_member(token.header_json, "kid");
  return kid && kid->kind == jwt::JsonKind::string ? kid->text : std::string();
}

// The JWKS keys to try: those with the token's kid, or without a kid in the
// token, those that fit its algorithm. Keys marked for encryption never count.
Result<std::vector<const jwt::VerifyKey*>> jwks_candidates(const LoadedKeys& loaded, const std::string& kid,
                                                           const std::string& alg)
{
  std::vector<const jwt::VerifyKey*> out;
  std::vector<std::string> kids;
  for (const auto& key : loaded.keys) {
    if (!key.kid.empty()) kids.push_back(key.kid);
    if (key.use == "enc") continue;
    if (kid.empty() ? std::ranges::count(jwt::algorithms_for_key(key), alg) > 0 : key.kid == kid) {
      out.push_back(&key);
    }
  }
  if (!out.empty()) return out;
  if (!kid.empty()) {
    kids.insert(kids.end(), loaded.other_kids.begin(), loaded.other_kids.end());
    for (const auto& skipped : loaded.skipped) {
      if (skipped.kid == kid) return std::unexpected(skipped.why);
    }
    // The kids come from the JWKS (maybe a URL's answer): quoted, so that none can
    // put a control character on the terminal or break the one-line error.
    std::vector<std::string> quoted;
    for (const auto& k : kids) quoted.push_back(jwt::quote_json(k));
    return fail(ExitCode::bad_signature,
                fmt::format("unknown kid {}; the JWKS has: {}", jwt::quote_json(kid),
                            quoted.empty() ? "no kids" : fmt::format("{}", fmt::join(quoted, ", "))));
  }
  return fail(ExitCode::bad_signature, fmt::format("no key in the JWKS fits {} (the token has no kid)", alg));
}

// Verifies with the first candidate that accepts; with one candidate its own error.
Result<const jwt::VerifyKey*> verify_with(const std::vector<const jwt::VerifyKey*>& candidates,
                                          const jwt::DecodedToken& token, const std::vector<std::string>& algs)
{
  Error last;
  for (const auto* key : candidates) {
    auto ok = jwt::check_algorithm(token.alg, algs, *key);
    if (ok) ok = jwt::verify_signature(token.alg, *key, token.signing_input, token.signature);
    if (ok) return key;
    last = ok.error();
  }
  if (candidates.size() > 1) {
    return fail(ExitCode::bad_signature, fmt::format("signature not valid: none of the {} JWKS keys that fit {} "
                                                     "verifies it",
                                                     candidates.size(), token.alg));
  }
  return std::unexpected(last);
}

std::string render(const VerifySettings& s, const jwt::DecodedToken& token, const jwt::VerifyKey& key,
                   const jwt::ClaimChecks& checks, const jwt::ClaimVerdict& verdict)
{
  if (s.quiet) return {};
  if (s.json) {
    out::JsonObjectText obj;
    obj.boolean("valid", true).string("alg", token.alg);
    if (!key.kid.empty()) obj.string("kid", key.kid);
    const jwt::JsonPrintStyle style{2, 1, false};
    obj.json("header", jwt::print_json(token.header_json, style));
    obj.json("claims", jwt::print_json(token.payload_json, style));
    if (verdict.expires_at) {
      obj.string("expires_at", util::format_rfc3339_utc(*verdict.expires_at).value_or(""));
      obj.integer("expires_in", *verdict.expires_at - checks.now);
    }
    return obj.str() + "\n";
  }
  std::string line = checks.now_is_given
                       ? fmt::format("valid as of {}: ", util::format_rfc3339_utc(checks.now).value_or(s.at))
                       : std::string("valid: ");
  line += fmt::format("{} signature", token.alg);
  if (!key.kid.empty()) line += fmt::format(" (kid {})", key.kid);
  if (verdict.expires_at) {
    line += fmt::format(", expires {} ({})", util::format_relative(*verdict.expires_at - checks.now),
                        util::format_rfc3339_utc(*verdict.expires_at).value_or("?"));
  } else {
    line += ", no exp claim (never expires)";
  }
  return line + "\n";
}

} // namespace

Result<std::string> run_verify(const VerifySettings& s)
{
  diag::set_quiet(s.quiet);
  auto checks = resolve_checks(s);
  if (!checks) return std::unexpected(checks.error());
  const bool key_reads_stdin =
    s.key.secret_stdin || s.key.secret_file == "-" || s.key.key_file == "-" || s.key.jwks == "-";
  if (key_reads_stdin && (s.token.empty() || s.token == "-")) {
    return fail(ExitCode::usage, "the key comes from standard input, so give the token as an argument");
  }
  auto text = read_token(s);
  if (!text) return std::unexpected(text.error());
  auto token = jwt::parse_compact(*text, jwt::ParseMode::strict);
  if (!token) {
    // An unsigned token ("alg":"none", empty signature) is an algorithm refusal, not a malformed token.
    const auto lenient = jwt::parse_compact(*text, jwt::ParseMode::lenient);
    if (lenient && jwt::is_none_algorithm(lenient->alg)) {
      return std::unexpected(jwt::check_token_algorithm(lenient->alg, {}).error());
    }
    return std::unexpected(token.error());
  }
  for (const auto& w : token->warnings) diag::warning(w);
  if (auto ok = jwt::check_token_algorithm(token->alg, s.algs); !ok) return std::unexpected(ok.error());

  const std::string kid = kid_of(*token);
  auto loaded = load_keys(s.key, s.transport, kid);
  if (!loaded) return std::unexpected(loaded.error());
  // From a JWKS filtered by kid, `keys` may be empty: jwks_candidates reports that.
  std::vector<const jwt::VerifyKey*> candidates;
  if (!loaded->from_jwks) {
    candidates.push_back(&loaded->keys.front());
  } else {
    auto found = jwks_candidates(*loaded, kid, token->alg);
    if (!found) return std::unexpected(found.error());
    candidates = std::move(*found);
  }
  auto key = verify_with(candidates, *token, s.algs);
  if (!key) return std::unexpected(key.error());

  auto verdict = jwt::check_time_claims(token->payload_json, *checks);
  if (!verdict) return std::unexpected(verdict.error());
  if (auto ok = jwt::check_claim_values(token->payload_json, *checks); !ok) return std::unexpected(ok.error());
  for (const auto& w : verdict->warnings) diag::warning(w);
  const std::size_t hash_bytes = token->alg.ends_with("256") ? 32 : token->alg.ends_with("384") ? 48 : 64;
  if ((*key)->kind == jwt::KeyKind::hmac_secret && (*key)->secret.size() < hash_bytes) {
    diag::warning(fmt::format("the HMAC secret is {} bytes; {} calls for at least {} (RFC 7518 3.2)",
                              (*key)->secret.size(), token->alg, hash_bytes));
  }
  return render(s, *token, **key, *checks, *verdict);
}

} // namespace lrjwt::cmd
