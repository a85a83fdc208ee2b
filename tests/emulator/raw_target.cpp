#include "raw_target.hpp"

#include <algorithm>
#include <cctype>

namespace lrjwt::emulator {
namespace {

int hex_value(char c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool iequals(std::string_view a, std::string_view b)
{
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

} // namespace

RawTarget split_target(std::string_view target)
{
  auto q = target.find('?');
  if (q == std::string_view::npos) return {std::string(target), {}};
  return {std::string(target.substr(0, q)), std::string(target.substr(q + 1))};
}

std::string percent_decode(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int hi = hex_value(text[i + 1]);
      int lo = hex_value(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

QueryParams::QueryParams(std::string_view raw_query)
{
  while (!raw_query.empty()) {
    auto amp = raw_query.find('&');
    std::string_view pair = raw_query.substr(0, amp);
    raw_query = amp == std::string_view::npos ? std::string_view{} : raw_query.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
    m_params.emplace_back(percent_decode(key), percent_decode(value));
  }
}

std::optional<std::string> QueryParams::get(std::string_view name) const
{
  for (const auto& [key, value] : m_params)
    if (iequals(key, name)) return value;
  return std::nullopt;
}

} // namespace lrjwt::emulator
