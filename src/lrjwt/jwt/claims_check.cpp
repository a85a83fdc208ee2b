#include "lrjwt/jwt/claims_check.hpp"

#include "lrjwt/jwt/json_text.hpp"
#include "lrjwt/jwt/time_claim.hpp"
#include "lrjwt/util/time_format.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <limits>

namespace lrjwt::jwt {
namespace {

constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t k_min = std::numeric_limits<std::int64_t>::min();

std::int64_t saturating_add(std::int64_t a, std::int64_t b)
{
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) return b > 0 ? k_max : k_min;
  return out;
}

std::string instant(std::int64_t seconds)
{
  return util::format_rfc3339_utc(seconds).value_or(std::to_string(seconds));
}

std::string leeway_note(const ClaimChecks& checks)
{
  return checks.leeway > 0 ? fmt::format(", leeway {}", util::format_duration(static_cast<std::uint64_t>(checks.leeway)))
                           : std::string();
}

std::string as_of(const ClaimChecks& checks)
{
  return checks.now_is_given ? fmt::format(" as of {}", instant(checks.now)) : std::string();
}

// The first whole second at or after the claim's exact value.
std::int64_t ceil_seconds(const TimeClaim& claim)
{
  return claim.fractional ? saturating_add(claim.seconds, 1) : claim.seconds;
}

Result<void> require_usable(std::string_view name, const TimeClaim& claim)
{
  if (claim.status == TimeClaim::Status::not_a_number || claim.status == TimeClaim::Status::out_of_range) {
    return fail(ExitCode::claim_mismatch, describe_time_claim(name, claim));
  }
  return {};
}

// `value` described for a mismatch message: "\"x\"", "42 (a number)", "missing".
std::string shown(const std::optional<JsonScalar>& value)
{
  if (!value) return "missing";
  if (value->kind == JsonKind::string) return quote_json(value->text);
  return fmt::format("{} ({})", value->text, json_kind_name(value->kind));
}

Result<void> check_string(std::string_view payload, std::string_view name, const std::optional<std::string>& want)
{
  if (!want) return {};
  const auto value = json_member(payload, name);
  if (value && value->kind == JsonKind::string && value->text == *want) return {};
  return fail(ExitCode::claim_mismatch, fmt::format("{} is {}, expected {}", name, shown(value), quote_json(*want)));
}

bool audience_matches(const JsonScalar& aud, std::string_view want)
{
  if (aud.kind == JsonKind::string) return aud.text == want;
  if (aud.kind != JsonKind::array) return false;
  const auto list = nlohmann::json::parse(aud.text, nullptr, false);
  if (list.is_discarded() || !list.is_array()) return false;
  for (const auto& item : list) {
    if (item.is_string() && item.get<std::string>() == want) return true;
  }
  return false;
}

} // namespace

Result<ClaimVerdict> check_time_claims(std::string_view payload_json, const ClaimChecks& checks)
{
  ClaimVerdict verdict;
  const TimeClaim exp = read_time_claim(payload_json, "exp");
  const TimeClaim nbf = read_time_claim(payload_json, "nbf");
  for (const auto& [name, claim] : {std::pair<std::string_view, const TimeClaim&>{"exp", exp}, {"nbf", nbf}}) {
    if (auto ok = require_usable(name, claim); !ok) return std::unexpected(ok.error());
    if (claim.milliseconds_reading) verdict.warnings.push_back(describe_time_claim(name, claim));
  }
  if (exp.status == TimeClaim::Status::usable) {
    // valid iff now < exp + leeway
    if (checks.now >= saturating_add(ceil_seconds(exp), checks.leeway)) {
      const std::int64_t late = saturating_add(checks.now, -exp.seconds);
      return fail(ExitCode::expired,
                  fmt::format("token expired {} ago{} (exp {}{})",
                              util::format_duration(static_cast<std::uint64_t>(std::max<std::int64_t>(late, 0))),
                              as_of(checks), instant(exp.seconds), leeway_note(checks)));
    }
    verdict.expires_at = exp.seconds;
  }
  if (nbf.status == TimeClaim::Status::usable) {
    // valid iff now >= nbf - leeway
    if (checks.now < saturating_add(ceil_seconds(nbf), -checks.leeway)) {
      return fail(ExitCode::expired,
                  fmt::format("token not valid before {} ({}{}{})", instant(nbf.seconds),
                              util::format_relative(saturating_add(ceil_seconds(nbf), -checks.now)), as_of(checks),
                              leeway_note(checks)));
    }
  }
  return verdict;
}

Result<void> check_claim_values(std::string_view payload_json, const ClaimChecks& checks)
{
  if (auto ok = check_string(payload_json, "iss", checks.iss); !ok) return ok;
  if (auto ok = check_string(payload_json, "sub", checks.sub); !ok) return ok;
  if (checks.aud) {
    const auto aud = json_member(payload_json, "aud");
    if (!aud || !audience_matches(*aud, *checks.aud)) {
      return fail(ExitCode::claim_mismatch,
                  fmt::format("aud is {}, expected {}", aud && aud->kind == JsonKind::array ? aud->text : shown(aud),
                              quote_json(*checks.aud)));
    }
  }
  for (const auto& name : checks.require) {
    if (!json_member(payload_json, name)) {
      return fail(ExitCode::claim_mismatch, fmt::format("required claim {} is missing", quote_json(name)));
    }
  }
  return {};
}

} // namespace lrjwt::jwt
