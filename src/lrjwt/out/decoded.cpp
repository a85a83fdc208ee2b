#include "lrjwt/out/decoded.hpp"

#include "lrjwt/jwt/json_text.hpp"
#include "lrjwt/jwt/time_claim.hpp"
#include "lrjwt/out/json_object.hpp"
#include "lrjwt/util/time_format.hpp"

#include <fmt/format.h>
#include <limits>

namespace lrjwt::out {
namespace {

using jwt::TimeClaim;

// later - earlier, saturated instead of overflowing for absurd `now` values.
std::int64_t seconds_between(std::int64_t earlier, std::int64_t later)
{
  std::int64_t result = 0;
  if (__builtin_sub_overflow(later, earlier, &result)) {
    return later > earlier ? std::numeric_limits<std::int64_t>::max()
                           : std::numeric_limits<std::int64_t>::min();
  }
  return result;
}

// now >= exp, exact for fractional exp (its seconds are rounded down).
bool is_expired(const TimeClaim& exp, std::int64_t now)
{
  return now > exp.seconds || (now == exp.seconds && !exp.fractional);
}

// now < nbf, exact for fractional nbf.
bool is_not_yet_valid(const TimeClaim& nbf, std::int64_t now)
{
  return now < nbf.seconds || (now == nbf.seconds && nbf.fractional);
}

std::string time_line(std::string_view label, const TimeClaim& claim, std::int64_t now)
{
  std::string line(label);
  switch (claim.status) {
  case TimeClaim::Status::absent: return {};
  case TimeClaim::Status::usable:
    line += fmt::format("{} ({})", util::format_rfc3339_utc(claim.seconds).value_or("?"),
                        util::format_relative(seconds_between(now, claim.seconds)));
    break;
  case TimeClaim::Status::not_a_number: line += claim.text + " is not a number"; break;
  case TimeClaim::Status::out_of_range: line += claim.text + " is out of range"; break;
  }
  if (claim.milliseconds_reading) {
    line += fmt::format("; looks like milliseconds ({})",
                        util::format_rfc3339_utc(*claim.milliseconds_reading).value_or("?"));
  }
  return line + "\n";
}

std::string status_line(const TimeClaim& nbf, const TimeClaim& exp, std::int64_t now)
{
  const bool exp_usable = exp.status == TimeClaim::Status::usable;
  if (exp_usable && is_expired(exp, now)) {
    const std::int64_t ago = seconds_between(exp.seconds, now);
    return ago == 0 ? "expired just now"
                    : fmt::format("expired {}", util::format_relative(-ago));
  }
  if (nbf.status == TimeClaim::Status::usable && is_not_yet_valid(nbf, now)) {
    return fmt::format("not yet valid, starts {}",
                       util::format_relative(seconds_between(now, nbf.seconds)));
  }
  switch (exp.status) {
  case TimeClaim::Status::usable:
    return fmt::format("expires {}", util::format_relative(seconds_between(now, exp.seconds)));
  case TimeClaim::Status::absent: return "never expires (no exp claim)";
  case TimeClaim::Status::not_a_number: return "unknown: exp is not a number";
  case TimeClaim::Status::out_of_range: return "unknown: exp is out of range";
  }
  return {};
}

// The inferred expiry fields, when exp is a usable instant.
void add_expiry(JsonObjectText& object, const TimeClaim& exp, std::int64_t now, bool with_expired)
{
  if (exp.status != TimeClaim::Status::usable) {
    return;
  }
  object.string("expires_at", util::format_rfc3339_utc(exp.seconds).value_or(""));
  object.integer("expires_in", seconds_between(now, exp.seconds));
  if (with_expired) {
    object.boolean("expired", is_expired(exp, now));
  }
}

constexpr jwt::JsonPrintStyle k_member_style{2, 1, false};

} // namespace

std::string render_decoded_text(const jwt::DecodedToken& token, std::int64_t now, bool color)
{
  const jwt::JsonPrintStyle style{2, 0, color};
  const TimeClaim iat = jwt::read_time_claim(token.payload_json, "iat");
  const TimeClaim nbf = jwt::read_time_claim(token.payload_json, "nbf");
  const TimeClaim exp = jwt::read_time_claim(token.payload_json, "exp");
  std::string out;
  out += "Header:\n" + jwt::print_json(token.header_json, style) + "\n\n";
  out += "Claims:\n" + jwt::print_json(token.payload_json, style) + "\n\n";
  out += time_line("Issued at:  ", iat, now);
  out += time_line("Not before: ", nbf, now);
  out += time_line("Expires at: ", exp, now);
  out += "Status:     " + status_line(nbf, exp, now) + "\n";
  return out;
}

std::string render_decoded_json(const jwt::DecodedToken& token, std::int64_t now)
{
  JsonObjectText object;
  object.json("header", jwt::print_json(token.header_json, k_member_style));
  object.json("claims", jwt::print_json(token.payload_json, k_member_style));
  object.string("signature", token.signature_b64);
  add_expiry(object, jwt::read_time_claim(token.payload_json, "exp"), now, true);
  return object.str();
}

std::string render_fetch_json(std::string_view jwt, std::int64_t now)
{
  JsonObjectText object;
  object.string("signature", jwt);
  if (const auto token = jwt::parse_compact(jwt, jwt::ParseMode::lenient)) {
    object.json("header", jwt::print_json(token->header_json, k_member_style));
    object.json("claims", jwt::print_json(token->payload_json, k_member_style));
    add_expiry(object, jwt::read_time_claim(token->payload_json, "exp"), now, false);
  }
  return object.str();
}

} // namespace lrjwt::out
