#pragma once

#include "lrjwt/util/error.hpp"

#include <string>
#include <utility>
#include <vector>

namespace lrjwt::net {

using Headers = std::vector<std::pair<std::string, std::string>>;

// One HTTP request as the API layer describes it.
struct Request {
  std::string method;
  std::string url;
  Headers headers;
  std::string body;
};

// Seconds from the start of the transfer to each phase (0 when not reached).
struct Timings {
  double dns = 0;
  double connect = 0;
  double tls = 0;
  double first_byte = 0;
  double total = 0;
};

// What came back; a non-2xx status is still a Response, not an Error.
struct Response {
  long status = 0;
  Headers headers;
  std::string body;
  Timings timings;
};

// Why a send failed, for the retry policy: was the request possibly processed?
enum class FailureKind { none, not_connected, timeout, after_send, other };

// Sends requests; an Error means no usable HTTP answer (exit code 3 or 4).
class Transport {
public:
  virtual ~Transport() = default;
  virtual Result<Response> send(const Request& request) = 0;
  // What the last failed send() ran into.
  virtual FailureKind last_failure() const = 0;
};

// Settings for the libcurl transport.
struct TransportOptions {
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 30'000;
  std::string cacert;
  bool insecure = false;
  std::size_t max_body_bytes = 1024 * 1024;
};

} // namespace lrjwt::net
