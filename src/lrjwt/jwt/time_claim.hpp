#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lrjwt::jwt {

// What a NumericDate claim (iat, nbf, exp) holds, read without overflow.
struct TimeClaim {
  enum class Status {
    absent,       // no such member
    usable,       // a number within years 0001..9999
    not_a_number, // a string, boolean, null, array or object
    out_of_range, // a number outside years 0001..9999
  };
  Status status = Status::absent;
  std::int64_t seconds = 0; // usable: the instant, rounded down to a whole second
  bool fractional = false;  // usable: the value had a fractional part
  std::string text; // the value as JSON text ("1e300", "\"1700000000\"", "an array"), for messages
  // Set when |value| > 1e11 (past year 5138) and value / 1000 is a usable
  // instant: the value probably counts milliseconds and means this second.
  std::optional<std::int64_t> milliseconds_reading;
};

// Reads member `name` of the payload JSON object.
TimeClaim read_time_claim(std::string_view payload_json, std::string_view name);

// Why `claim` cannot be used or looks wrong, naming it:
// "exp: 1e300 is out of range", "exp: \"1700000000\" is not a number",
// "iat: 1764763200000 looks like milliseconds (2025-12-03T12:00:00Z)";
// empty when there is nothing to say.
std::string describe_time_claim(std::string_view name, const TimeClaim& claim);

} // namespace lrjwt::jwt
