#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lrjwt::emulator {

// A request target split as it came off the wire: "/path?query".
struct RawTarget {
  std::string path;  // raw, still percent-encoded
  std::string query; // raw, without the '?'; empty when there was none
};

RawTarget split_target(std::string_view target);

// Percent-decodes `text` byte for byte; malformed escapes stay literal.
// '+' stays '+': LoginRadius clients (ours included) send a space as %20 and
// a plus as %2B, so reading '+' as space would hide a client that forgets to
// encode a literal plus (e.g. in a phone number or API key).
std::string percent_decode(std::string_view text);

// Decoded query parameters in wire order.
class QueryParams {
public:
  explicit QueryParams(std::string_view raw_query);

  // The first value of `name`; names compare case-insensitively, as the
  // ASP.NET model binding of the real service does.
  std::optional<std::string> get(std::string_view name) const;

private:
  std::vector<std::pair<std::string, std::string>> m_params;
};

} // namespace lrjwt::emulator
