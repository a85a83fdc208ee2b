#pragma once

#include <cstdint>
#include <expected>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::emulator {

enum class FaultKind {
  delay,        // VALUE ms, then the normal answer
  status,       // HTTP VALUE with a LoginRadius error body (ErrorCode 1000)
  html,         // HTTP VALUE with an HTML error page
  empty,        // HTTP VALUE with an empty body
  not_json,     // 200, text body
  no_signature, // 200, JSON without "signature"
  bad_jwt,      // 200, {"signature":"not-a-jwt"}
  truncate,     // Content-Length of the normal answer, half of it sent, connection closed
  drop,         // connection closed before any byte of response
  rate_limit,   // 429, Retry-After: VALUE when given
  redirect,     // 302 to VALUE
  huge,         // the normal answer padded to VALUE bytes
};

struct Fault {
  std::string spec; // as given
  FaultKind kind = FaultKind::delay;
  std::string text;                   // redirect URL
  std::uint64_t number = 0;           // ms, status code, seconds or bytes
  bool has_value = false;             // rate-limit: whether RETRY_AFTER was given
  std::optional<std::uint64_t> count; // @N: requests left; nullopt = unlimited
};

// Parses KIND[=VALUE][@N]; the error names what is wrong with the SPEC.
std::expected<Fault, std::string> parse_fault(std::string_view spec);

// The SPEC syntax and every kind, for --help.
std::string_view fault_help();

// The active faults; thread-safe.
class FaultSet {
public:
  void replace(std::vector<Fault> faults);

  // The first fault with requests left, its count taken down by one.
  std::optional<Fault> take();

  // [{"spec":..., "remaining": N|null}] of the active set.
  std::string to_json() const;

private:
  mutable std::mutex m_mutex;
  std::vector<Fault> m_faults;
};

} // namespace lrjwt::emulator
