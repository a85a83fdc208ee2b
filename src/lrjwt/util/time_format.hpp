#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace lrjwt::util {

// The instants RFC 3339 can write (four-digit years): 0001-01-01T00:00:00Z
// and 9999-12-31T23:59:59Z as seconds since the Unix epoch.
inline constexpr std::int64_t k_min_rfc3339_epoch = -62135596800;
inline constexpr std::int64_t k_max_rfc3339_epoch = 253402300799;

// "2026-12-03T12:00:00Z"; nullopt outside years 0001..9999. Never calls gmtime.
std::optional<std::string> format_rfc3339_utc(std::int64_t epoch);

// A span with its two most significant units, a zero second unit dropped:
// "9m 58s", "2h 3m", "3h", "3d 4h", "12y 5d", "45s", "0s". A year is 365 days.
std::string format_duration(std::uint64_t seconds);

// "in 9m 58s" for the future, "3h ago" for the past, "now" for zero.
std::string format_relative(std::int64_t seconds_from_now);

} // namespace lrjwt::util
