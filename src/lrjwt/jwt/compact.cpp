#include "lrjwt/jwt/compact.hpp"

#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/json_text.hpp"
#include "lrjwt/jwt/utf8.hpp"

#include <array>
#include <cctype>
#include <fmt/format.h>

namespace lrjwt::jwt {
namespace {

constexpr std::array<std::string_view, 3> k_segment_names = {
  "segment 1 (header)", "segment 2 (payload)", "segment 3 (signature)"};
constexpr std::string_view k_whitespace = " \t\r\n\v\f";
constexpr std::string_view k_bom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view text)
{
  const auto first = text.find_first_not_of(k_whitespace);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(k_whitespace) - first + 1);
}

// Removes `prefix` (compared case-insensitively) and the blanks after it.
bool strip_prefix(std::string_view& text, std::string_view prefix, bool needs_blank)
{
  if (text.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) {
      return false;
    }
  }
  const std::string_view rest = text.substr(prefix.size());
  if (needs_blank && (rest.empty() || (rest.front() != ' ' && rest.front() != '\t'))) {
    return false;
  }
  text = trim(rest);
  return true;
}

// Peels what people paste around a token: whitespace, a BOM, an HTTP header
// name, "Bearer ", quotes (in any nesting, a few levels deep).
std::string_view clean_input(std::string_view text, std::vector<std::string>& warnings)
{
  text = trim(text);
  if (text.starts_with(k_bom)) {
    text = trim(text.substr(k_bom.size()));
  }
  for (int round = 0; round < 4; ++round) {
    bool changed = false;
    if (strip_prefix(text, "authorization:", false)) {
      warnings.emplace_back("stripped a leading 'Authorization:'");
      changed = true;
    }
    if (strip_prefix(text, "bearer", true)) {
      warnings.emplace_back("stripped a leading 'Bearer '");
      changed = true;
    }
    if (text.size() >= 2 && text.front() == text.back() && (text.front() == '"' || text.front() == '\'')) {
      warnings.emplace_back(text.front() == '"' ? "stripped surrounding double quotes"
                                                : "stripped surrounding single quotes");
      text = trim(text.substr(1, text.size() - 2));
      changed = true;
    }
    if (!changed) {
      break;
    }
  }
  return text;
}

std::string describe_char(char c)
{
  const auto byte = static_cast<unsigned char>(c);
  if (byte > 0x20 && byte < 0x7F) {
    return fmt::format("'{}'", c);
  }
  if (c == ' ') {
    return "a space";
  }
  return fmt::format("byte 0x{:02x}", byte);
}

