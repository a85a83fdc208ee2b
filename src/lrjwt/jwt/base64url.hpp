#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lrjwt::jwt {

// Unpadded base64url (RFC 4648 §5) of arbitrary bytes.
std::string base64url_encode(std::string_view bytes);

// How a decoded base64url text deviated from the canonical form.
struct Base64Quirks {
  bool padding = false;       // trailing '=' present
  bool standard_alphabet = false; // '+' or '/' used
  bool stray_bits = false;    // non-zero unused low bits in the last character
};

// Decodes base64url; accepts '=' padding and the standard alphabet but reports
// them in `quirks`. Returns nullopt on any other character or an impossible length.
std::optional<std::string> base64url_decode(std::string_view text, Base64Quirks* quirks = nullptr);

// Decodes standard base64 (with or without padding, whitespace not allowed).
std::optional<std::string> base64_decode(std::string_view text);

} // namespace lrjwt::jwt
