#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lrjwt::out {

// The text of one JSON object built member by member, in insertion order,
// indented by 2 spaces. Values passed as JSON text must have been printed
// for depth 1 (see jwt::JsonPrintStyle).
class JsonObjectText {
public:
  JsonObjectText& json(std::string_view key, std::string json_text);
  JsonObjectText& string(std::string_view key, std::string_view value);
  JsonObjectText& integer(std::string_view key, std::int64_t value);
  JsonObjectText& boolean(std::string_view key, bool value);

  // "{\n  \"key\": value,\n ...\n}" without a final newline; "{}" when empty.
  std::string str() const;

private:
  std::vector<std::pair<std::string, std::string>> m_members;
};

} // namespace lrjwt::out
