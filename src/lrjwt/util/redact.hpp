#pragma once

#include <string>
#include <string_view>

namespace lrjwt::util {

// "****" plus the last 4 characters of an API key (all masked if it is short).
std::string mask_apikey(std::string_view apikey);

// The URL with `apikey` reduced to its last 4 characters and `access_token`,
// `password`, `token` values masked.
std::string redact_url(std::string_view url);

// A JSON request body with its "password" member masked (unparseable bodies are masked whole).
std::string redact_body(std::string_view body);

// Every JWT-shaped substring keeps its header and payload; its signature is replaced.
std::string redact_jwts(std::string_view text);

} // namespace lrjwt::util