// Why base64url_decode refused `text`.
std::string base64_failure(std::string_view text)
{
  const auto bad = text.find_first_not_of(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=");
  if (bad != std::string_view::npos) {
    return fmt::format("unexpected {} at offset {}", describe_char(text[bad]), bad);
  }
  const auto equals = text.find('=');
  const auto data = text.substr(0, equals);
  if (equals != std::string_view::npos && text.find_first_not_of('=', equals) != std::string_view::npos) {
    return fmt::format("'=' inside the text at offset {}", equals);
  }
  if (data.size() % 4 == 1) {
    return fmt::format("{} characters cannot be base64 (one too many or too few)", data.size());
  }
  return "wrong '=' padding";
}

Result<std::string> decode_segment(std::size_t index, std::string_view text, ParseMode mode,
                                   std::vector<std::string>& warnings)
{
  const std::string_view name = k_segment_names[index];
  Base64Quirks quirks;
  auto bytes = base64url_decode(text, &quirks);
  if (!bytes) {
    return fail(ExitCode::malformed_token,
                fmt::format("{} is not valid base64url: {}", name, base64_failure(text)));
  }
  std::vector<std::string_view> deviations;
  if (quirks.padding) {
    deviations.emplace_back("uses '=' padding");
  }
  if (quirks.standard_alphabet) {
    deviations.emplace_back("uses '+' or '/' from standard base64");
  }
  if (quirks.stray_bits) {
    deviations.emplace_back("has non-zero unused bits in its last character");
  }
  for (const auto deviation : deviations) {
    if (mode == ParseMode::strict) {
      return fail(ExitCode::malformed_token,
                  fmt::format("{} is not canonical base64url: it {}", name, deviation));
    }
    warnings.push_back(fmt::format("{} {} (not canonical base64url)", name, deviation));
  }
  return std::move(*bytes);
}

Result<void> check_json_object(std::size_t index, std::string_view json, ParseMode mode,
                               std::vector<std::string>& warnings)
{
  const std::string_view name = k_segment_names[index];
  if (const auto bad = find_invalid_utf8(json)) {
    return fail(ExitCode::malformed_token,
                fmt::format("{} is not valid UTF-8: byte 0x{:02x} at offset {} of its decoded JSON",
                            name, static_cast<unsigned char>(json[*bad]), *bad));
  }
  auto shape = inspect_json(json);
  if (!shape) {
    return fail(ExitCode::malformed_token,
                fmt::format("{} is not valid JSON: {}", name, shape.error().message));
  }
  if (shape->kind != JsonKind::object) {
    return fail(ExitCode::malformed_token,
                fmt::format("{} is {}, not a JSON object", name, json_kind_name(shape->kind)));
  }
  for (const auto& member : shape->duplicate_members) {
    if (mode == ParseMode::strict) {
      return fail(ExitCode::malformed_token, fmt::format("{} has a duplicate member {}", name, member));
    }
    warnings.push_back(fmt::format("{} has a duplicate member {}; the last one is used", name, member));
  }
  return {};
}

Result<std::array<std::string_view, 3>> split_segments(std::string_view text)
{
  if (text.empty()) {
    return fail(ExitCode::malformed_token, "the token is empty");
  }
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto dot = text.find('.', start);
    parts.push_back(text.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) {
      break;
    }
    start = dot + 1;
  }
  switch (parts.size()) {
  case 1:
    return fail(ExitCode::malformed_token,
                "not a JWT: no '.' found; a JWS has 3 dot-separated segments (header.payload.signature)");
  case 2:
    return fail(ExitCode::malformed_token,
                "segment 3 (signature) is missing: found 2 dot-separated segments, a JWS has 3 "
                "(header.payload.signature)");
  case 3: break;
  case 4:
    return fail(ExitCode::malformed_token,
                "segment 4 is one too many: found 4 dot-separated segments, a JWS has 3 "
                "(header.payload.signature)");
  case 5:
    return fail(ExitCode::malformed_token,
                "this is an encrypted JWE (5 segments); it cannot be read without its key");
  default:
    return fail(ExitCode::malformed_token,
                fmt::format("found {} dot-separated segments, a JWS has 3 (header.payload.signature)",
                            parts.size()));
  }
  if (parts[0].empty()) {
    return fail(ExitCode::malformed_token, "segment 1 (header) is empty");
  }
  if (parts[1].empty()) {
    return fail(ExitCode::malformed_token,
                "segment 2 (payload) is empty (a detached-payload JWS cannot be decoded alone)");
  }
  return std::array<std::string_view, 3>{parts[0], parts[1], parts[2]};
}

} // namespace

Result<DecodedToken> parse_compact(std::string_view text, ParseMode mode)
{
  DecodedToken token;
  text = clean_input(text, token.warnings);
  const auto segments = split_segments(text);
  if (!segments) {
    return std::unexpected(segments.error());
  }
  const auto [header_b64, payload_b64, signature_b64] = *segments;
  if (signature_b64.empty()) {
    if (mode == ParseMode::strict) {
      return fail(ExitCode::malformed_token, "segment 3 (signature) is empty: the token is unsigned");
    }
    token.warnings.emplace_back("unsigned token: segment 3 (signature) is empty");
  }
  auto header = decode_segment(0, header_b64, mode, token.warnings);
  if (!header) {
    return std::unexpected(header.error());
  }
  auto payload = decode_segment(1, payload_b64, mode, token.warnings);
  if (!payload) {
    return std::unexpected(payload.error());
  }
  auto signature = decode_segment(2, signature_b64, mode, token.warnings);
  if (!signature) {
    return std::unexpected(signature.error());
  }
  if (auto checked = check_json_object(0, *header, mode, token.warnings); !checked) {
    return std::unexpected(checked.error());
  }
  const auto alg = json_member(*header, "alg");
  if (!alg) {
    return fail(ExitCode::malformed_token, "segment 1 (header) has no \"alg\" member");
  }
  if (alg->kind != JsonKind::string) {
    return fail(ExitCode::malformed_token,
                fmt::format("segment 1 (header) \"alg\" is {}, not a string", json_kind_name(alg->kind)));
  }
  if (auto checked = check_json_object(1, *payload, mode, token.warnings); !checked) {
    return std::unexpected(checked.error());
  }
  token.header_json = std::move(*header);
  token.payload_json = std::move(*payload);
  token.signing_input = std::string(text.substr(0, header_b64.size() + 1 + payload_b64.size()));
  token.signature_b64 = std::string(signature_b64);
  token.signature = std::move(*signature);
  token.alg = alg->text;
  return token;
}

} // namespace lrjwt::jwt
