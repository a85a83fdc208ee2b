#pragma once

#include "lrjwt/jwt/compact.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace lrjwt::out {

// `lrjwt decode` text, ending with a newline: "Header:" and "Claims:" as
// 2-space indented JSON (ANSI colours only if `color`), then one line per
// time claim present ("Expires at: 2026-12-03T12:10:00Z (in 8m)", or why it
// cannot be read) and a "Status:" line ("expires in 8m", "expired 3m 12s
// ago", "not yet valid, starts in 5m", "never expires (no exp claim)").
std::string render_decoded_text(const jwt::DecodedToken& token, std::int64_t now, bool color);

// `lrjwt decode --json`, without a final newline: {"header", "claims",
// "signature" (base64url as received)} and, when exp is a usable instant,
// "expires_at" (RFC 3339 UTC), "expires_in" (seconds, negative once past)
// and "expired".
std::string render_decoded_json(const jwt::DecodedToken& token, std::int64_t now);

// `lrjwt login|token -o json`, without a final newline: {"signature": the
// JWT} and, when it decodes, "header", "claims", and with a usable exp
// "expires_at" and "expires_in". Never fails.
std::string render_fetch_json(std::string_view jwt, std::int64_t now);

} // namespace lrjwt::out
