#include "lrjwt/cmd/retry.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>
#include <string>

namespace lrjwt::cmd {
namespace {

std::string header_value(const net::Headers& headers, std::string_view name)
{
  for (const auto& [k, v] : headers) {
    if (k.size() == name.size()
        && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      return v;
    }
  }
  return {};
}

double default_unit_random()
{
  static std::mt19937_64 engine{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

} // namespace

RetryPolicy::RetryPolicy(CallKind kind, int retries)
  : m_kind(kind), m_retries(std::max(0, retries)), m_unit_random(default_unit_random)
{
}

double RetryPolicy::backoff(int attempt) const
{
  const double base = 0.5 * std::pow(2.0, std::min(attempt - 1, 10));
  const double capped = std::min(base, 8.0);
  // Full jitter between half and the whole delay.
  return capped * (0.5 + 0.5 * m_unit_random());
}

double RetryPolicy::parse_retry_after(std::string_view value, std::int64_t now)
{
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  if (value.empty()) {
    return -1;
  }
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) {
      return 1e9;
    }
    return std::stod(std::string(value));
  }
  // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
  std::tm tm{};
  const std::string text(value);
  const char* end = strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (!end || *end != '\0') {
    return -1;
  }
  const std::int64_t when = static_cast<std::int64_t>(timegm(&tm));
  return static_cast<double>(std::max<std::int64_t>(0, when - now));
}

RetryDecision RetryPolicy::after_response(const net::Response& response, int attempt) const
{
  if (attempt > m_retries) {
    return {};
  }
  const long s = response.status;
  const bool retryable = s == 429 || (m_kind == CallKind::token && (s == 502 || s == 503 || s == 504));
  if (!retryable) {
    return {};
  }
  double wait = backoff(attempt);
  const std::string retry_after = header_value(response.headers, "retry-after");
  if (!retry_after.empty()) {
    const double asked = parse_retry_after(retry_after, static_cast<std::int64_t>(std::time(nullptr)));
    if (asked > k_max_wait_seconds) {
      return {};
    }
    if (asked >= 0) {
      wait = asked;
    }
  }
  return {true, wait};
}

RetryDecision RetryPolicy::after_failure(net::FailureKind failure, int attempt) const
{
  if (attempt > m_retries) {
    return {};
  }
  bool retryable = false;
  switch (failure) {
  case net::FailureKind::not_connected: retryable = true; break;
  case net::FailureKind::timeout:
  case net::FailureKind::after_send: retryable = m_kind == CallKind::token; break;
  case net::FailureKind::none:
  case net::FailureKind::other: retryable = false; break;
  }
  if (!retryable) {
    return {};
  }
  return {true, backoff(attempt)};
}

} // namespace lrjwt::cmd
