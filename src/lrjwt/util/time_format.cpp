#include "lrjwt/util/time_format.hpp"

#include <array>
#include <fmt/format.h>

namespace lrjwt::util {
namespace {

struct CivilDate {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

// Proleptic Gregorian date of a day number (days since 1970-01-01); the
// algorithm of Howard Hinnant's "chrono-compatible low-level date algorithms".
CivilDate civil_from_days(std::int64_t days)
{
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<std::uint64_t>(days - era * 146097);
  const std::uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::uint64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

} // namespace

std::optional<std::string> format_rfc3339_utc(std::int64_t epoch)
{
  if (epoch < k_min_rfc3339_epoch || epoch > k_max_rfc3339_epoch) {
    return std::nullopt;
  }
  std::int64_t days = epoch / 86400;
  std::int64_t rest = epoch % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const CivilDate date = civil_from_days(days);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", date.year, date.month, date.day,
                     rest / 3600, rest / 60 % 60, rest % 60);
}

std::string format_duration(std::uint64_t seconds)
{
  struct Unit {
    std::uint64_t seconds;
    const char* suffix;
  };
  static constexpr std::array<Unit, 5> k_units{
    {{365 * 86400, "y"}, {86400, "d"}, {3600, "h"}, {60, "m"}, {1, "s"}}};
  for (std::size_t i = 0; i + 1 < k_units.size(); ++i) {
    if (seconds < k_units[i].seconds) {
      continue;
    }
    const std::uint64_t major = seconds / k_units[i].seconds;
    const std::uint64_t minor = seconds % k_units[i].seconds / k_units[i + 1].seconds;
    if (minor == 0) {
      return fmt::format("{}{}", major, k_units[i].suffix);
    }
    return fmt::format("{}{} {}{}", major, k_units[i].suffix, minor, k_units[i + 1].suffix);
  }
  return fmt::format("{}s", seconds);
}

std::string format_relative(std::int64_t seconds_from_now)
{
  if (seconds_from_now == 0) {
    return "now";
  }
  // Magnitude in unsigned arithmetic so that INT64_MIN does not overflow.
  const auto magnitude = seconds_from_now > 0
                           ? static_cast<std::uint64_t>(seconds_from_now)
                           : 0 - static_cast<std::uint64_t>(seconds_from_now);
  if (seconds_from_now > 0) {
    return "in " + format_duration(magnitude);
  }
  return format_duration(magnitude) + " ago";
}

} // namespace lrjwt::util
