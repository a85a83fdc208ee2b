#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lrjwt::api {

// Percent-encodes every byte except RFC 3986 unreserved characters
// (A-Z a-z 0-9 - . _ ~); space becomes %20, never '+'.
std::string percent_encode(std::string_view value);

// Decodes %XX escapes; '+' stays '+'. Invalid escapes are kept literally.
std::string percent_decode(std::string_view text);

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// "k1=v1&k2=v2" with each name and value percent-encoded on its own.
std::string build_query(const QueryParams& params);

} // namespace lrjwt::api
