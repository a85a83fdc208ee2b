#pragma once

#include "lrjwt/net/transport.hpp"
#include "lrjwt/util/error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace lrjwt::api {

// A LoginRadius error body: {"ErrorCode","Message","Description",...} in any key case.
struct ApiError {
  long long code = 0;
  std::string message;
  std::string description;
};

// Reads a LoginRadius error body; nullopt if `body` is not one.
std::optional<ApiError> parse_api_error(std::string_view body);

// The JWT of a successful answer (2xx JSON object with a non-empty string
// "signature"), else an Error: exit 1 for a LoginRadius error body, exit 4 for
// anything else unexpected. Messages never quote a signature.
Result<std::string> classify_response(const net::Response& response);

// One line, at most `max` characters, control characters shown as spaces.
std::string excerpt(std::string_view text, std::size_t max = 80);

} // namespace lrjwt::api
