#include "lrjwt/out/json_object.hpp"

#include "lrjwt/jwt/json_text.hpp"

namespace lrjwt::out {

JsonObjectText& JsonObjectText::json(std::string_view key, std::string json_text)
{
  m_members.emplace_back(jwt::quote_json(key), std::move(json_text));
  return *this;
}

JsonObjectText& JsonObjectText::string(std::string_view key, std::string_view value)
{
  return json(key, jwt::quote_json(value));
}

JsonObjectText& JsonObjectText::integer(std::string_view key, std::int64_t value)
{
  return json(key, std::to_string(value));
}

JsonObjectText& JsonObjectText::boolean(std::string_view key, bool value)
{
  return json(key, value ? "true" : "false");
}

std::string JsonObjectText::str() const
{
  if (m_members.empty()) {
    return "{}";
  }
  std::string out = "{";
  for (std::size_t i = 0; i < m_members.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    out += m_members[i].first;
    out += ": ";
    out += m_members[i].second;
  }
  out += "\n}";
  return out;
}

} // namespace lrjwt::out
