#include "lrjwt/api/response.hpp"

#include "lrjwt/util/redact.hpp"
#include "lrjwt/util/url.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace lrjwt::api {
namespace {

using nlohmann::json;

std::string lower(std::string_view s)
{
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return out;
}

// The member whose name equals `key` ignoring case, or nullptr.
const json* find_ci(const json& object, std::string_view key)
{
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (lower(it.key()) == key) {
      return &it.value();
    }
  }
  return nullptr;
}

std::string string_member(const json& object, std::string_view key)
{
  const json* v = find_ci(object, key);
  return (v && v->is_string()) ? v->get<std::string>() : std::string();
}

std::optional<long long> code_member(const json& object)
{
  const json* v = find_ci(object, "errorcode");
  if (!v) {
    return std::nullopt;
  }
  if (v->is_number_integer()) {
    return v->get<long long>();
  }
  if (v->is_number_unsigned()) {
    return static_cast<long long>(std::min<std::uint64_t>(v->get<std::uint64_t>(), INT64_MAX));
  }
  if (v->is_string()) {
    const std::string s = v->get<std::string>();
    if (!s.empty() && s.size() < 10 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); })) {
      return std::stoll(s);
    }
  }
  return std::nullopt;
}

std::string header_value(const net::Headers& headers, std::string_view name)
{
  for (const auto& [k, v] : headers) {
    if (lower(k) == name) {
      return v;
    }
  }
  return {};
}

std::string describe_body(std::string_view body)
{
  if (body.empty()) {
    return "an empty body";
  }
  // A JWT in an unexpected body is not the requested output: hide its signature.
  return fmt::format("\"{}\"", excerpt(util::redact_jwts(body)));
}

} // namespace

std::string excerpt(std::string_view text, std::size_t max)
{
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
      continue;
    }
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (out.size() > max) {
    std::size_t cut = max;
    // Do not split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out = out.substr(0, cut) + "...";
  }
  return out;
}

std::optional<ApiError> parse_api_error(std::string_view body)
{
  const json doc = json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return std::nullopt;
  }
  const auto code = code_member(doc);
  if (!code) {
    return std::nullopt;
  }
  ApiError err;
  err.code = *code;
  err.message = excerpt(util::redact_jwts(string_member(doc, "message")), 300);
  err.description = excerpt(util::redact_jwts(string_member(doc, "description")), 300);
  return err;
}

Result<std::string> classify_response(const net::Response& response)
{
  const long status = response.status;
  const bool ok_status = status >= 200 && status < 300;
  const json doc = json::parse(response.body, nullptr, false);
  const bool is_object = !doc.is_discarded() && doc.is_object();

  if (ok_status && is_object) {
    const auto sig = doc.find("signature");
    if (sig != doc.end() && sig->is_string() && !sig->get<std::string>().empty()) {
      return sig->get<std::string>();
    }
  }
  if (auto err = parse_api_error(response.body)) {
    std::string msg = fmt::format("LoginRadius error {}: {}", err->code,
                                  err->message.empty() ? std::string("(no message)") : err->message);
    if (!err->description.empty() && err->description != err->message) {
      msg += fmt::format(" ({})", err->description);
    }
    return fail(ExitCode::api_error, msg);
  }
  if (status >= 300 && status < 400) {
    const std::string location = header_value(response.headers, "location");
    return fail(ExitCode::bad_response,
                location.empty() ? fmt::format("unexpected redirect (HTTP {}); redirects are not followed", status)
                                 : fmt::format("unexpected redirect (HTTP {}) to {}; redirects are not followed",
                                               status, excerpt(util::host_of(location), 100)));
  }
  if (status == 429) {
    const std::string retry = header_value(response.headers, "retry-after");
    return fail(ExitCode::bad_response,
                retry.empty() ? std::string("rate limited by LoginRadius (HTTP 429)")
                              : fmt::format("rate limited by LoginRadius (HTTP 429, Retry-After: {})", excerpt(retry, 40)));
  }
  if (!ok_status) {
    return fail(ExitCode::bad_response,
                fmt::format("unexpected response: HTTP {} without a LoginRadius error body, got {}", status,
                            describe_body(response.body)));
  }
  if (!is_object) {
    return fail(ExitCode::bad_response, fmt::format("unexpected response: HTTP {} with {}, not a JSON object", status,
                                                    describe_body(response.body)));
  }
  const auto sig = doc.find("signature");
  if (sig == doc.end()) {
    return fail(ExitCode::bad_response, fmt::format("unexpected response: HTTP {} JSON has no \"signature\"", status));
  }
  if (sig->is_null()) {
    return fail(ExitCode::bad_response, fmt::format("unexpected response: HTTP {} \"signature\" is null", status));
  }
  if (!sig->is_string()) {
    return fail(ExitCode::bad_response,
                fmt::format("unexpected response: HTTP {} \"signature\" is not a string", status));
  }
  return fail(ExitCode::bad_response, fmt::format("unexpected response: HTTP {} \"signature\" is empty", status));
}

} // namespace lrjwt::api
