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

// A response body for the -v trace: JWT signatures removed, and in a JSON
// object the secret members (password, access_token, refresh_token, secret,
// apikey) masked at any depth.
std::string redact_response_body(std::string_view body);

// A request or response header value for the -v trace: credentials in
// Authorization, Proxy-Authorization, Cookie and Set-Cookie masked, URLs in
// Location redacted like redact_url, JWT signatures removed.
std::string redact_header(std::string_view name, std::string_view value);

// Every JWT-shaped substring keeps its header and payload; its signature is replaced.
std::string redact_jwts(std::string_view text);

} // namespace lrjwt::util
