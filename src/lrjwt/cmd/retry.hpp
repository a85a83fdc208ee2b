#pragma once

#include "lrjwt/cmd/fetch.hpp"
#include "lrjwt/net/transport.hpp"

#include <functional>
#include <string_view>

namespace lrjwt::cmd {

struct RetryDecision {
  bool retry = false;
  double wait_seconds = 0;
};

// When to try again. A token call (GET) retries on connection failures,
// timeouts, 429 and 502/503/504; a login (POST) only when the request cannot
// have been processed: no connection was made, or 429.
class RetryPolicy {
public:
  RetryPolicy(CallKind kind, int retries);

  RetryDecision after_response(const net::Response& response, int attempt) const;
  RetryDecision after_failure(net::FailureKind failure, int attempt) const;

  // Exponential backoff with jitter for the given attempt (1-based), in seconds.
  double backoff(int attempt) const;

  // Parses Retry-After (delta seconds or an HTTP date); negative if unusable.
  static double parse_retry_after(std::string_view value, std::int64_t now);

  static constexpr double k_max_wait_seconds = 30;

  // Replaces the random source (tests).
  void set_jitter(std::function<double()> unit_random) { m_unit_random = std::move(unit_random); }

private:
  CallKind m_kind;
  int m_retries;
  std::function<double()> m_unit_random;
};

} // namespace lrjwt::cmd
