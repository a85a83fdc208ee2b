#include "lrjwt/util/redact.hpp"

#include <nlohmann/json.hpp>

namespace lrjwt::util {
namespace {

constexpr std::string_view k_mask = "***";

bool is_b64url(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::string lower(std::string_view s)
{
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// Masks secret members of a parsed JSON document, at any depth.
void mask_secret_members(nlohmann::ordered_json& doc)
{
  if (doc.is_array()) {
    for (auto& item : doc) {
      mask_secret_members(item);
    }
    return;
  }
  if (!doc.is_object()) {
    return;
  }
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string key = lower(it.key());
    if (key == "password" || key == "access_token" || key == "refresh_token" || key == "secret") {
      it.value() = k_mask;
    } else if (key == "apikey" && it.value().is_string()) {
      it.value() = mask_apikey(it.value().get<std::string>());
    } else {
      mask_secret_members(it.value());
    }
  }
}

} // namespace

std::string mask_apikey(std::string_view apikey)
{
  if (apikey.size() <= 8) {
    return "****";
  }
  return "****" + std::string(apikey.substr(apikey.size() - 4));
}

std::string redact_url(std::string_view url)
{
  const auto q = url.find('?');
  if (q == std::string_view::npos) {
    return std::string(url);
  }
  std::string out(url.substr(0, q + 1));
  std::string_view query = url.substr(q + 1);
  std::string_view fragment;
  if (auto h = query.find('#'); h != std::string_view::npos) {
    fragment = query.substr(h);
    query = query.substr(0, h);
  }
  bool first = true;
  while (true) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    if (!first) {
      out += '&';
    }
    first = false;
    const auto eq = pair.find('=');
    const std::string_view name = pair.substr(0, eq);
    if (eq == std::string_view::npos) {
      out += pair;
    } else if (name == "apikey") {
      out += std::string(name) + "=" + mask_apikey(pair.substr(eq + 1));
    } else if (name == "access_token" || name == "password" || name == "token" || name == "secret") {
      out += std::string(name) + "=" + std::string(k_mask);
    } else {
      out += pair;
    }
    if (amp == std::string_view::npos) {
      break;
    }
    query = query.substr(amp + 1);
  }
  out += fragment;
  return out;
}

std::string redact_body(std::string_view body)
{
  if (body.empty()) {
    return {};
  }
  auto doc = nlohmann::ordered_json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return "(body of " + std::to_string(body.size()) + " bytes hidden)";
  }
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (it.key() == "password" || it.key() == "access_token") {
      it.value() = k_mask;
    }
  }
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string redact_response_body(std::string_view body)
{
  auto doc = nlohmann::ordered_json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_structured()) {
    return redact_jwts(body);
  }
  mask_secret_members(doc);
  return redact_jwts(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string redact_header(std::string_view name, std::string_view value)
{
  const std::string key = lower(name);
  if (key == "authorization" || key == "proxy-authorization") {
    const auto space = value.find(' ');
    return space == std::string_view::npos ? std::string(k_mask)
                                           : std::string(value.substr(0, space + 1)) + std::string(k_mask);
  }
  if (key == "cookie" || key == "set-cookie") {
    // Keep the cookie names and attributes, mask the first value.
    const auto eq = value.find('=');
    if (eq == std::string_view::npos) {
      return std::string(k_mask);
    }
    const auto semi = value.find(';', eq);
    return std::string(value.substr(0, eq + 1)) + std::string(k_mask)
           + (semi == std::string_view::npos ? std::string() : std::string(value.substr(semi)));
  }
  if (key == "location" || key == "content-location") {
    return redact_jwts(redact_url(value));
  }
  return redact_jwts(value);
}

std::string redact_jwts(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // A JWT starts with "eyJ" (base64url of '{"').
    if (text.compare(i, 3, "eyJ") == 0 && (i == 0 || !is_b64url(text[i - 1]))) {
      std::size_t j = i;
      int dots = 0;
      std::size_t second_dot = 0;
      while (j < text.size() && (is_b64url(text[j]) || text[j] == '.')) {
        if (text[j] == '.') {
          ++dots;
          if (dots == 2) {
            second_dot = j;
          }
        }
        ++j;
      }
      if (dots == 2) {
        out.append(text.substr(i, second_dot + 1 - i));
        if (j > second_dot + 1) {
          out += "<signature redacted>";
        }
        i = j;
        continue;
      }
      out.append(text.substr(i, j - i));
      i = j;
      continue;
    }
    out += text[i];
    ++i;
  }
  return out;
}

} // namespace lrjwt::util
