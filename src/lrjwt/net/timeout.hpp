#pragma once

#include "lrjwt/net/transport.hpp"

#include <string>
#include <string_view>

namespace lrjwt::net {

// A limit in milliseconds as the user wrote it in seconds: "10s", "1.5s".
std::string seconds_text(long ms);

// Which limit a timed-out transfer ran into, and the message that names it.
struct TimeoutVerdict {
  // True when no connection was made: the request cannot have been processed.
  bool before_connect = false;
  std::string message;
};

// `connected` says whether the TCP connection (to the server or proxy) was
// established before the transfer timed out. When it was not, the smaller of
// the two limits is the one that fired.
TimeoutVerdict describe_timeout(std::string_view host, bool connected, const TransportOptions& options);

// One line that states the limits, for the -v trace.
std::string describe_limits(const TransportOptions& options);

} // namespace lrjwt::net
