#include "lrjwt/jwt/time_claim.hpp"

#include "lrjwt/jwt/json_text.hpp"
#include "lrjwt/util/time_format.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace lrjwt::jwt {
namespace {

constexpr double k_milliseconds_threshold = 1e11;

bool in_display_range(double value)
{
  // Compared as doubles: both bounds are exactly representable, and no
  // double outside them is ever converted to an integer.
  return value >= static_cast<double>(util::k_min_rfc3339_epoch)
         && value < static_cast<double>(util::k_max_rfc3339_epoch) + 1.0;
}

std::optional<double> parse_number(std::string_view text)
{
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc::result_out_of_range) {
    // Beyond double: only the sign matters for a range check.
    return text.starts_with('-') ? -HUGE_VAL : HUGE_VAL;
  }
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

} // namespace

TimeClaim read_time_claim(std::string_view payload_json, std::string_view name)
{
  TimeClaim claim;
  const auto member = json_member(payload_json, name);
  if (!member) {
    return claim;
  }
  if (member->kind == JsonKind::string) {
    claim.status = TimeClaim::Status::not_a_number;
    claim.text = quote_json(member->text);
    return claim;
  }
  const bool container = member->kind == JsonKind::array || member->kind == JsonKind::object;
  claim.text = container ? std::string(json_kind_name(member->kind)) : member->text;
  if (member->kind != JsonKind::integer && member->kind != JsonKind::number) {
    claim.status = TimeClaim::Status::not_a_number;
    return claim;
  }
  const auto value = parse_number(member->text);
  if (!value || !std::isfinite(*value) || !in_display_range(*value)) {
    claim.status = TimeClaim::Status::out_of_range;
  } else {
    claim.status = TimeClaim::Status::usable;
    const double whole = std::floor(*value);
    claim.seconds = static_cast<std::int64_t>(whole);
    claim.fractional = whole != *value;
  }
  if (value && std::isfinite(*value) && std::fabs(*value) > k_milliseconds_threshold
      && in_display_range(*value / 1000.0)) {
    claim.milliseconds_reading = static_cast<std::int64_t>(std::floor(*value / 1000.0));
  }
  return claim;
}

std::string describe_time_claim(std::string_view name, const TimeClaim& claim)
{
  std::string hint;
  if (claim.milliseconds_reading) {
    hint = fmt::format("looks like milliseconds ({})",
                       util::format_rfc3339_utc(*claim.milliseconds_reading).value_or("?"));
  }
  switch (claim.status) {
  case TimeClaim::Status::absent: return {};
  case TimeClaim::Status::not_a_number: return fmt::format("{}: {} is not a number", name, claim.text);
  case TimeClaim::Status::out_of_range:
    return hint.empty() ? fmt::format("{}: {} is out of range", name, claim.text)
                        : fmt::format("{}: {} is out of range; it {}", name, claim.text, hint);
  case TimeClaim::Status::usable:
    return hint.empty() ? std::string() : fmt::format("{}: {} {}", name, claim.text, hint);
  }
  return {};
}

} // namespace lrjwt::jwt
