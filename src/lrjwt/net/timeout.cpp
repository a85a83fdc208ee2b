#include "lrjwt/net/timeout.hpp"

#include <fmt/format.h>

namespace lrjwt::net {

std::string seconds_text(long ms)
{
  return ms % 1000 == 0 ? fmt::format("{}s", ms / 1000) : fmt::format("{:.3g}s", double(ms) / 1000.0);
}

TimeoutVerdict describe_timeout(std::string_view host, bool connected, const TransportOptions& options)
{
  if (!connected && options.connect_timeout_ms < options.total_timeout_ms) {
    return {true, fmt::format("connecting to {} timed out after {} (--connect-timeout)", host,
                              seconds_text(options.connect_timeout_ms))};
  }
  const std::string_view stage = connected ? "request to" : "connecting to";
  return {!connected, fmt::format("{} {} timed out after {} (--timeout)", stage, host,
                                  seconds_text(options.total_timeout_ms))};
}

std::string describe_limits(const TransportOptions& options)
{
  return fmt::format("connect timeout {} (--connect-timeout), total timeout {} (--timeout), body limit {} bytes",
                     seconds_text(options.connect_timeout_ms), seconds_text(options.total_timeout_ms),
                     options.max_body_bytes);
}

} // namespace lrjwt::net
