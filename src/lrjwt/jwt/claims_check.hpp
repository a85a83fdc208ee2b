#pragma once

#include "lrjwt/util/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::jwt {

// What `verify` demands of the claims, as of `now`.
struct ClaimChecks {
  std::int64_t now = 0;
  std::int64_t leeway = 0; // seconds of clock skew allowed on exp and nbf
  bool now_is_given = false; // `now` came from --at (messages say "as of")
  std::optional<std::string> iss;
  std::optional<std::string> aud; // matches a string aud or any member of an array
  std::optional<std::string> sub;
  std::vector<std::string> require; // claim names that must be present
};

// What the checks found besides failure.
struct ClaimVerdict {
  std::optional<std::int64_t> expires_at; // usable exp, whole seconds
  std::vector<std::string> warnings;      // e.g. exp looks like milliseconds
};

// Time claims (exit 7): valid iff now < exp + leeway and now >= nbf - leeway
// (exact for fractional values); an exp or nbf that is not a usable number
// exits 8. The message says by how much: "token expired 3m 12s ago (exp
// 2011-03-22T18:43:00Z)", "token not valid before 2026-...Z (in 5m)".
Result<ClaimVerdict> check_time_claims(std::string_view payload_json, const ClaimChecks& checks);

// iss, sub (exact string match), aud (a string, or an array with the value)
// and required claims (present, any value); mismatches exit 8 with both
// values: "iss is \"x\", expected \"y\"".
Result<void> check_claim_values(std::string_view payload_json, const ClaimChecks& checks);

} // namespace lrjwt::jwt
