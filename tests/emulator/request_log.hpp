#pragma once

#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace lrjwt::emulator {

// One API request as it came off the wire.
struct LoggedRequest {
  std::string method;
  std::string path;  // raw, before '?', still percent-encoded
  std::string query; // raw, after '?'
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

// Every API request received, oldest first; thread-safe. Keeps the newest
// k_max_entries so a long-running emulator does not grow without bound.
class RequestLog {
public:
  static constexpr std::size_t k_max_entries = 10'000;

  void add(LoggedRequest request);
  void clear();

  // A JSON array of {method, path, query, headers: {name: value}, body};
  // repeated headers are joined with ", "; bytes that are not UTF-8 become U+FFFD.
  std::string to_json() const;

private:
  mutable std::mutex m_mutex;
  std::deque<LoggedRequest> m_entries;
};

} // namespace lrjwt::emulator
