#include "lrjwt/jwt/base64url.hpp"

#include <array>
#include <cstdint>

namespace lrjwt::jwt {
namespace {

constexpr std::string_view k_alphabet =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Value of a base64 character in either alphabet, -1 for anything else.
int char_value(char c, bool& standard)
{
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  if (c == '+') { standard = true; return 62; }
  if (c == '/') { standard = true; return 63; }
  return -1;
}

} // namespace

std::string base64url_encode(std::string_view bytes)
{
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t(std::uint8_t(bytes[i])) << 16)
                            | (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8)
                            | std::uint32_t(std::uint8_t(bytes[i + 2]));
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += k_alphabet[(v >> 6) & 63];
    out += k_alphabet[v & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest == 1) {
    const std::uint32_t v = std::uint32_t(std::uint8_t(bytes[i])) << 16;
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
  } else if (rest == 2) {
    const std::uint32_t v = (std::uint32_t(std::uint8_t(bytes[i])) << 16)
                            | (std::uint32_t(std::uint8_t(bytes[i + 1])) << 8);
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += k_alphabet[(v >> 6) & 63];
  }
  return out;
}

std::optional<std::string> base64url_decode(std::string_view text, Base64Quirks* quirks)
{
  Base64Quirks q;
  std::size_t pad = 0;
  while (!text.empty() && text.back() == '=' && pad < 2) {
    text.remove_suffix(1);
    ++pad;
  }
  if (pad > 0) {
    q.padding = true;
  }
  if (text.size() % 4 == 1) {
    return std::nullopt;
  }
  if (pad > 0 && (text.size() + pad) % 4 != 0) {
    return std::nullopt;
  }
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t acc = 0;
  int bits = 0;
  int last_value = 0;
  for (char c : text) {
    const int v = char_value(c, q.standard_alphabet);
    if (v < 0) {
      return std::nullopt;
    }
    last_value = v;
    acc = (acc << 6) | std::uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((acc >> bits) & 0xFF);
    }
  }
  // Leftover bits (2 or 4) must be zero in canonical encoding.
  if (bits > 0 && (last_value & ((1 << bits) - 1)) != 0) {
    q.stray_bits = true;
  }
  if (quirks) {
    *quirks = q;
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text)
{
  Base64Quirks q;
  auto out = base64url_decode(text, &q);
  return out;
}

} // namespace lrjwt::jwt
