#pragma once

#include <string>
#include <string_view>

namespace lrjwt::util {

// "https://user@host:port/path?query" -> "host:port": what messages may name
// (no credentials, no path, no query).
std::string host_of(std::string_view url);

} // namespace lrjwt::util
